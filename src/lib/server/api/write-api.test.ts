/**
 * The write API (POST/PATCH /api/v1/offers, GET with a token) against a fresh
 * database and search index, through the same handlers the routes use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { buildSearch, type App } from '../app';
import type { DbHandle } from '../db/client';
import { apiTokens, auditLog, offerChanges, offers } from '../db/schema';
import { createTestDb } from '../testing/db';
import { makeActor } from '../testing/actors';
import { createApiToken, revokeApiToken, type Actor } from '../accounts';
import {
	approveOffer,
	getPublishedOfferById,
	getOfferById,
	offerToInput,
	onOffersChanged,
	requestChanges,
	archiveOffer,
	type TOfferInputRaw
} from '../offers';
import { insertFixtures } from './fixtures';
import { ZProblem } from './problem';
import { ZOfferForProvider } from './schemas';
import { searchOffersApi } from './offers';
import {
	getOfferResponse,
	mergePatch,
	offerWithInput,
	patchOfferResponse,
	postOfferResponse
} from './offers-write';
import { MAX_BODY_BYTES } from './body';
import { methodNotAllowed } from './handler';
import { describeProblemType } from './problem-types';
import { fakeEvent } from './test-event';

let handle: DbHandle;
let app: App;
let fx: Awaited<ReturnType<typeof insertFixtures>>;
let vhsManager: Actor & { kind: 'user' };
let coordinator: Actor & { kind: 'user' };
let tokenA: string; // VHS
let tokenB: string; // Kita
let revokedToken: string;
let prefixA: string;

beforeAll(async () => {
	handle = await createTestDb();
	fx = await insertFixtures(handle.db);
	app = { handle, search: await buildSearch(handle) };
	// As in app.ts: public changes reach the search index.
	onOffersChanged(async (ids) => {
		for (const id of ids) {
			const offer = await getPublishedOfferById(handle.db, id);
			if (offer) app.search.upsert(offer);
			else app.search.remove(id);
		}
	});
	vhsManager = await makeActor(handle.db, {
		role: 'provider',
		email: 'leitung@vhs.example',
		institutions: [{ slug: 'vhs-salzgitter', role: 'manager' }]
	});
	const kitaManager = await makeActor(handle.db, {
		role: 'provider',
		institutions: [{ slug: 'kita-grosser-baer', role: 'manager' }]
	});
	coordinator = await makeActor(handle.db, { role: 'coordinator' });
	const a = await createApiToken(handle.db, {
		actor: vhsManager,
		input: { institutionId: fx.institutions.vhs.id, name: 'Kursverwaltung' }
	});
	tokenA = a.token;
	prefixA = a.info.prefix;
	tokenB = (
		await createApiToken(handle.db, {
			actor: kitaManager,
			input: { institutionId: fx.institutions.kita.id, name: 'Kita-System' }
		})
	).token;
	const r = await createApiToken(handle.db, {
		actor: vhsManager,
		input: { institutionId: fx.institutions.vhs.id, name: 'Alt' }
	});
	await revokeApiToken(handle.db, { actor: vhsManager, tokenId: r.info.id });
	revokedToken = r.token;
});
afterAll(() => handle.close());

const getApp = async () => app;

const body = (
	over: Record<string, unknown> = {}
): Omit<TOfferInputRaw, 'institution'> & Record<string, unknown> => ({
	title: 'Deutsch im Beruf',
	description: 'Ein Kurs für Menschen, die Deutsch am Arbeitsplatz sicherer sprechen möchten.',
	format: 'kurs',
	topics: ['sprache'],
	lifePhases: ['erwachsene'],
	schedule: {
		type: 'dates',
		dates: [
			{ startsAt: '2027-03-02T17:00:00+01:00', endsAt: '2027-03-02T18:30:00+01:00' },
			{ startsAt: '2027-03-09T17:00:00+01:00' }
		]
	},
	...over
});

interface Call {
	token?: string | null;
	query?: string;
	headers?: Record<string, string>;
	/** Sent as is instead of JSON.stringify(body). */
	raw?: string | Uint8Array;
	user?: Extract<Actor, { kind: 'user' }>['user'];
}

function headersOf(opts: Call, json = true): Record<string, string> {
	const token = opts.token === undefined ? tokenA : opts.token;
	return {
		...(json ? { 'content-type': 'application/json' } : {}),
		...(token ? { authorization: `Bearer ${token}` } : {}),
		...opts.headers
	};
}

async function post(data: unknown, opts: Call = {}) {
	const path = `/api/v1/offers${opts.query ?? ''}`;
	const ev = fakeEvent(path, {
		method: 'POST',
		headers: headersOf(opts),
		body: opts.raw ?? JSON.stringify(data),
		user: opts.user
	});
	const res = await postOfferResponse(ev, getApp);
	return { res, json: await res.json() };
}

async function patch(id: string, data: unknown, opts: Call = {}) {
	const path = `/api/v1/offers/${id}${opts.query ?? ''}`;
	const ev = fakeEvent(path, {
		method: 'PATCH',
		params: { id },
		headers: headersOf(opts),
		body: opts.raw ?? JSON.stringify(data),
		user: opts.user
	});
	const res = await patchOfferResponse(ev, getApp);
	return { res, json: await res.json() };
}

async function get(id: string, opts: Call = {}) {
	const ev = fakeEvent(`/api/v1/offers/${id}${opts.query ?? ''}`, {
		params: { id },
		headers: headersOf({ token: null, ...opts }, false)
	});
	const res = await getOfferResponse(ev, getApp);
	return { res, json: res.status === 304 ? null : await res.json() };
}

function expectProblem(res: Response, json: unknown, status: number) {
	expect(res.status).toBe(status);
	expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
	expect(ZProblem.strict().parse(json)).toBeTruthy();
	expect((json as { status: number }).status).toBe(status);
	expect(JSON.stringify(json)).not.toMatch(/at .*\.(ts|js):\d+/);
	return json as {
		title: string;
		detail: string;
		type: string;
		errors?: { field: string; message: string }[];
	};
}

/** Everything a denied request must leave untouched. */
async function snapshot() {
	const db = handle.db;
	const [o] = await db.select({ n: count() }).from(offers);
	const [c] = await db.select({ n: count() }).from(offerChanges);
	const [a] = await db.select({ n: count() }).from(auditLog);
	const rows = await db.select().from(offers).orderBy(offers.id);
	const changes = await db.select().from(offerChanges).orderBy(offerChanges.offerId);
	return JSON.stringify({ o: o!.n, c: c!.n, a: a!.n, rows, changes });
}

const searchTitles = (q: string) =>
	searchOffersApi(
		new URL(`http://localhost/api/v1/offers?q=${encodeURIComponent(q)}`),
		app
	).items.map((i) => i.title);

describe('POST /api/v1/offers', () => {
	it('creates an offer for the token’s institution, in review, invisible to the public', async () => {
		const before = Date.now();
		const { res, json } = await post(body({ externalId: 'kurs-4711' }));
		expect(res.status).toBe(201);
		expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(res.headers.get('cache-control')).toBe('no-store');
		const offer = ZOfferForProvider.parse(json);
		expect(res.headers.get('location')).toBe(`/api/v1/offers/${offer.id}`);
		expect(offer).toMatchObject({
			title: 'Deutsch im Beruf',
			externalId: 'kurs-4711',
			status: 'in_review',
			institution: { id: fx.institutions.vhs.id, slug: 'vhs-salzgitter' },
			moderation: { status: 'in_review', changeState: null, comments: [] }
		});
		expect(Date.parse(offer.moderation.submittedAt!)).toBeGreaterThanOrEqual(before - 1000);
		expect(offer.schedule.dates.map((d) => d.startsAt)).toEqual([
			'2027-03-02T16:00:00.000Z',
			'2027-03-09T16:00:00.000Z'
		]);

		// Not public until approved: 404 without a token and with another institution's token.
		const anon = await get(offer.id);
		expectProblem(anon.res, anon.json, 404);
		const other = await get(offer.id, { token: tokenB });
		expectProblem(other.res, other.json, 404);
		expect(searchTitles('Deutsch im Beruf')).not.toContain('Deutsch im Beruf');

		// The audit log names the token; the token's last use is recorded.
		const audit = await handle.db.select().from(auditLog).where(eq(auditLog.entityId, offer.id));
		expect(audit).toMatchObject([
			{ action: 'offer.create_submit', actorLabel: `token:${prefixA}`, actorId: vhsManager.user.id }
		]);
		const [tok] = await handle.db.select().from(apiTokens).where(eq(apiTokens.prefix, prefixA));
		expect(tok!.lastUsedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);

		// Approved by the office, it is public and found.
		await approveOffer(handle.db, { actor: coordinator, offerId: offer.id });
		const pub = await get(offer.id);
		expect(pub.res.status).toBe(200);
		expect(pub.json.title).toBe('Deutsch im Beruf');
		expect(pub.json).not.toHaveProperty('moderation');
		expect(searchTitles('Deutsch im Beruf')).toContain('Deutsch im Beruf');
	});

	it('saves a draft with submit=false and accepts the own institution named by slug', async () => {
		const { res, json } = await post(
			body({ title: 'Entwurf per API', institution: { slug: 'vhs-salzgitter' } }),
			{ query: '?submit=false' }
		);
		expect(res.status).toBe(201);
		expect(json.status).toBe('draft');
		expect(json.moderation).toMatchObject({ status: 'draft', submittedAt: null });
		const bad = await post(body(), { query: '?submit=vielleicht' });
		expect(expectProblem(bad.res, bad.json, 400).errors).toEqual([
			{ field: 'submit', message: 'Erlaubte Werte: true, false' }
		]);
	});

	it('accepts an item as GET returns it (read-only fields are ignored)', async () => {
		const item = (await get(fx.offers.sprachkurs.id)).json;
		const { res, json } = await post({
			...item,
			id: '00000000-0000-4000-8000-000000000000',
			slug: 'egal',
			status: 'published',
			externalId: 'kopie-1',
			title: 'Sprachkurs Deutsch A1 (Kopie)'
		});
		expect(res.status).toBe(201);
		expect(json.id).not.toBe('00000000-0000-4000-8000-000000000000');
		expect(json.status).toBe('in_review');
		expect(json.slug).not.toBe('egal');
		expect(json.cost).toEqual(item.cost);
		expect(json.schedule.dates).toEqual(item.schedule.dates);
	});

	it('refuses another institution with 403 and writes nothing', async () => {
		const state = await snapshot();
		for (const institution of [{ slug: 'kita-grosser-baer' }, { id: fx.institutions.kita.id }]) {
			const { res, json } = await post(body({ institution }));
			const p = expectProblem(res, json, 403);
			expect(p.detail).toBe(
				'Dieses Token darf nur Angebote seiner eigenen Einrichtung anlegen und ändern.'
			);
		}
		// Even with invalid fields, the institution is checked first.
		const { res, json } = await post({ institution: { slug: 'kita-grosser-baer' }, title: 1 });
		expectProblem(res, json, 403);
		expect(await snapshot()).toBe(state);
	});

	it('answers 401 with a Bearer challenge without a valid token and writes nothing', async () => {
		const state = await snapshot();
		const cases: [string, Call, string][] = [
			['no header', { token: null }, 'Bearer realm="Bildungslandschaft"'],
			[
				'another scheme',
				{ token: null, headers: { authorization: 'Basic YTpi' } },
				'Bearer realm="Bildungslandschaft"'
			],
			[
				'garbage',
				{ token: 'bl_nichtgueltig' },
				'Bearer realm="Bildungslandschaft", error="invalid_token"'
			],
			[
				'no bl_ prefix',
				{ token: 'abc' },
				'Bearer realm="Bildungslandschaft", error="invalid_token"'
			],
			[
				'revoked',
				{ token: revokedToken },
				'Bearer realm="Bildungslandschaft", error="invalid_token"'
			],
			// A signed-in session does not authorize API writes.
			['session only', { token: null, user: coordinator.user }, 'Bearer realm="Bildungslandschaft"']
		];
		for (const [what, opts, challenge] of cases) {
			const { res, json } = await post(body(), opts);
			expectProblem(res, json, 401);
			expect(res.headers.get('www-authenticate'), what).toBe(challenge);
			const p = await patch(fx.offers.entwurf.id, { title: 'Gehackt' }, opts);
			expectProblem(p.res, p.json, 401);
		}
		const revoked = await post(body(), { token: revokedToken, query: '?lang=en' });
		expect(revoked.json.detail).toBe('This API token is unknown or has been revoked.');
		expect(await snapshot()).toBe(state);
	});

	it('lists every invalid field in one 400, in the request’s language', async () => {
		const state = await snapshot();
		const bad = {
			institution: { slug: 'gibt-es-nicht' },
			title: 'A',
			description: '',
			format: 'zaubern',
			topics: [],
			lifePhases: ['erwachsene'],
			ageMin: 10,
			ageMax: 5,
			cost: { type: 'paid' },
			registration: { required: true, email: 'keine-adresse' },
			schedule: { type: 'dates', dates: [{ startsAt: 'morgen' }] }
		};
		const expected = [
			'ageMax',
			'cost.amountCents',
			'description',
			'format',
			'institution',
			'registration.email',
			'schedule.dates.0.startsAt',
			'title',
			'topics'
		];
		const de = await post(bad);
		const p = expectProblem(de.res, de.json, 400);
		expect(p.type).toMatch(/\/api\/problems\/invalid-input$/);
		expect([...new Set(p.errors!.map((e) => e.field))].sort()).toEqual(expected);
		expect(p.errors).toContainEqual({ field: 'title', message: 'Mindestens 3 Zeichen.' });
		expect(p.errors).toContainEqual({
			field: 'institution',
			message: 'Diese Einrichtung gibt es nicht.'
		});

		const en = await post(bad, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
		const pe = expectProblem(en.res, en.json, 400);
		expect(en.res.headers.get('content-language')).toBe('en');
		expect(pe.title).toBe('Invalid request');
		expect(pe.detail).toBe('At least one field of the offer is invalid. See "errors" for details.');
		expect(pe.errors).toContainEqual({ field: 'title', message: 'At least 3 characters.' });
		expect([...new Set(pe.errors!.map((e) => e.field))].sort()).toEqual(expected);
		expect(await snapshot()).toBe(state);
	});

	it('answers a taken externalId with 409', async () => {
		const first = await post(body({ externalId: 'doppelt-1' }), { query: '?submit=false' });
		expect(first.res.status).toBe(201);
		const state = await snapshot();
		const again = await post(body({ externalId: 'doppelt-1' }));
		const p = expectProblem(again.res, again.json, 409);
		expect(p.errors).toEqual([
			{ field: 'externalId', message: 'Diese externe Kennung ist schon vergeben.' }
		]);
		expect(await snapshot()).toBe(state);
		// Another institution may use the same external id.
		const kita = await post(body({ externalId: 'doppelt-1' }), { token: tokenB });
		expect(kita.res.status).toBe(201);
	});

	it('answers other content types with 415, naming what it accepts', async () => {
		const state = await snapshot();
		for (const type of [
			'text/plain',
			'application/x-www-form-urlencoded',
			'application/xml',
			'application/json; charset=iso-8859-1'
		]) {
			const { res, json } = await post(body(), { headers: { 'content-type': type } });
			expectProblem(res, json, 415);
			expect(res.headers.get('accept-post')).toBe('application/json');
		}
		const none = fakeEvent('/api/v1/offers', {
			method: 'POST',
			headers: { authorization: `Bearer ${tokenA}` },
			body: JSON.stringify(body())
		});
		none.request.headers.delete('content-type');
		const res = await postOfferResponse(none, getApp);
		expect(res.status).toBe(415);
		const ok = await post(body({ title: 'Mit Zeichensatz' }), {
			headers: { 'content-type': 'Application/JSON; charset=UTF-8' },
			query: '?submit=false'
		});
		expect(ok.res.status).toBe(201);
		const after = JSON.parse(await snapshot());
		expect(after.o).toBe(JSON.parse(state).o + 1);
	});

	it('answers bodies over 1 MB with 413', async () => {
		const state = await snapshot();
		const big = JSON.stringify(body({ description: 'x'.repeat(MAX_BODY_BYTES) }));
		const { res, json } = await post(null, { raw: big });
		const p = expectProblem(res, json, 413);
		expect(p.detail).toBe('Der Inhalt der Anfrage darf höchstens 1 MB groß sein.');
		// Announced by Content-Length: refused before reading.
		const announced = await post(null, {
			raw: '{}',
			headers: { 'content-length': String(MAX_BODY_BYTES + 1) }
		});
		expect(announced.res.status).toBe(413);
		expect(await snapshot()).toBe(state);
	});

	it('answers malformed JSON with a clear 400', async () => {
		const state = await snapshot();
		const cases: [string, string][] = [
			[
				'{\n  "title": "Kurs",\n  "format" "kurs"\n}',
				'Kein gültiges JSON (Fehler in Zeile 3, Spalte 12).'
			],
			['{"title": ', 'Kein gültiges JSON (der Text endet zu früh).'],
			['{"title": "Kurs"', 'Kein gültiges JSON (Fehler in Zeile 1, Spalte 17).'],
			['', 'Der Inhalt ist leer; erwartet wird ein JSON-Objekt.'],
			['[1, 2]', 'Erwartet wird ein JSON-Objekt.'],
			['null', 'Erwartet wird ein JSON-Objekt.']
		];
		for (const [raw, message] of cases) {
			const { res, json } = await post(null, { raw });
			const p = expectProblem(res, json, 400);
			expect(p.detail).toBe(
				'Der Inhalt der Anfrage ist kein gültiges JSON. Details stehen unter „errors“.'
			);
			expect(p.errors, raw).toEqual([{ field: '(body)', message }]);
		}
		const latin1 = await post(null, { raw: new Uint8Array([0x7b, 0x22, 0xe4, 0x22, 0x7d]) });
		expect(expectProblem(latin1.res, latin1.json, 400).errors![0]!.message).toBe(
			'Der Inhalt ist nicht in UTF-8 kodiert.'
		);
		expect(await snapshot()).toBe(state);
	});

	it('describes the new problem types in German and English', () => {
		expect(describeProblemType('unsupported-media-type', 'en')).toMatchObject({
			status: 415,
			title: 'Unsupported media type'
		});
		expect(describeProblemType('payload-too-large')).toMatchObject({
			status: 413,
			title: 'Anfrage zu groß',
			description: 'Der Inhalt der Anfrage ist größer als erlaubt (höchstens 1 MB).'
		});
		expect(describeProblemType('unauthenticated', 'en').description).toContain('Bearer');
	});

	it('answers other methods with 405 and Allow', async () => {
		const res = methodNotAllowed(['POST'])(fakeEvent('/api/v1/offers', { method: 'PUT' }));
		expect(res.status).toBe(405);
		expect(res.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
	});
});

describe('PATCH /api/v1/offers/{id}', () => {
	it('round trip: GET with token → change the title → PATCH the whole item → 200', async () => {
		const created = (await post(body({ title: 'Rundreise' }), { query: '?submit=false' })).json;
		const read = await get(created.id, { token: tokenA });
		expect(read.res.status).toBe(200);
		expect(read.res.headers.get('cache-control')).toBe('private, no-store');
		expect(read.res.headers.get('vary')).toBe('Accept-Language, Authorization');
		const item = ZOfferForProvider.parse(read.json);
		const { res, json } = await patch(created.id, { ...item, title: 'Rundreise, geändert' });
		expect(res.status).toBe(200);
		const after = ZOfferForProvider.parse(json);
		expect(after.title).toBe('Rundreise, geändert');
		expect(after.status).toBe('in_review'); // submit defaults to true
		// Nothing else changed.
		const strip = (o: typeof item) => ({
			...o,
			title: '',
			status: '',
			updatedAt: '',
			moderation: null
		});
		expect(strip(after)).toEqual(strip(item));
	});

	it('merges objects, replaces arrays and scalars, and removes members set to null', () => {
		expect(
			mergePatch(
				{ a: 1, cost: { type: 'paid', amountCents: 100, note: 'x' }, topics: ['a', 'b'], s: 'x' },
				{ cost: { amountCents: 200 }, topics: ['c'], s: null, n: { m: 1 } }
			)
		).toEqual({
			a: 1,
			cost: { type: 'paid', amountCents: 200, note: 'x' },
			topics: ['c'],
			n: { m: 1 }
		});
		const polluted = mergePatch({}, JSON.parse('{"__proto__": {"admin": true}}')) as object;
		expect(Object.getPrototypeOf(polluted)).toBe(Object.prototype);
	});

	it('changes only the fields sent', async () => {
		const created = (
			await post(body({ title: 'Teilweise', summary: 'Alt' }), { query: '?submit=false' })
		).json;
		const { res, json } = await patch(
			created.id,
			{ summary: null, topics: ['sprache', 'beruf'], cost: { type: 'paid', amountCents: 2500 } },
			{ query: '?submit=false', headers: { 'content-type': 'application/merge-patch+json' } }
		);
		expect(res.status).toBe(200);
		expect(json).toMatchObject({
			title: 'Teilweise',
			summary: null,
			topics: ['sprache', 'beruf'],
			cost: { type: 'paid', amountCents: 2500, reducedFeeAvailable: false },
			status: 'draft'
		});
		expect(json.schedule.dates).toHaveLength(2);
	});

	it('keeps the published version public until the office approves the change', async () => {
		const id = fx.offers.sprachkurs.id;
		const { res, json } = await patch(id, { title: 'Sprachkurs Deutsch A1 – neu' });
		expect(res.status).toBe(200);
		expect(json).toMatchObject({
			title: 'Sprachkurs Deutsch A1 – neu',
			status: 'published',
			moderation: { status: 'published', changeState: 'in_review' }
		});
		// The public still sees the approved version, in the API and in search.
		expect((await get(id)).json.title).toBe('Sprachkurs Deutsch A1');
		expect((await get(id, { token: tokenB })).json.title).toBe('Sprachkurs Deutsch A1');
		expect(searchTitles('Sprachkurs')).toContain('Sprachkurs Deutsch A1');
		// The owner reads its working copy back.
		expect((await get(id, { token: tokenA })).json.title).toBe('Sprachkurs Deutsch A1 – neu');
		const audit = await handle.db.select().from(auditLog).where(eq(auditLog.entityId, id));
		expect(audit.map((a) => [a.action, a.actorLabel])).toContainEqual([
			'offer.change_submit',
			`token:${prefixA}`
		]);

		await approveOffer(handle.db, { actor: coordinator, offerId: id });
		expect((await get(id)).json.title).toBe('Sprachkurs Deutsch A1 – neu');
		expect(searchTitles('Sprachkurs')).toContain('Sprachkurs Deutsch A1 – neu');
		const own = await get(id, { token: tokenA });
		expect(own.json.moderation).toMatchObject({ changeState: null });
		expect(own.json.moderation.comments.at(-1)).toMatchObject({
			kind: 'approved',
			fromOffice: true
		});
	});

	it('shows the reviewer’s request for changes and accepts the fix', async () => {
		const created = (await post(body({ title: 'Mit Rückfrage' }))).json;
		await requestChanges(handle.db, {
			actor: coordinator,
			offerId: created.id,
			comment: 'Bitte nennen Sie die Kosten.'
		});
		const read = await get(created.id, { token: tokenA });
		expect(read.json.moderation).toMatchObject({
			status: 'changes_requested',
			comments: [
				{ kind: 'changes_requested', body: 'Bitte nennen Sie die Kosten.', fromOffice: true }
			]
		});
		const fixed = await patch(created.id, { cost: { type: 'free', note: 'Kostenlos' } });
		expect(fixed.json.status).toBe('in_review');
	});

	it('refuses another institution’s offer with 403 (even with a valid body) and changes nothing', async () => {
		const state = await snapshot();
		for (const id of [fx.offers.schwimmen.id, fx.offers.beratung.id]) {
			const { res, json } = await patch(id, { title: 'Übernommen' });
			expect(expectProblem(res, json, 403).detail).toBe(
				'Dieses Angebot gehört zu einer anderen Einrichtung.'
			);
		}
		// Moving an own offer to another institution is refused, too.
		const move = await patch(fx.offers.entwurf.id, { institution: { slug: 'kita-grosser-baer' } });
		expectProblem(move.res, move.json, 403);
		expect(await snapshot()).toBe(state);
	});

	it('answers unknown and malformed ids with 404, archived offers with 409', async () => {
		for (const id of ['6f1c0d7e-1b2a-4c3d-8e9f-0a1b2c3d4e5f', 'kein-uuid']) {
			const { res, json } = await patch(id, { title: 'Neu' });
			expect(expectProblem(res, json, 404).detail).toBe('Es gibt kein Angebot mit dieser ID.');
		}
		const created = (await post(body({ title: 'Bald archiviert' }), { query: '?submit=false' }))
			.json;
		await archiveOffer(handle.db, { actor: vhsManager, offerId: created.id });
		const { res, json } = await patch(created.id, { title: 'Wieder da' });
		expectProblem(res, json, 409);
	});

	it('answers a taken externalId with 409 and invalid fields with 400', async () => {
		const a = (await post(body({ externalId: 'ext-a' }), { query: '?submit=false' })).json;
		const b = (await post(body({ externalId: 'ext-b' }), { query: '?submit=false' })).json;
		const state = await snapshot();
		const taken = await patch(b.id, { externalId: 'ext-a' });
		expectProblem(taken.res, taken.json, 409);
		const invalid = await patch(a.id, { title: '', format: 'zaubern', topics: 'sprache' });
		const p = expectProblem(invalid.res, invalid.json, 400);
		expect([...new Set(p.errors!.map((e) => e.field))].sort()).toEqual([
			'format',
			'title',
			'topics'
		]);
		const wrongType = await patch(
			a.id,
			{ title: 'X' },
			{ headers: { 'content-type': 'text/plain' } }
		);
		expectProblem(wrongType.res, wrongType.json, 415);
		expect(wrongType.res.headers.get('accept-patch')).toBe(
			'application/json, application/merge-patch+json'
		);
		expect(await snapshot()).toBe(state);
		// Keeping its own external id is fine.
		expect((await patch(a.id, { externalId: 'ext-a', title: 'Neu A' })).res.status).toBe(200);
	});
});

describe('GET /api/v1/offers/{id} with a token', () => {
	it('shows the own drafts with moderation; others and the public get 404', async () => {
		const id = fx.offers.entwurf.id;
		const own = await get(id, { token: tokenA });
		expect(own.res.status).toBe(200);
		expect(ZOfferForProvider.parse(own.json).moderation.status).toBe('draft');
		expectProblem((await get(id)).res, (await get(id)).json, 404);
		const other = await get(id, { token: tokenB });
		expectProblem(other.res, other.json, 404);
		const bad = await get(id, { token: 'bl_falsch' });
		expectProblem(bad.res, bad.json, 401);
		expect(bad.res.headers.get('www-authenticate')).toContain('error="invalid_token"');
		const anon = await get(fx.offers.schwimmen.id);
		expect(anon.res.headers.get('cache-control')).toBe('public, max-age=60');
		expect(anon.res.headers.get('vary')).toBe('Accept-Language, Authorization');
		const publicToOther = await get(fx.offers.schwimmen.id, { token: tokenA });
		expect(publicToOther.res.status).toBe(200);
		expect(publicToOther.json).not.toHaveProperty('moderation');
	});

	it('renders a stored offer exactly as GET does (working copy = public copy)', async () => {
		for (const o of Object.values(fx.offers)) {
			const offer = (await getOfferById(handle.db, o.id))!;
			const view = await offerWithInput(handle.db, offer, offerToInput(offer));
			expect(view, o.slug).toEqual(offer);
		}
	});
});
