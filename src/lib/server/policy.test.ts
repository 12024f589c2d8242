/**
 * The policy matrix at module level: every write use case × every role
 * (provider of institution A, provider of B, coordinator, admin, API token of
 * A). Each cell asserts allowed or denied; a denied call must leave every
 * table exactly as it was. (Anonymous visitors never reach a use case; the
 * HTTP-level matrix in e2e/policy covers them.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import type { DbHandle } from './db/client';
import * as schema from './db/schema';
import { insertFixtures } from './api/fixtures';
import { createTestDb } from './testing/db';
import { makeActor } from './testing/actors';
import { systemActor, type Actor } from './accounts';
import { authenticateApiToken, createApiToken, revokeApiToken } from './accounts/api-tokens';
import { createUser } from './accounts/create-user';
import { createInstitution, updateInstitution } from './institutions';
import {
	addReviewComment,
	approveOffer,
	archiveOffer,
	bulkApprove,
	createOffer,
	duplicateOffer,
	rejectOffer,
	requestChanges,
	reverifyOffer,
	saveOffer,
	submitOffer,
	type TOfferInputRaw
} from './offers';
import { updateSettings } from './settings';

let handle: DbHandle;
let fx: Awaited<ReturnType<typeof insertFixtures>>;
const actors: Record<string, Actor> = {};
const system = systemActor('test');

const ROLES = ['providerA', 'providerB', 'coordinator', 'admin', 'tokenA'] as const;
type Role = (typeof ROLES)[number];

beforeAll(async () => {
	handle = await createTestDb();
	fx = await insertFixtures(handle.db);
	actors.providerA = await makeActor(handle.db, {
		role: 'provider',
		institutions: [{ slug: 'vhs-salzgitter', role: 'manager' }]
	});
	actors.providerB = await makeActor(handle.db, {
		role: 'provider',
		institutions: [{ slug: 'kita-grosser-baer', role: 'manager' }]
	});
	actors.coordinator = await makeActor(handle.db, { role: 'coordinator' });
	actors.admin = await makeActor(handle.db, { role: 'admin' });
	const { token } = await createApiToken(handle.db, {
		actor: system,
		input: { institutionId: fx.institutions.vhs.id, name: 'Matrix' }
	});
	actors.tokenA = (await authenticateApiToken(handle.db, token))!;
});
afterAll(() => handle.close());

const body = (title = 'Offene Lernwerkstatt'): TOfferInputRaw => ({
	institution: { slug: 'vhs-salzgitter' },
	title,
	description: 'Lernen mit Unterstützung, jede Woche offen für alle Erwachsenen.',
	format: 'kurs',
	topics: ['sprache'],
	lifePhases: ['erwachsene'],
	schedule: { type: 'ongoing' }
});

/** An offer of institution A in the given state, made by the system. */
async function offerOfA(state: 'draft' | 'in_review' | 'published'): Promise<string> {
	const { id } = await createOffer(handle.db, {
		actor: system,
		input: body(`Angebot ${Math.random().toString(36).slice(2, 8)}`),
		submit: state !== 'draft'
	});
	if (state === 'published') await approveOffer(handle.db, { actor: system, offerId: id });
	return id;
}

/** Every row of every table a write could touch, in a stable order. */
async function snapshot(): Promise<string> {
	const db = handle.db;
	const tables = {
		offers: await db.select().from(schema.offers).orderBy(asc(schema.offers.id)),
		offerDates: await db.select().from(schema.offerDates).orderBy(asc(schema.offerDates.id)),
		offerChanges: await db
			.select()
			.from(schema.offerChanges)
			.orderBy(asc(schema.offerChanges.offerId)),
		comments: await db.select().from(schema.reviewComments).orderBy(asc(schema.reviewComments.id)),
		institutions: await db.select().from(schema.institutions).orderBy(asc(schema.institutions.id)),
		users: await db.select().from(schema.users).orderBy(asc(schema.users.id)),
		memberships: await db.select().from(schema.memberships).orderBy(asc(schema.memberships.userId)),
		tokens: await db
			.select({ id: schema.apiTokens.id, revokedAt: schema.apiTokens.revokedAt })
			.from(schema.apiTokens)
			.orderBy(asc(schema.apiTokens.id)),
		settings: await db.select().from(schema.settings).orderBy(asc(schema.settings.key)),
		audit: await db.select({ n: sql<number>`count(*)::int` }).from(schema.auditLog)
	};
	return JSON.stringify(tables);
}

interface Action {
	name: string;
	allowed: readonly Role[];
	/** Prepares the target (as the system) and returns the attempt. */
	prepare: () => Promise<(actor: Actor) => Promise<unknown>>;
}

const OFFICE = ['coordinator', 'admin'] as const;
const A_SIDE = ['providerA', 'coordinator', 'admin', 'tokenA'] as const;
const A_MANAGERS = ['providerA', 'coordinator', 'admin'] as const;

const actions: Action[] = [
	{
		name: 'create an offer for A',
		allowed: A_SIDE,
		prepare: async () => (actor) => createOffer(handle.db, { actor, input: body() })
	},
	{
		name: 'save A’s draft',
		allowed: A_SIDE,
		prepare: async () => {
			const id = await offerOfA('draft');
			return (actor) =>
				saveOffer(handle.db, { actor, offerId: id, input: body('Geänderter Titel') });
		}
	},
	{
		name: 'change A’s published offer',
		allowed: A_SIDE,
		prepare: async () => {
			const id = await offerOfA('published');
			return (actor) =>
				saveOffer(handle.db, { actor, offerId: id, input: body('Neuer Titel'), submit: true });
		}
	},
	{
		name: 'submit A’s draft',
		allowed: A_SIDE,
		prepare: async () => {
			const id = await offerOfA('draft');
			return (actor) => submitOffer(handle.db, { actor, offerId: id });
		}
	},
	{
		name: 're-verify A’s offer',
		allowed: A_SIDE,
		prepare: async () => {
			const id = await offerOfA('published');
			return (actor) => reverifyOffer(handle.db, { actor, offerId: id });
		}
	},
	{
		name: 'archive A’s offer',
		allowed: A_SIDE,
		prepare: async () => {
			const id = await offerOfA('published');
			return (actor) => archiveOffer(handle.db, { actor, offerId: id });
		}
	},
	{
		name: 'duplicate A’s offer',
		allowed: A_SIDE,
		prepare: async () => {
			const id = await offerOfA('published');
			return (actor) => duplicateOffer(handle.db, { actor, offerId: id });
		}
	},
	{
		name: 'comment on A’s offer',
		allowed: A_SIDE,
		prepare: async () => {
			const id = await offerOfA('in_review');
			return (actor) =>
				addReviewComment(handle.db, { actor, offerId: id, body: 'Eine Rückfrage.' });
		}
	},
	{
		name: 'approve',
		allowed: OFFICE,
		prepare: async () => {
			const id = await offerOfA('in_review');
			return (actor) => approveOffer(handle.db, { actor, offerId: id });
		}
	},
	{
		name: 'request changes',
		allowed: OFFICE,
		prepare: async () => {
			const id = await offerOfA('in_review');
			return (actor) =>
				requestChanges(handle.db, { actor, offerId: id, comment: 'Bitte ergänzen.' });
		}
	},
	{
		name: 'reject',
		allowed: OFFICE,
		prepare: async () => {
			const id = await offerOfA('in_review');
			return (actor) => rejectOffer(handle.db, { actor, offerId: id, comment: 'Passt nicht.' });
		}
	},
	{
		name: 'bulk approve',
		allowed: OFFICE,
		prepare: async () => {
			const ids = [await offerOfA('in_review'), await offerOfA('in_review')];
			return (actor) => bulkApprove(handle.db, { actor, offerIds: ids });
		}
	},
	{
		name: 'create an institution',
		allowed: OFFICE,
		prepare: async () => (actor) =>
			createInstitution(handle.db, {
				actor,
				input: {
					name: `Lernort ${Math.random().toString(36).slice(2, 8)}`,
					type: 'verein',
					street: 'Marktplatz 1',
					postalCode: '38259',
					locality: 'Salzgitter',
					districtSlug: 'salder'
				}
			})
	},
	{
		name: 'edit A’s profile',
		allowed: A_MANAGERS,
		prepare: async () => (actor) =>
			updateInstitution(handle.db, {
				actor,
				institutionId: fx.institutions.vhs.id,
				input: {
					name: `Volkshochschule Salzgitter ${Math.random().toString(36).slice(2, 6)}`,
					type: 'vhs',
					street: 'Kattowitzer Straße 186',
					postalCode: '38226',
					locality: 'Salzgitter',
					districtSlug: 'lebenstedt'
				}
			})
	},
	{
		name: 'create an API token for A',
		allowed: A_MANAGERS,
		prepare: async () => (actor) =>
			createApiToken(handle.db, {
				actor,
				input: { institutionId: fx.institutions.vhs.id, name: 'Zweites System' }
			})
	},
	{
		name: 'revoke an API token of A',
		allowed: A_MANAGERS,
		prepare: async () => {
			const { info } = await createApiToken(handle.db, {
				actor: system,
				input: { institutionId: fx.institutions.vhs.id, name: 'Alt' }
			});
			return (actor) => revokeApiToken(handle.db, { actor, tokenId: info.id });
		}
	},
	{
		name: 'change system settings',
		allowed: ['admin'],
		prepare: async () => (actor) =>
			updateSettings(handle.db, {
				actor,
				group: 'freshness',
				input: {
					staleAfterDays: 100 + Math.floor(Math.random() * 100),
					reminderDaysBefore: 10,
					graceDays: 30
				}
			})
	},
	{
		name: 'create a provider account',
		allowed: OFFICE,
		prepare: async () => (actor) =>
			createUser(handle.db, {
				actor,
				input: {
					email: `neu-${Math.random().toString(36).slice(2, 8)}@example.org`,
					role: 'provider'
				}
			})
	},
	{
		name: 'create a coordinator account',
		allowed: ['admin'],
		prepare: async () => (actor) =>
			createUser(handle.db, {
				actor,
				input: {
					email: `buero-${Math.random().toString(36).slice(2, 8)}@example.org`,
					role: 'coordinator'
				}
			})
	}
];

describe.each(actions)('$name', (action) => {
	it.each(ROLES)('as %s', async (role) => {
		const attempt = await action.prepare();
		const allowed = (action.allowed as readonly string[]).includes(role);
		if (allowed) {
			await expect(attempt(actors[role]!)).resolves.not.toThrow();
			return;
		}
		const before = await snapshot();
		await expect(attempt(actors[role]!)).rejects.toMatchObject({ code: 'forbidden' });
		expect(await snapshot()).toBe(before);
	});
});

it('covers every use case that writes (the matrix is not silently shrinking)', () => {
	expect(actions.length).toBeGreaterThanOrEqual(19);
	// The offer of B stays untouched by everything above.
	return expect(
		handle.db
			.select({ title: schema.offers.title })
			.from(schema.offers)
			.where(eq(schema.offers.id, fx.offers.schwimmen.id))
	).resolves.toEqual([{ title: 'Schwimmen für Kinder' }]);
});
