/**
 * Policy matrix of the write API (the API half of issue 3, section 7): every
 * role × every API write, allowed or denied, and a denied request changes
 * nothing (offers, pending changes, audit log).
 *
 * The write API is token-only: a browser session of any role (provider,
 * coordinator, admin) is not enough. Tokens belong to one institution — also
 * those created by staff — and act as an editor of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { buildSearch, type App } from '../app';
import type { DbHandle } from '../db/client';
import { auditLog, offerChanges, offers } from '../db/schema';
import { createTestDb } from '../testing/db';
import { makeActor } from '../testing/actors';
import { createApiToken, revokeApiToken, type Actor } from '../accounts';
import { insertFixtures } from './fixtures';
import { getOfferResponse, patchOfferResponse, postOfferResponse } from './offers-write';
import { fakeEvent } from './test-event';

type UserActor = Actor & { kind: 'user' };

let handle: DbHandle;
let app: App;
let fx: Awaited<ReturnType<typeof insertFixtures>>;
const users: Record<string, UserActor> = {};
const tokens: Record<string, string> = {};

beforeAll(async () => {
	handle = await createTestDb();
	fx = await insertFixtures(handle.db);
	app = { handle, search: await buildSearch(handle) };
	const db = handle.db;
	const providerA = await makeActor(db, {
		role: 'provider',
		institutions: [{ slug: 'vhs-salzgitter', role: 'manager' }]
	});
	const providerB = await makeActor(db, {
		role: 'provider',
		institutions: [{ slug: 'kita-grosser-baer', role: 'manager' }]
	});
	const coordinator = await makeActor(db, { role: 'coordinator' });
	const admin = await makeActor(db, { role: 'admin' });
	Object.assign(users, { providerA, providerB, coordinator, admin });
	const token = async (actor: UserActor, institutionId: string) =>
		(await createApiToken(db, { actor, input: { institutionId, name: 'Matrix' } })).token;
	tokens.A = await token(providerA, fx.institutions.vhs.id);
	tokens.B = await token(providerB, fx.institutions.kita.id);
	tokens.staffForA = await token(coordinator, fx.institutions.vhs.id);
	tokens.adminForB = await token(admin, fx.institutions.kita.id);
	const revoked = await createApiToken(db, {
		actor: providerA,
		input: { institutionId: fx.institutions.vhs.id, name: 'Widerrufen' }
	});
	await revokeApiToken(db, { actor: providerA, tokenId: revoked.info.id });
	tokens.revoked = revoked.token;
});
afterAll(() => handle.close());

/** Who calls: an Authorization token and/or a signed-in session. */
interface Caller {
	token?: () => string;
	session?: () => UserActor['user'];
}

const callers: Record<string, Caller> = {
	anonymous: {},
	'provider A (session only)': { session: () => users.providerA!.user },
	'provider B (session only)': { session: () => users.providerB!.user },
	'coordinator (session only)': { session: () => users.coordinator!.user },
	'admin (session only)': { session: () => users.admin!.user },
	'revoked token of A': { token: () => tokens.revoked! },
	'token of A': { token: () => tokens.A! },
	'token of A, created by a coordinator': { token: () => tokens.staffForA! },
	'token of B': { token: () => tokens.B! },
	'token of B, created by an admin': { token: () => tokens.adminForB! }
};

type Outcome = number;
/** Expected status per caller: POST for A, PATCH A's draft, PATCH A's published offer, GET A's draft. */
const matrix: Record<string, [Outcome, Outcome, Outcome, Outcome]> = {
	anonymous: [401, 401, 401, 404],
	'provider A (session only)': [401, 401, 401, 404],
	'provider B (session only)': [401, 401, 401, 404],
	'coordinator (session only)': [401, 401, 401, 404],
	'admin (session only)': [401, 401, 401, 404],
	'revoked token of A': [401, 401, 401, 401],
	'token of B': [403, 403, 403, 404],
	'token of B, created by an admin': [403, 403, 403, 404],
	'token of A': [201, 200, 200, 200],
	'token of A, created by a coordinator': [201, 200, 200, 200]
};

const newOffer = () => ({
	institution: { slug: 'vhs-salzgitter' },
	title: 'Matrix-Kurs',
	description: 'Ein Kurs, mit dem die Berechtigungen der Schnittstelle geprüft werden.',
	format: 'kurs',
	topics: ['sprache'],
	lifePhases: ['erwachsene'],
	schedule: { type: 'ongoing' }
});

function event(c: Caller, path: string, method: string, id?: string, body?: unknown) {
	return fakeEvent(path, {
		method,
		params: id ? { id } : {},
		headers: {
			...(body !== undefined ? { 'content-type': 'application/json' } : {}),
			...(c.token ? { authorization: `Bearer ${c.token()}` } : {})
		},
		body: body === undefined ? undefined : JSON.stringify(body),
		user: c.session?.() ?? null
	});
}

const getApp = async () => app;

const actions = {
	post: (c: Caller) =>
		postOfferResponse(event(c, '/api/v1/offers', 'POST', undefined, newOffer()), getApp),
	patchDraft: (c: Caller) =>
		patchOfferResponse(
			event(
				c,
				`/api/v1/offers/${fx.offers.entwurf.id}?submit=false`,
				'PATCH',
				fx.offers.entwurf.id,
				{ title: 'Entwurf, geändert', topics: ['sprache'], lifePhases: ['erwachsene'] }
			),
			getApp
		),
	patchPublished: (c: Caller) =>
		patchOfferResponse(
			event(c, `/api/v1/offers/${fx.offers.sprachkurs.id}`, 'PATCH', fx.offers.sprachkurs.id, {
				summary: 'Neu zusammengefasst'
			}),
			getApp
		),
	getDraft: (c: Caller) =>
		getOfferResponse(
			event(c, `/api/v1/offers/${fx.offers.entwurf.id}`, 'GET', fx.offers.entwurf.id),
			getApp
		)
};
const actionNames = Object.keys(actions) as (keyof typeof actions)[];

async function state() {
	const db = handle.db;
	const [a] = await db.select({ n: count() }).from(auditLog);
	return JSON.stringify({
		audit: a!.n,
		offers: await db.select().from(offers).orderBy(offers.id),
		changes: await db.select().from(offerChanges).orderBy(offerChanges.offerId)
	});
}

describe('write API policy matrix', () => {
	const denied = Object.entries(matrix).flatMap(([who, outcomes]) =>
		actionNames.map((action, i) => [who, action, outcomes[i]!] as const)
	);

	it.each(denied.filter(([, , status]) => status >= 400))(
		'%s: %s is denied (%i) and changes nothing',
		async (who, action, status) => {
			const before = await state();
			const res = await actions[action](callers[who]!);
			expect(res.status).toBe(status);
			expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
			if (status === 401) expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
			expect(await state()).toBe(before);
		}
	);

	it.each(denied.filter(([, , status]) => status < 400))(
		'%s: %s is allowed (%i)',
		async (who, action, status) => {
			const res = await actions[action](callers[who]!);
			expect(res.status).toBe(status);
			const body = await res.json();
			if (action === 'getDraft') expect(body.moderation.status).toBe('draft');
			if (action === 'post')
				expect(body).toMatchObject({ title: 'Matrix-Kurs', status: 'in_review' });
			if (action === 'patchDraft') {
				expect(body).toMatchObject({ title: 'Entwurf, geändert', status: 'draft' });
			}
			if (action === 'patchPublished') {
				expect(body.moderation.changeState).toBe('in_review');
				// The public version is untouched until approval.
				const pub = await getOfferResponse(
					event({}, `/api/v1/offers/${fx.offers.sprachkurs.id}`, 'GET', fx.offers.sprachkurs.id),
					getApp
				);
				expect((await pub.json()).summary).toBe('Deutsch lernen, Schritt für Schritt');
			}
		}
	);

	it('covers every caller and every action', () => {
		expect(Object.keys(matrix).sort()).toEqual(Object.keys(callers).sort());
		expect(denied).toHaveLength(Object.keys(callers).length * actionNames.length);
	});
});
