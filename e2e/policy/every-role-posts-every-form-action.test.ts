/**
 * The policy matrix over HTTP: every form action of the portal and the back
 * office, posted directly (as a hand-made request, without the page that
 * shows the form) by every role — anonymous, a provider of institution A,
 * a provider of B, a coordinator, an admin. Every target belongs to A.
 *
 * - denied: anonymous visitors are sent to the sign-in page (303 →
 *   /anmelden), signed-in people without the right get 403 — and nothing
 *   changes: the state the action would change reads the same before and
 *   after, and no audit entry was written;
 * - allowed: the page's success answer (303 onwards, or 200 with the result)
 *   and the state did change.
 *
 * Denied roles go first, so one target serves the whole row; an action that
 * uses its target up (archive, approve, revoke …) gets a fresh one for every
 * further allowed role. Own objects only: the fixture accounts keep their
 * passwords, roles and memberships; institution A's profile and the settings
 * are put back at the end of their rows.
 */
import type { APIResponse, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSample, sampleCsv } from '../../src/lib/server/import/sample';
import { E2E_PASSWORD, type E2eAccount } from '../fixtures';
import { accounts, baseUrl, launchBrowser, newContext, signIn } from '../helpers';

type Role = 'anonymous' | 'providerA' | 'providerB' | 'coordinator' | 'admin' | 'self';
const ROLES: Role[] = ['anonymous', 'providerA', 'providerB', 'coordinator', 'admin'];
const STAFF: Role[] = ['coordinator', 'admin'];
/** A's managers and the education office. */
const A_SIDE: Role[] = ['providerA', ...STAFF];
const ADMIN: Role[] = ['admin'];

/** Marks everything this test makes (lower case: it is also part of slugs and e-mails). */
const RUN = `pm${Date.now().toString(36)}`;

interface Post {
	path: string;
	form?: FormData;
	multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;
}

interface Row<T> {
	action: string;
	allowed: Role[];
	/** Who tries (default: the five roles). */
	roles?: Role[];
	/** The status of success: 303 (on to the next page) or 200 (the page shows the result). */
	ok: 200 | 303;
	/** An allowed call uses the target up: every further allowed role gets a new one. */
	usesUp?: boolean;
	/** False for guarded actions that only re-render (nothing to change). */
	writes?: boolean;
	/** Makes the object the action works on, through the forms of an allowed role. */
	target: () => Promise<T>;
	post: (t: T, role: Role) => Post;
	/** Reads, over HTTP, the state the action would change. */
	observe: (t: T) => Promise<unknown>;
	/** After an allowed call: waits for work it started in the background. */
	settle?: (t: T) => Promise<void>;
	/** After the row: puts shared state back. */
	restore?: (t: T) => Promise<void>;
}
const row = <T>(r: Row<T>): Row<unknown> => r as Row<unknown>;

// ------------------------------------------------------------------ sessions

let browser: Browser;
const contexts = {} as Record<Role, BrowserContext>;
let readerA: Page;
let readerAdmin: Page;
let self: { id: string; email: string };

const A = () => accounts().providerA.institution;

function form(fields: Record<string, string | string[]>): FormData {
	const fd = new FormData();
	for (const [k, v] of Object.entries(fields)) {
		for (const value of Array.isArray(v) ? v : [v]) fd.append(k, value);
	}
	return fd;
}

/** A form POST as a browser without JavaScript sends it, with the role's cookies. */
function send(role: Role, p: Post): Promise<APIResponse> {
	return contexts[role].request.post(p.path, {
		...(p.multipart ? { multipart: p.multipart } : { form: p.form ?? new FormData() }),
		headers: { origin: baseUrl(), accept: 'text/html' },
		maxRedirects: 0
	});
}

const location = (res: APIResponse) => res.headers()['location'] ?? '';

/** Posts as an allowed role to make a target; fails loudly when that does not work. */
async function make(role: Role, p: Post, status = 303): Promise<APIResponse> {
	const res = await send(role, p);
	expect(res.status(), `${p.path}: ${location(res)}`).toBe(status);
	return res;
}

/** The texts of the table rows (or other items) in a page's main region; none when there are none. */
async function rows(reader: Page, path: string, items = 'main table tbody tr'): Promise<string[]> {
	const res = await reader.goto(path);
	expect(res?.status(), path).toBe(200);
	return reader.locator(items).allInnerTexts();
}

/** The name/value pairs a page's form would submit (read from the real page). */
async function formEntries(reader: Page, path: string, selector: string): Promise<string[][]> {
	const res = await reader.goto(path);
	expect(res?.status(), path).toBe(200);
	return reader
		.locator(selector)
		.evaluate((f) =>
			[...new FormData(f as HTMLFormElement).entries()].map(([k, v]) => [k, String(v)])
		);
}

/** The entries as a form, with `name` (when given) set to `value`. */
function toForm(entries: string[][], name?: string, value = ''): FormData {
	const fd = new FormData();
	for (const [k, v] of entries) fd.append(k!, k === name ? value : v!);
	return fd;
}
const withField = (entries: string[][], name: string, value: string) =>
	toForm(entries, name, value);

/** An offer as its institution's API token sees it: any status, moderation and comments. */
async function apiOffer(id: string): Promise<unknown> {
	const res = await contexts.anonymous.request.get(`/api/v1/offers/${id}`, {
		headers: { authorization: `Bearer ${inject('apiTokenA')}` }
	});
	expect(res.status()).toBe(200);
	return res.json();
}

async function apiInstitution(id: string): Promise<unknown> {
	const res = await contexts.anonymous.request.get(`/api/v1/institutions/${id}`);
	expect(res.status()).toBe(200);
	const { offers: _offers, ...profile } = (await res.json()) as Record<string, unknown>;
	return profile;
}

/** A profile as it reads after saving it unchanged (a save orders languages as the form lists them). */
function restored(profile: unknown) {
	const {
		updatedAt: _updatedAt,
		languages,
		...rest
	} = profile as {
		updatedAt: string;
		languages: string[];
	};
	return { ...rest, languages: [...languages].sort() };
}

/** The number of audit entries matching the query, as the admin's protocol page shows it. */
async function auditTotal(query = ''): Promise<number> {
	const res = await contexts.admin.request.get(`/admin/protokoll${query}`);
	expect(res.status()).toBe(200);
	const hit = /Einträge: ([\d.\s\u00a0\u202f]+)/.exec(await res.text());
	expect(hit, 'audit total').toBeTruthy();
	return Number(hit![1]!.replace(/\D/g, ''));
}

/** Audit entries written by people and tokens (the periodic jobs act as system:… meanwhile). */
async function peopleAuditTotal(): Promise<number> {
	for (;;) {
		const system = await auditTotal('?actor=system%3A');
		const all = await auditTotal();
		if ((await auditTotal('?actor=system%3A')) === system) return all - system;
	}
}

// ------------------------------------------------------------------ targets

let serial = 0;
const next = () => ++serial;

function offerForm(title: string, intent: 'save' | 'submit', institution = A().id): FormData {
	return form({
		institution,
		title,
		summary: 'Kurz erklärt: offen für alle',
		description:
			'Ein offener Treffpunkt für alle, die im Alltag sicherer Deutsch sprechen möchten.',
		format: 'kurs',
		topics: 'sprache',
		lifePhases: 'erwachsene',
		languages: 'de',
		'cost.type': 'free',
		'schedule.type': 'ongoing',
		intent
	});
}

/** An offer of A made by provider A in the portal (published: approved by the admin). */
async function offerOfA(
	state: 'draft' | 'in_review' | 'published',
	title = `${RUN} Angebot ${next()}`
): Promise<string> {
	const res = await make('providerA', {
		path: '/portal/angebote/neu?/create',
		form: offerForm(title, state === 'draft' ? 'save' : 'submit')
	});
	const id = /\/portal\/angebote\/([0-9a-f-]{36})/.exec(location(res))?.[1];
	expect(id, location(res)).toBeTruthy();
	if (state === 'published') {
		await make('admin', { path: `/admin/pruefung/${id}?/approve`, form: form({ comment: '' }) });
	}
	return id!;
}

/** The offers of A whose title contains `text`, as provider A's list shows them. */
const offersTitled = (text: string) =>
	rows(readerA, `/portal/angebote?q=${encodeURIComponent(text)}`);

/** An account made by the admin; returns its id. */
async function account(
	opts: { role?: 'provider' | 'coordinator'; memberOfA?: boolean; password?: string } = {}
): Promise<{ id: string; email: string }> {
	const email = `${RUN}-konto-${next()}@e2e.example`;
	const res = await make('admin', {
		path: '/admin/benutzer/neu',
		form: form({
			email,
			role: opts.role ?? 'provider',
			displayName: `Konto ${serial}`,
			password: opts.password ?? '',
			institutionSlug: opts.memberOfA ? A().slug : '',
			membershipRole: 'editor'
		})
	});
	const id = /\/admin\/benutzer\/([0-9a-f-]{36})/.exec(location(res))?.[1];
	expect(id, location(res)).toBeTruthy();
	return { id: id!, email };
}

/** An account's admin page: its text and the values its selects show (role, membership roles). */
const userPage = async (id: string) => {
	const res = await readerAdmin.goto(`/admin/benutzer/${id}`);
	expect(res?.status()).toBe(200);
	return {
		text: await readerAdmin.locator('main').innerText(),
		selects: await readerAdmin
			.locator('main select')
			.evaluateAll((ss) => ss.map((s) => (s as HTMLSelectElement).value))
	};
};

const teamPath = () => `/portal/einrichtungen/${A().slug}/team`;
const tokensPath = () => `/portal/einrichtungen/${A().slug}/api-tokens`;
const invitationsPath = () => `/admin/einladungen?einrichtung=${A().slug}`;

/** The id in the revoke link of the invitation row for `email`. */
async function invitationId(reader: Page, path: string, email: string): Promise<string> {
	await reader.goto(path);
	const href = await reader
		.locator('main tr', { hasText: email })
		.locator('a[href*="widerrufen="]')
		.getAttribute('href');
	const id = /widerrufen=([0-9a-f-]{36})/.exec(href ?? '')?.[1];
	expect(id, href ?? email).toBeTruthy();
	return id!;
}

/** A small import file of new offers (unique external ids). */
function importFile(): Post['multipart'] {
	const n = next();
	const sample = buildSample({ rows: 2, idPrefix: `${RUN}-${n}`, titlePrefix: `${RUN} Import` });
	return {
		institution: A().id,
		file: {
			name: `${RUN}-${n}.csv`,
			mimeType: 'text/csv',
			buffer: Buffer.from(sampleCsv(sample))
		}
	};
}

async function importStatus(jobId: string): Promise<{ status: string }> {
	const res = await contexts.providerA.request.get(`/portal/import/${jobId}/status`);
	expect(res.status()).toBe(200);
	return (await res.json()) as { status: string };
}

const page404 = async (path: string) => {
	const res = await contexts.anonymous.request.get(path);
	return { status: res.status(), text: res.status() === 200 ? await res.text() : '' };
};

// ------------------------------------------------------------------ the matrix

const matrix: Row<unknown>[] = [
	// Portal: the offer editor
	row({
		action: 'create an offer for A',
		allowed: A_SIDE,
		ok: 303,
		target: async () => `${RUN} Neu`,
		post: (title, role) => ({
			path: '/portal/angebote/neu?/create',
			form: offerForm(`${title} von ${role}`, 'save')
		}),
		observe: (title) => offersTitled(title)
	}),
	row({
		action: 'save A’s draft',
		allowed: A_SIDE,
		ok: 303,
		target: () => offerOfA('draft'),
		post: (id, role) => ({
			path: `/portal/angebote/${id}?/save`,
			form: offerForm(`${RUN} Gespeichert von ${role}`, 'save')
		}),
		observe: apiOffer
	}),
	row({
		action: 'submit A’s draft',
		allowed: A_SIDE,
		ok: 303,
		usesUp: true,
		target: () => offerOfA('draft'),
		post: (id, role) => ({
			path: `/portal/angebote/${id}?/save`,
			form: offerForm(`${RUN} Eingereicht von ${role}`, 'submit')
		}),
		observe: apiOffer
	}),
	row({
		action: 're-verify A’s offer in the editor',
		allowed: A_SIDE,
		ok: 303,
		target: () => offerOfA('published'),
		post: (id) => ({ path: `/portal/angebote/${id}?/reverify` }),
		observe: apiOffer
	}),
	row({
		action: 're-verify A’s offer on the dashboard',
		allowed: A_SIDE,
		ok: 200,
		target: () => offerOfA('published'),
		post: (id) => ({ path: '/portal?/reverify', form: form({ offerId: id }) }),
		observe: apiOffer
	}),
	row({
		action: 'duplicate A’s offer',
		allowed: A_SIDE,
		ok: 303,
		target: async () => {
			const title = `${RUN} Vorlage ${next()}`;
			return { id: await offerOfA('published', title), title };
		},
		post: ({ id }) => ({ path: `/portal/angebote/${id}?/duplicate` }),
		// The copies are named after the original ("… (Kopie)").
		observe: ({ title }) => offersTitled(title)
	}),
	row({
		action: 'archive A’s offer',
		allowed: A_SIDE,
		ok: 303,
		usesUp: true,
		target: () => offerOfA('published'),
		post: (id) => ({ path: `/portal/angebote/${id}/archivieren` }),
		observe: apiOffer
	}),
	row({
		action: 'comment on A’s offer',
		allowed: A_SIDE,
		ok: 303,
		target: () => offerOfA('in_review'),
		post: (id, role) => ({
			path: `/portal/angebote/${id}?/comment`,
			form: form({ body: `Eine Rückfrage von ${role}.` })
		}),
		observe: apiOffer
	}),

	// Portal: the institution
	row({
		action: 'save A’s profile',
		allowed: A_SIDE,
		ok: 303,
		target: async () => ({
			entries: await formEntries(
				readerA,
				`/portal/einrichtungen/${A().slug}`,
				'form[action="?/save"]'
			),
			original: await apiInstitution(A().id)
		}),
		post: ({ entries }, role) => ({
			path: `/portal/einrichtungen/${A().slug}?/save`,
			form: withField(entries, 'description', `${RUN}: Profil, gespeichert von ${role}.`)
		}),
		observe: () => apiInstitution(A().id),
		restore: async ({ entries, original }) => {
			await make('providerA', {
				path: `/portal/einrichtungen/${A().slug}?/save`,
				form: toForm(entries)
			});
			expect(restored(await apiInstitution(A().id))).toEqual(restored(original));
		}
	}),
	row({
		action: 'add an opening-hours row to A’s profile form',
		allowed: A_SIDE,
		ok: 200,
		writes: false,
		target: () =>
			formEntries(readerA, `/portal/einrichtungen/${A().slug}`, 'form[action="?/save"]'),
		post: (entries) => {
			const form = withField(entries, 'description', `${RUN}: nur neu angezeigt`);
			form.set('intent', 'add-hours');
			return { path: `/portal/einrichtungen/${A().slug}?/save`, form };
		},
		observe: () => apiInstitution(A().id)
	}),
	row({
		action: 'create an API token for A',
		allowed: A_SIDE,
		ok: 200,
		target: async () => null,
		post: (_t, role) => ({
			path: `${tokensPath()}?/create`,
			form: form({ name: `${RUN} System von ${role}` })
		}),
		observe: () => rows(readerA, tokensPath())
	}),
	row({
		action: 'revoke an API token of A',
		allowed: A_SIDE,
		ok: 303,
		usesUp: true,
		target: async () => {
			const name = `${RUN} Altsystem ${next()}`;
			await make('providerA', { path: `${tokensPath()}?/create`, form: form({ name }) }, 200);
			await readerA.goto(tokensPath());
			const id = await readerA
				.locator('main tr', { has: readerA.getByRole('rowheader', { name, exact: true }) })
				.locator('input[name="widerrufen"]')
				.getAttribute('value');
			expect(id).toBeTruthy();
			return id!;
		},
		post: (id) => ({ path: `${tokensPath()}?/revoke`, form: form({ tokenId: id }) }),
		observe: () => rows(readerA, tokensPath())
	}),

	// Portal: the team
	row({
		action: 'invite someone to A’s team',
		allowed: A_SIDE,
		ok: 303,
		target: async () => null,
		post: (_t, role) => ({
			path: `${teamPath()}?/invite`,
			form: form({ email: `${RUN}-team-${role}@e2e.example`, role: 'editor' })
		}),
		observe: () => rows(readerA, teamPath())
	}),
	row({
		action: 'revoke an invitation to A’s team',
		allowed: A_SIDE,
		ok: 303,
		usesUp: true,
		target: async () => {
			const email = `${RUN}-einladung-${next()}@e2e.example`;
			await make('providerA', {
				path: `${teamPath()}?/invite`,
				form: form({ email, role: 'editor' })
			});
			return invitationId(readerA, teamPath(), email);
		},
		post: (id) => ({ path: `${teamPath()}?/revoke`, form: form({ invitationId: id }) }),
		observe: () => rows(readerA, teamPath())
	}),
	row({
		action: 'remove a member from A’s team',
		allowed: A_SIDE,
		ok: 303,
		usesUp: true,
		target: async () => (await account({ memberOfA: true })).id,
		post: (userId) => ({ path: `${teamPath()}?/remove`, form: form({ userId }) }),
		observe: () => rows(readerA, teamPath())
	}),

	// Portal: bulk import
	row({
		action: 'upload an import file for A',
		allowed: A_SIDE,
		ok: 303,
		target: async () => null,
		post: () => ({ path: '/portal/import', multipart: importFile() }),
		observe: () => rows(readerA, '/portal/import', 'main .recent li')
	}),
	row({
		action: 'start an import for A',
		allowed: A_SIDE,
		ok: 303,
		usesUp: true,
		target: async () => {
			const res = await make('providerA', { path: '/portal/import', multipart: importFile() });
			const id = /\/portal\/import\/([0-9a-f-]{36})/.exec(location(res))?.[1];
			expect(id, location(res)).toBeTruthy();
			return id!;
		},
		post: (id) => ({ path: `/portal/import/${id}?/start` }),
		observe: importStatus,
		settle: async (id) => {
			await expect
				.poll(async () => (await importStatus(id)).status, { timeout: 60_000 })
				.toBe('done');
		}
	}),

	// Back office: review
	row({
		action: 'approve A’s offer',
		allowed: STAFF,
		ok: 303,
		usesUp: true,
		target: () => offerOfA('in_review'),
		post: (id) => ({ path: `/admin/pruefung/${id}?/approve`, form: form({ comment: '' }) }),
		observe: apiOffer
	}),
	row({
		action: 'request changes to A’s offer',
		allowed: STAFF,
		ok: 303,
		usesUp: true,
		target: () => offerOfA('in_review'),
		post: (id) => ({
			path: `/admin/pruefung/${id}?/changes`,
			form: form({ comment: 'Bitte ergänzen Sie die Zeiten.' })
		}),
		observe: apiOffer
	}),
	row({
		action: 'reject A’s offer',
		allowed: STAFF,
		ok: 303,
		usesUp: true,
		target: () => offerOfA('in_review'),
		post: (id) => ({
			path: `/admin/pruefung/${id}?/reject`,
			form: form({ comment: 'Das passt nicht in die Bildungslandschaft.', confirm: '1' })
		}),
		observe: apiOffer
	}),
	row({
		action: 'approve A’s offers in bulk',
		allowed: STAFF,
		ok: 200,
		usesUp: true,
		target: async () => [await offerOfA('in_review'), await offerOfA('in_review')],
		post: (ids) => ({ path: '/admin/pruefung?/bulk', form: form({ ids, confirm: '1' }) }),
		observe: async (ids) => [await apiOffer(ids[0]!), await apiOffer(ids[1]!)]
	}),

	// Back office: institutions
	row({
		action: 'create an institution',
		allowed: STAFF,
		ok: 303,
		target: async () => `${RUN} Lernort`,
		post: (name, role) => ({
			path: '/admin/einrichtungen/neu',
			form: form({
				name: `${name} ${role}`,
				type: 'verein',
				street: 'Marktplatz 1',
				postalCode: '38259',
				locality: 'Salzgitter',
				districtSlug: 'salder'
			})
		}),
		observe: (name) => rows(readerAdmin, `/admin/einrichtungen?q=${encodeURIComponent(name)}`)
	}),
	row({
		action: 'update A in the back office',
		allowed: STAFF,
		ok: 303,
		target: async () => ({
			entries: await formEntries(
				readerAdmin,
				`/admin/einrichtungen/${A().slug}`,
				'form.institution-form'
			),
			original: await apiInstitution(A().id)
		}),
		post: ({ entries }, role) => ({
			path: `/admin/einrichtungen/${A().slug}`,
			form: withField(entries, 'description', `${RUN}: vom Büro, ${role}.`)
		}),
		observe: () => apiInstitution(A().id),
		restore: async ({ entries, original }) => {
			await make('admin', { path: `/admin/einrichtungen/${A().slug}`, form: toForm(entries) });
			expect(restored(await apiInstitution(A().id))).toEqual(restored(original));
		}
	}),

	// Back office: accounts
	row({
		action: 'create a provider account',
		allowed: STAFF,
		ok: 303,
		target: async () => `${RUN}-anbieter`,
		post: (prefix, role) => ({
			path: '/admin/benutzer/neu',
			form: form({
				email: `${prefix}-${role}@e2e.example`,
				role: 'provider',
				institutionSlug: A().slug,
				membershipRole: 'editor'
			})
		}),
		observe: (prefix) => rows(readerAdmin, `/admin/benutzer?q=${prefix}`)
	}),
	row({
		action: 'create a coordinator account',
		allowed: ADMIN,
		ok: 303,
		target: async () => `${RUN}-stab`,
		post: (prefix, role) => ({
			path: '/admin/benutzer/neu',
			form: form({ email: `${prefix}-${role}@e2e.example`, role: 'coordinator' })
		}),
		observe: (prefix) => rows(readerAdmin, `/admin/benutzer?q=${prefix}`)
	}),
	row({
		action: 'change a user’s role',
		allowed: ADMIN,
		ok: 303,
		target: async () => (await account()).id,
		post: (id) => ({ path: `/admin/benutzer/${id}?/role`, form: form({ role: 'coordinator' }) }),
		observe: userPage
	}),
	row({
		action: 'disable a provider',
		allowed: STAFF,
		ok: 303,
		usesUp: true,
		target: async () => (await account({ memberOfA: true })).id,
		post: (id) => ({ path: `/admin/benutzer/${id}?/disable` }),
		observe: userPage
	}),
	row({
		action: 'enable a disabled provider',
		allowed: STAFF,
		ok: 303,
		usesUp: true,
		target: async () => {
			const { id } = await account({ memberOfA: true });
			await make('admin', { path: `/admin/benutzer/${id}?/disable` });
			return id;
		},
		post: (id) => ({ path: `/admin/benutzer/${id}?/enable` }),
		observe: userPage
	}),
	row({
		action: 'disable a coordinator',
		allowed: ADMIN,
		ok: 303,
		target: async () => (await account({ role: 'coordinator' })).id,
		post: (id) => ({ path: `/admin/benutzer/${id}?/disable` }),
		observe: userPage
	}),
	row({
		action: 'add a membership of A',
		allowed: STAFF,
		ok: 303,
		usesUp: true,
		target: async () => (await account()).id,
		post: (id) => ({
			path: `/admin/benutzer/${id}?/addMembership`,
			form: form({ institutionId: A().id, membershipRole: 'editor' })
		}),
		observe: userPage
	}),
	row({
		action: 'change a membership role in A',
		allowed: STAFF,
		ok: 303,
		usesUp: true,
		target: async () => (await account({ memberOfA: true })).id,
		post: (id) => ({
			path: `/admin/benutzer/${id}?/membershipRole`,
			form: form({ institutionId: A().id, membershipRole: 'manager' })
		}),
		observe: userPage
	}),
	row({
		action: 'remove a membership of A',
		allowed: STAFF,
		ok: 303,
		usesUp: true,
		target: async () => (await account({ memberOfA: true })).id,
		post: (id) => ({
			path: `/admin/benutzer/${id}?/removeMembership`,
			form: form({ institutionId: A().id })
		}),
		observe: userPage
	}),

	// Back office: invitations
	row({
		action: 'invite someone to A (back office)',
		allowed: STAFF,
		ok: 303,
		target: async () => null,
		post: (_t, role) => ({
			path: '/admin/einladungen?/invite',
			form: form({
				email: `${RUN}-buero-${role}@e2e.example`,
				institutionId: A().id,
				role: 'editor'
			})
		}),
		observe: () => rows(readerAdmin, invitationsPath())
	}),
	row({
		action: 'revoke an invitation (back office)',
		allowed: STAFF,
		ok: 303,
		usesUp: true,
		target: async () => {
			const email = `${RUN}-widerruf-${next()}@e2e.example`;
			await make('admin', {
				path: '/admin/einladungen?/invite',
				form: form({ email, institutionId: A().id, role: 'editor' })
			});
			return invitationId(readerAdmin, invitationsPath(), email);
		},
		post: (id) => ({ path: '/admin/einladungen?/revoke', form: form({ invitationId: id }) }),
		observe: () => rows(readerAdmin, invitationsPath())
	}),

	// Back office: content pages
	row({
		action: 'save a content page',
		allowed: STAFF,
		ok: 303,
		target: async () => `${RUN}-ratgeber`,
		post: (slug, role) => ({
			path: `/admin/seiten/${slug}/de?/save`,
			form: form({ title: `Ratgeber ${RUN}`, body: `Geschrieben von **${role}**.` })
		}),
		observe: (slug) => page404(`/seiten/${slug}`),
		restore: async (slug) => {
			await make('admin', { path: `/admin/seiten/${slug}/de?/delete` });
		}
	}),
	row({
		action: 'delete a content page',
		allowed: STAFF,
		ok: 303,
		usesUp: true,
		target: async () => {
			const slug = `${RUN}-alt-${next()}`;
			await make('admin', {
				path: `/admin/seiten/${slug}/de?/save`,
				form: form({ title: 'Bald gelöscht', body: 'Dieser Text verschwindet gleich.' })
			});
			return slug;
		},
		post: (slug) => ({ path: `/admin/seiten/${slug}/de?/delete` }),
		observe: (slug) => page404(`/seiten/${slug}`)
	}),
	row({
		action: 'preview a content page',
		allowed: STAFF,
		ok: 200,
		writes: false,
		target: async () => `${RUN}-vorschau`,
		post: (slug) => ({
			path: `/admin/seiten/${slug}/de?/preview`,
			form: form({ title: 'Vorschau', body: 'Nur **angezeigt**.' })
		}),
		observe: (slug) => page404(`/seiten/${slug}`)
	}),
	row({
		action: 'open a new content page',
		allowed: STAFF,
		ok: 303,
		writes: false,
		target: async () => `${RUN}-leer`,
		post: (slug) => ({ path: '/admin/seiten?/create', form: form({ slug, locale: 'de' }) }),
		observe: (slug) => page404(`/seiten/${slug}`)
	}),

	// Back office: settings
	row({
		action: 'change the freshness periods',
		allowed: ADMIN,
		ok: 303,
		target: () => formEntries(readerAdmin, '/admin/einstellungen', 'main form[method="post"]'),
		post: (entries) => {
			const stale = Number(entries.find(([k]) => k === 'staleAfterDays')![1]);
			return {
				path: '/admin/einstellungen',
				form: withField(entries, 'staleAfterDays', String(stale + 1))
			};
		},
		observe: () => formEntries(readerAdmin, '/admin/einstellungen', 'main form[method="post"]'),
		restore: async (entries) => {
			await make('admin', { path: '/admin/einstellungen', form: toForm(entries) });
			expect(
				await formEntries(readerAdmin, '/admin/einstellungen', 'main form[method="post"]')
			).toEqual(entries);
		}
	}),

	// One's own account: only for oneself (the form names no other account).
	row({
		action: 'change one’s own password',
		roles: ['anonymous', 'self'],
		allowed: ['self'],
		ok: 303,
		target: async () => null,
		post: () => ({
			path: '/portal/konto?/password',
			form: form({
				currentPassword: E2E_PASSWORD,
				newPassword: 'Neue-Tulpen-am-Salzgittersee-2027',
				newPasswordRepeat: 'Neue-Tulpen-am-Salzgittersee-2027'
			})
		}),
		observe: () => auditTotal(`?actor=${encodeURIComponent(self.email)}`)
	})
];

// ------------------------------------------------------------------ the run

beforeAll(async () => {
	browser = await launchBrowser();
	contexts.anonymous = await newContext(browser);
	for (const role of ['providerA', 'providerB', 'coordinator', 'admin'] as const) {
		contexts[role] = await newContext(browser);
		await signIn(await contexts[role].newPage(), accounts()[role]);
	}
	readerA = await contexts.providerA.newPage();
	readerAdmin = await contexts.admin.newPage();
	self = await account({ password: E2E_PASSWORD });
	const selfAccount: E2eAccount = { email: self.email, password: E2E_PASSWORD, role: 'provider' };
	contexts.self = await newContext(browser);
	await signIn(await contexts.self.newPage(), selfAccount);
});

afterAll(async () => {
	await browser?.close();
});

/** Denied roles first, then the allowed ones. */
const order = (r: Row<unknown>) => {
	const roles = r.roles ?? ROLES;
	return [
		...roles.filter((x) => !r.allowed.includes(x)),
		...roles.filter((x) => r.allowed.includes(x))
	].map((role): [Role, 'allowed' | 'denied'] => [
		role,
		r.allowed.includes(role) ? 'allowed' : 'denied'
	]);
};

describe.each(matrix.map((r) => [r.action, r] as const))('%s', (_action, r) => {
	let target: unknown;
	let usedUp = false;
	beforeAll(async () => {
		target = await r.target();
	});
	afterAll(async () => {
		await r.restore?.(target);
	});

	it.each(order(r))('%s: %s', async (role, verdict) => {
		if (verdict === 'allowed' && usedUp) target = await r.target();
		const p = r.post(target, role);
		const before = await r.observe(target);
		const auditBefore = await peopleAuditTotal();
		const res = await send(role, p);

		if (verdict === 'denied') {
			if (role === 'anonymous') {
				expect(res.status()).toBe(303);
				expect(location(res)).toBe('/anmelden');
			} else {
				expect(res.status()).toBe(403);
			}
			expect(await r.observe(target)).toEqual(before);
			expect(await peopleAuditTotal()).toBe(auditBefore);
			return;
		}
		expect(res.status(), location(res)).toBe(r.ok);
		if (r.ok === 303) expect(location(res)).not.toMatch(/^\/(en\/)?anmelden/);
		await r.settle?.(target);
		if (r.writes === false) {
			expect(await r.observe(target)).toEqual(before);
		} else {
			expect(await r.observe(target)).not.toEqual(before);
		}
		if (r.usesUp) usedUp = true;
	});
});

it('covers every form action that writes (the matrix is not silently shrinking)', () => {
	expect(matrix.filter((r) => r.writes !== false).length).toBeGreaterThanOrEqual(37);
});
