import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { auditLog, institutions, invitations, memberships, sessions, users } from '../db/schema';
import { insertFixtures } from '../api/fixtures';
import { createTestDb } from '../testing/db';
import { makeActor } from '../testing/actors';
import { startTestSmtp, type TestSmtp } from '../testing/smtp';
import { systemActor, type Actor } from './accounts.schemas';
import { createUser } from './create-user';
import { acceptInvitation } from './accept-invitation';
import {
	getInvitation,
	inviteToInstitution,
	listInvitations,
	revokeInvitation
} from './invitations';
import { sessionIdOf, validateSession } from './sessions';
import { signIn } from './sign-in';
import { listMembers, removeMembership } from './team';

let handle: DbHandle;
let smtp: TestSmtp;
let A: string; // vhs-salzgitter
let B: string; // kita-grosser-baer
const PASSWORD = 'Kastanienallee-Regenschirm-77';

beforeAll(async () => {
	handle = await createTestDb();
	await insertFixtures(handle.db);
	smtp = await startTestSmtp();
	const rows = await handle.db.select().from(institutions);
	A = rows.find((r) => r.slug === 'vhs-salzgitter')!.id;
	B = rows.find((r) => r.slug === 'kita-grosser-baer')!.id;
});
afterAll(async () => {
	await smtp.close();
	await handle.close();
});

let n = 0;
const email = () => `eingeladen${++n}@example.org`;
const mail = () => ({ smtpUrl: smtp.url });

async function invite(
	actor: Actor,
	to: string,
	institutionId = A,
	role: 'editor' | 'manager' = 'editor'
) {
	const r = await inviteToInstitution(handle.db, {
		actor,
		input: { email: to, institutionId, role },
		mail: mail()
	});
	const got = smtp.to(to).at(-1)!;
	const token = /\/einladung\/([A-Za-z0-9_-]+)/.exec(got.decoded)![1]!;
	return { ...r, token, mail: got };
}

const auditOf = (action: string, entityId: string) =>
	handle.db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));

describe('inviteToInstitution policy', () => {
	it('lets staff and managers of the institution invite; denies editors, other institutions and tokens', async () => {
		const cases: [string, Actor, boolean][] = [
			['admin', await makeActor(handle.db, { role: 'admin' }), true],
			['coordinator', await makeActor(handle.db, { role: 'coordinator' }), true],
			[
				'manager of A',
				await makeActor(handle.db, {
					role: 'provider',
					institutions: [{ slug: 'vhs-salzgitter', role: 'manager' }]
				}),
				true
			],
			[
				'editor of A',
				await makeActor(handle.db, {
					role: 'provider',
					institutions: [{ slug: 'vhs-salzgitter', role: 'editor' }]
				}),
				false
			],
			[
				'manager of B',
				await makeActor(handle.db, {
					role: 'provider',
					institutions: [{ slug: 'kita-grosser-baer', role: 'manager' }]
				}),
				false
			],
			[
				'token of A',
				{ kind: 'token', tokenId: 't', institutionId: A, prefix: 'bl_x', createdBy: null },
				false
			]
		];
		for (const [who, actor, allowed] of cases) {
			const to = email();
			const before = await handle.db.select().from(invitations);
			const attempt = inviteToInstitution(handle.db, {
				actor,
				input: { email: to, institutionId: A, role: 'editor' },
				mail: mail()
			});
			if (allowed) {
				await expect(attempt, who).resolves.toMatchObject({ mailed: true });
			} else {
				await expect(attempt, who).rejects.toMatchObject({ code: 'forbidden' });
				expect(await handle.db.select().from(invitations), who).toHaveLength(before.length);
				expect(smtp.to(to), who).toHaveLength(0);
			}
		}
	});

	it('validates the input with German field messages', async () => {
		const admin = await makeActor(handle.db, { role: 'admin' });
		await expect(
			inviteToInstitution(handle.db, {
				actor: admin,
				input: { email: 'kaputt', institutionId: A, role: 'owner' as never }
			})
		).rejects.toMatchObject({
			code: 'invalid_input',
			issues: [
				{ field: 'email', message: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.' },
				{ field: 'role', message: 'Bitte wählen Sie eine Rolle.' }
			]
		});
	});

	it('refuses to invite someone who already belongs to the institution', async () => {
		const admin = await makeActor(handle.db, { role: 'admin' });
		const member = await makeActor(handle.db, {
			role: 'provider',
			institutions: [{ slug: 'vhs-salzgitter' }]
		});
		await expect(
			inviteToInstitution(handle.db, {
				actor: admin,
				input: { email: member.user.email, institutionId: A, role: 'manager' }
			})
		).rejects.toMatchObject({ code: 'conflict', issues: [{ field: 'email' }] });
	});
});

describe('invitation mail and link', () => {
	it('mails a German invitation naming the institution and the city, with a 7-day link', async () => {
		const manager = await makeActor(handle.db, {
			role: 'provider',
			institutions: [{ slug: 'vhs-salzgitter', role: 'manager' }]
		});
		const to = email();
		const { token, mail: got, invitation } = await invite(manager, to, A, 'manager');
		expect(got.subject).toBe(
			'Einladung: Volkshochschule Salzgitter – Bildungslandschaft Salzgitter'
		);
		expect(got.decoded).toContain('„Volkshochschule Salzgitter“ (Salzgitter)');
		expect(got.decoded).toContain('als Verwalter*in');
		expect(got.decoded).toContain(manager.user.email);
		expect(got.decoded).toMatch(/http:\/\/[^\s]+\/einladung\/[A-Za-z0-9_-]{43}/);
		expect(
			new Date(invitation.expiresAt).getTime() - new Date(invitation.createdAt).getTime()
		).toBe(7 * 24 * 60 * 60 * 1000);
		const view = await getInvitation(handle.db, token);
		expect(view).toMatchObject({
			status: 'valid',
			invitation: {
				email: to,
				institutionName: 'Volkshochschule Salzgitter',
				role: 'manager',
				account: 'none'
			}
		});
		const [row] = await handle.db
			.select()
			.from(invitations)
			.where(eq(invitations.id, invitation.id));
		expect(row!.tokenHash).not.toBe(token);
		expect(await auditOf('invitation.create', invitation.id)).toHaveLength(1);
	});

	it('replaces the open invitation when the same address is invited again', async () => {
		const admin = await makeActor(handle.db, { role: 'admin' });
		const to = email();
		const first = await invite(admin, to);
		const second = await invite(admin, to, A, 'manager');
		expect((await getInvitation(handle.db, first.token)).status).toBe('revoked');
		expect((await getInvitation(handle.db, second.token)).status).toBe('valid');
		const open = await listInvitations(handle.db, { actor: admin, institutionId: A });
		expect(open.items.filter((i) => i.email === to)).toEqual([
			expect.objectContaining({ id: second.invitation.id, role: 'manager' })
		]);
		expect(await auditOf('invitation.revoke', first.invitation.id)).toHaveLength(1);
	});

	it('expires after 7 days', async () => {
		const admin = await makeActor(handle.db, { role: 'admin' });
		const { token } = await invite(admin, email());
		const later = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000 + 1000);
		expect((await getInvitation(handle.db, token, later)).status).toBe('expired');
		await expect(
			acceptInvitation(handle.db, {
				token,
				input: { displayName: 'Zu spät', password: PASSWORD },
				now: later
			})
		).rejects.toMatchObject({ code: 'not_found', issues: [{ message: 'expired' }] });
	});
});

describe('acceptInvitation', () => {
	it('creates a provider account with the password and the membership, signs in and records it', async () => {
		const admin = await makeActor(handle.db, { role: 'coordinator' });
		const to = email();
		const { token, invitation } = await invite(admin, to, B, 'editor');
		const accepted = await acceptInvitation(handle.db, {
			token,
			input: { displayName: '  Erika Muster  ', password: PASSWORD },
			context: { userAgent: 'test' }
		});
		expect(accepted.user).toMatchObject({
			email: to,
			role: 'provider',
			displayName: 'Erika Muster',
			memberships: [{ institutionId: B, role: 'editor' }]
		});
		// The session is real and belongs to the new account.
		const valid = await validateSession(handle.db, accepted.session.token);
		expect(valid?.user.id).toBe(accepted.user.id);
		// The password works for signing in later.
		const again = await signIn(handle.db, {
			input: { email: to, password: PASSWORD },
			context: { ip: '192.0.2.50' }
		});
		expect(again.ok).toBe(true);
		// The link is used up.
		expect((await getInvitation(handle.db, token)).status).toBe('accepted');
		await expect(
			acceptInvitation(handle.db, { token, input: { displayName: 'X', password: PASSWORD } })
		).rejects.toMatchObject({ code: 'not_found' });
		expect(await auditOf('invitation.accept', invitation.id)).toHaveLength(1);
		expect(await auditOf('membership.create', `${accepted.user.id}:${B}`)).toHaveLength(1);
		const created = await auditOf('user.create', accepted.user.id);
		expect(created).toHaveLength(1);
		expect(JSON.stringify(created[0]!.after)).not.toContain('argon2');
	});

	it('checks the password rules and the name, and changes nothing when they fail', async () => {
		const admin = await makeActor(handle.db, { role: 'admin' });
		const to = email();
		const { token } = await invite(admin, to);
		await expect(
			acceptInvitation(handle.db, { token, input: { displayName: 'Name', password: 'zu-kurz' } })
		).rejects.toMatchObject({ code: 'invalid_input', issues: [{ field: 'password' }] });
		await expect(
			acceptInvitation(handle.db, { token, input: { displayName: ' ', password: PASSWORD } })
		).rejects.toMatchObject({ code: 'invalid_input', issues: [{ field: 'displayName' }] });
		expect(await handle.db.select().from(users).where(eq(users.email, to))).toHaveLength(0);
		expect((await getInvitation(handle.db, token)).status).toBe('valid');
	});

	it('adds the membership to an existing account and keeps its password', async () => {
		const admin = await makeActor(handle.db, { role: 'admin' });
		const to = email();
		await createUser(handle.db, {
			actor: systemActor(),
			input: {
				email: to,
				role: 'provider',
				password: PASSWORD,
				institutionSlug: 'kita-grosser-baer'
			}
		});
		const { token } = await invite(admin, to, A, 'manager');
		expect((await getInvitation(handle.db, token)).invitation?.account).toBe('password');
		const accepted = await acceptInvitation(handle.db, {
			token,
			input: { password: 'ignoriert-weil-schon-gesetzt' }
		});
		expect(accepted.user.memberships.map((m) => [m.institutionId, m.role]).sort()).toEqual(
			[
				[A, 'manager'],
				[B, 'editor']
			].sort()
		);
		const ok = await signIn(handle.db, {
			input: { email: to, password: PASSWORD },
			context: { ip: '192.0.2.51' }
		});
		expect(ok.ok).toBe(true);
	});

	it('sets the password of an existing account that had none', async () => {
		const admin = await makeActor(handle.db, { role: 'admin' });
		const to = email();
		await createUser(handle.db, { actor: systemActor(), input: { email: to, role: 'provider' } });
		const { token } = await invite(admin, to);
		expect((await getInvitation(handle.db, token)).invitation?.account).toBe('no_password');
		await expect(
			acceptInvitation(handle.db, { token, input: { password: 'zu-kurz' } })
		).rejects.toMatchObject({ issues: [{ field: 'password' }] });
		await acceptInvitation(handle.db, { token, input: { password: PASSWORD } });
		const ok = await signIn(handle.db, {
			input: { email: to, password: PASSWORD },
			context: { ip: '192.0.2.52' }
		});
		expect(ok.ok).toBe(true);
	});

	it('ends the session the browser had when it signs the invitee in', async () => {
		const admin = await makeActor(handle.db, { role: 'admin' });
		const { token } = await invite(admin, email());
		const other = await createUser(handle.db, {
			actor: systemActor(),
			input: { email: email(), role: 'coordinator', password: PASSWORD }
		});
		const before = await signIn(handle.db, {
			input: { email: other.email, password: PASSWORD },
			context: { ip: '192.0.2.53' }
		});
		if (!before.ok) throw new Error('sign-in failed');
		await acceptInvitation(handle.db, {
			token,
			input: { displayName: 'Neu', password: PASSWORD },
			context: { currentToken: before.token }
		});
		const rows = await handle.db
			.select()
			.from(sessions)
			.where(eq(sessions.id, sessionIdOf(before.token)));
		expect(rows).toHaveLength(0);
	});
});

describe('listInvitations and revokeInvitation', () => {
	it('shows managers their institution only; all invitations only to staff', async () => {
		const managerA = await makeActor(handle.db, {
			role: 'provider',
			institutions: [{ slug: 'vhs-salzgitter', role: 'manager' }]
		});
		const coordinator = await makeActor(handle.db, { role: 'coordinator' });
		await invite(coordinator, email(), B);
		const own = await listInvitations(handle.db, { actor: managerA, institutionId: A });
		expect(own.items.every((i) => i.institutionId === A)).toBe(true);
		await expect(
			listInvitations(handle.db, { actor: managerA, institutionId: B })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(listInvitations(handle.db, { actor: managerA })).rejects.toMatchObject({
			code: 'forbidden'
		});
		const all = await listInvitations(handle.db, { actor: coordinator });
		expect(new Set(all.items.map((i) => i.institutionId))).toEqual(new Set([A, B]));
		expect(all.total).toBeGreaterThanOrEqual(all.items.length);
	});

	it('lets a manager of A revoke an invitation to A but not one to B', async () => {
		const managerA = await makeActor(handle.db, {
			role: 'provider',
			institutions: [{ slug: 'vhs-salzgitter', role: 'manager' }]
		});
		const coordinator = await makeActor(handle.db, { role: 'coordinator' });
		const toA = await invite(coordinator, email(), A);
		const toB = await invite(coordinator, email(), B);
		await expect(
			revokeInvitation(handle.db, { actor: managerA, invitationId: toB.invitation.id })
		).rejects.toMatchObject({ code: 'forbidden' });
		expect((await getInvitation(handle.db, toB.token)).status).toBe('valid');
		await revokeInvitation(handle.db, { actor: managerA, invitationId: toA.invitation.id });
		expect((await getInvitation(handle.db, toA.token)).status).toBe('revoked');
		expect(await auditOf('invitation.revoke', toA.invitation.id)).toHaveLength(1);
		await expect(
			acceptInvitation(handle.db, {
				token: toA.token,
				input: { displayName: 'X', password: PASSWORD }
			})
		).rejects.toMatchObject({ issues: [{ message: 'revoked' }] });
		await expect(
			revokeInvitation(handle.db, { actor: coordinator, invitationId: 'nicht-da' })
		).rejects.toMatchObject({ code: 'not_found' });
	});
});

describe('team: listMembers and removeMembership', () => {
	it('lets a manager remove an editor but not the last manager; editors may do neither', async () => {
		const db = handle.db;
		const inst = (
			await db.select().from(institutions).where(eq(institutions.slug, 'sv-mueller'))
		)[0]!;
		const manager = await makeActor(db, {
			role: 'provider',
			institutions: [{ slug: 'sv-mueller', role: 'manager' }]
		});
		const editor = await makeActor(db, {
			role: 'provider',
			institutions: [{ slug: 'sv-mueller', role: 'editor' }]
		});
		const members = await listMembers(db, { actor: manager, institutionId: inst.id });
		expect(members.map((m) => m.role)).toEqual(['manager', 'editor']);
		await expect(listMembers(db, { actor: editor, institutionId: inst.id })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(
			removeMembership(db, {
				actor: editor,
				input: { institutionId: inst.id, userId: manager.user.id }
			})
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			removeMembership(db, {
				actor: manager,
				input: { institutionId: inst.id, userId: manager.user.id }
			})
		).rejects.toMatchObject({ code: 'conflict' });
		await removeMembership(db, {
			actor: manager,
			input: { institutionId: inst.id, userId: editor.user.id }
		});
		const left = await db.select().from(memberships).where(eq(memberships.institutionId, inst.id));
		expect(left.map((m) => m.userId)).toEqual([manager.user.id]);
		expect(await auditOf('membership.delete', `${editor.user.id}:${inst.id}`)).toHaveLength(1);
	});
});
