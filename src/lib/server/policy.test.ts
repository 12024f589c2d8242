/**
 * The policy matrix at module level: every write use case × every role
 * (provider of institution A, provider of B, coordinator, admin, API token of
 * A). Each cell asserts allowed or denied; a denied call must leave every
 * table exactly as it was, an allowed one must change something. (Anonymous
 * visitors never reach a use case; the HTTP-level matrix in e2e/policy covers
 * them. Token-based use cases — accepting an invitation, resetting a password
 * — and changing one's own password act only on the link's or the signed-in
 * person's account, so they have no other role to deny.)
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
import { inviteToInstitution, revokeInvitation } from './accounts/invitations';
import { removeMembership } from './accounts/team';
import {
	addMembership,
	adminCreateUser,
	adminRemoveMembership,
	setMembershipRole,
	setUserDisabled,
	updateUserRole
} from './accounts/user-admin';
import { deleteContentPage, saveContentPage } from './content';
import { updateFreshnessSettings } from './freshness/update-freshness-settings';
import { previewImport, settleImports, startImport, templateCsv } from './import';
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
afterAll(async () => {
	await settleImports();
	await handle.close();
});

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
		memberships: await db
			.select()
			.from(schema.memberships)
			.orderBy(asc(schema.memberships.userId), asc(schema.memberships.institutionId)),
		tokens: await db
			.select({ id: schema.apiTokens.id, revokedAt: schema.apiTokens.revokedAt })
			.from(schema.apiTokens)
			.orderBy(asc(schema.apiTokens.id)),
		settings: await db.select().from(schema.settings).orderBy(asc(schema.settings.key)),
		sessions: await db.select().from(schema.sessions).orderBy(asc(schema.sessions.id)),
		invitations: await db.select().from(schema.invitations).orderBy(asc(schema.invitations.id)),
		contentPages: await db
			.select()
			.from(schema.contentPages)
			.orderBy(asc(schema.contentPages.slug), asc(schema.contentPages.locale)),
		importJobs: await db.select().from(schema.importJobs).orderBy(asc(schema.importJobs.id)),
		outbox: await db.select().from(schema.outbox).orderBy(asc(schema.outbox.id)),
		audit: await db.select({ n: sql<number>`count(*)::int` }).from(schema.auditLog)
	};
	return JSON.stringify(tables);
}

const rnd = () => Math.random().toString(36).slice(2, 8);

/** A person (a real user row) to act on: a provider, by default an editor of A. */
async function person(
	role: 'provider' | 'coordinator' = 'provider',
	institutions: { slug: string; role?: 'editor' | 'manager' }[] = [{ slug: 'vhs-salzgitter' }]
): Promise<string> {
	const actor = await makeActor(handle.db, {
		role,
		institutions: role === 'provider' ? institutions : []
	});
	return actor.user.id;
}

/** An open invitation to A, made by the system. */
async function invitationToA(): Promise<string> {
	const { invitation } = await inviteToInstitution(handle.db, {
		actor: system,
		input: {
			email: `eingeladen-${rnd()}@example.org`,
			institutionId: fx.institutions.vhs.id,
			role: 'editor'
		}
	});
	return invitation.id;
}

/** A previewed import job for A: the template's two example rows. */
async function importJobOfA(): Promise<string> {
	const job = await previewImport(handle.db, {
		actor: system,
		institutionId: fx.institutions.vhs.id,
		fileName: 'vorlage.csv',
		bytes: templateCsv(),
		submit: false
	});
	return job.id;
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
	},
	{
		name: 'invite someone to A',
		allowed: A_MANAGERS,
		prepare: async () => (actor) =>
			inviteToInstitution(handle.db, {
				actor,
				input: {
					email: `neu-${rnd()}@example.org`,
					institutionId: fx.institutions.vhs.id,
					role: 'editor'
				}
			})
	},
	{
		name: 'revoke an invitation to A',
		allowed: A_MANAGERS,
		prepare: async () => {
			const id = await invitationToA();
			return (actor) => revokeInvitation(handle.db, { actor, invitationId: id });
		}
	},
	{
		name: 'remove a member from A’s team',
		allowed: A_MANAGERS,
		prepare: async () => {
			const userId = await person();
			return (actor) =>
				removeMembership(handle.db, {
					actor,
					input: { institutionId: fx.institutions.vhs.id, userId }
				});
		}
	},
	{
		name: 'create a provider account (user administration)',
		allowed: OFFICE,
		prepare: async () => (actor) =>
			adminCreateUser(handle.db, {
				actor,
				input: {
					email: `verwaltet-${rnd()}@example.org`,
					role: 'provider',
					institutionSlug: 'vhs-salzgitter',
					membershipRole: 'editor'
				}
			})
	},
	{
		name: 'create a coordinator account (user administration)',
		allowed: ['admin'],
		prepare: async () => (actor) =>
			adminCreateUser(handle.db, {
				actor,
				input: { email: `stab-${rnd()}@example.org`, role: 'coordinator' }
			})
	},
	{
		name: 'change a user’s role',
		allowed: ['admin'],
		prepare: async () => {
			const userId = await person();
			return (actor) => updateUserRole(handle.db, { actor, userId, role: 'coordinator' });
		}
	},
	{
		name: 'disable a provider',
		allowed: OFFICE,
		prepare: async () => {
			const userId = await person();
			return (actor) => setUserDisabled(handle.db, { actor, userId, disabled: true });
		}
	},
	{
		name: 'enable a disabled provider',
		allowed: OFFICE,
		prepare: async () => {
			const userId = await person();
			await setUserDisabled(handle.db, { actor: system, userId, disabled: true });
			return (actor) => setUserDisabled(handle.db, { actor, userId, disabled: false });
		}
	},
	{
		name: 'disable a coordinator',
		allowed: ['admin'],
		prepare: async () => {
			const userId = await person('coordinator');
			return (actor) => setUserDisabled(handle.db, { actor, userId, disabled: true });
		}
	},
	{
		name: 'add a membership of A',
		allowed: OFFICE,
		prepare: async () => {
			const userId = await person('provider', []);
			return (actor) =>
				addMembership(handle.db, {
					actor,
					userId,
					institutionId: fx.institutions.vhs.id,
					role: 'editor'
				});
		}
	},
	{
		name: 'change a membership role in A',
		allowed: OFFICE,
		prepare: async () => {
			const userId = await person();
			return (actor) =>
				setMembershipRole(handle.db, {
					actor,
					userId,
					institutionId: fx.institutions.vhs.id,
					role: 'manager'
				});
		}
	},
	{
		name: 'remove a membership of A (user administration)',
		allowed: OFFICE,
		prepare: async () => {
			const userId = await person();
			return (actor) =>
				adminRemoveMembership(handle.db, { actor, userId, institutionId: fx.institutions.vhs.id });
		}
	},
	{
		name: 'save a content page',
		allowed: OFFICE,
		prepare: async () => (actor) =>
			saveContentPage(handle.db, {
				actor,
				input: {
					slug: `ratgeber-${rnd()}`,
					locale: 'de',
					title: 'Ratgeber',
					body: 'Ein **kurzer** Text.'
				}
			})
	},
	{
		name: 'delete a content page',
		allowed: OFFICE,
		prepare: async () => {
			const slug = `alt-${rnd()}`;
			await saveContentPage(handle.db, {
				actor: system,
				input: { slug, locale: 'de', title: 'Alt', body: 'Bald weg.' }
			});
			return (actor) => deleteContentPage(handle.db, { actor, slug, locale: 'de' });
		}
	},
	{
		name: 'upload an import file for A',
		allowed: A_SIDE,
		prepare: async () => (actor) =>
			previewImport(handle.db, {
				actor,
				institutionId: fx.institutions.vhs.id,
				fileName: 'vorlage.csv',
				bytes: templateCsv(),
				submit: false
			})
	},
	{
		name: 'start an import for A',
		allowed: A_SIDE,
		prepare: async () => {
			const jobId = await importJobOfA();
			// Allowed: wait for the background run, so it cannot change the next snapshot.
			return async (actor) => (await startImport(handle.db, { actor, jobId })).done;
		}
	},
	{
		name: 'change the freshness periods',
		allowed: ['admin'],
		prepare: async () => (actor) =>
			updateFreshnessSettings(handle.db, {
				actor,
				input: {
					staleAfterDays: 200 + Math.floor(Math.random() * 100),
					reminderDaysBefore: 14,
					graceDays: 30
				}
			})
	}
];

describe.each(actions)('$name', (action) => {
	it.each(ROLES)('as %s', async (role) => {
		const attempt = await action.prepare();
		const allowed = (action.allowed as readonly string[]).includes(role);
		const before = await snapshot();
		if (allowed) {
			await expect(attempt(actors[role]!)).resolves.not.toThrow();
			expect(await snapshot(), 'an allowed call changes something').not.toBe(before);
			return;
		}
		await expect(attempt(actors[role]!)).rejects.toMatchObject({ code: 'forbidden' });
		expect(await snapshot()).toBe(before);
	});
});

it('covers every use case that writes (the matrix is not silently shrinking)', () => {
	expect(actions.length).toBeGreaterThanOrEqual(36);
	// The offer of B stays untouched by everything above.
	return expect(
		handle.db
			.select({ title: schema.offers.title })
			.from(schema.offers)
			.where(eq(schema.offers.id, fx.offers.schwimmen.id))
	).resolves.toEqual([{ title: 'Schwimmen für Kinder' }]);
});
