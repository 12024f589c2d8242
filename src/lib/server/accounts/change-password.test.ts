import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { auditLog, sessions } from '../db/schema';
import { createTestDb } from '../testing/db';
import { loadSessionUser } from './accounts.queries';
import { systemActor, userActor } from './accounts.schemas';
import { changePassword } from './change-password';
import { createUser } from './create-user';
import { sessionIdOf } from './sessions';
import { signIn } from './sign-in';
import { signOutEverywhere } from './sign-out-everywhere';

let handle: DbHandle;
const OLD = 'Zitronenfalter-Wolke-42';
const NEW = 'Kastanienallee-Regenschirm-77';

beforeAll(async () => {
	handle = await createTestDb({ withDistricts: false });
});
afterAll(() => handle.close());

let n = 0;
async function signedInUser() {
	const email = `konto${++n}@example.org`;
	const created = await createUser(handle.db, {
		actor: systemActor(),
		input: { email, role: 'coordinator', password: OLD }
	});
	const sign = async (password = OLD) => {
		const r = await signIn(handle.db, {
			input: { email, password },
			context: { ip: `192.0.2.${n}` }
		});
		if (!r.ok) throw new Error('sign-in failed');
		return r.token;
	};
	const here = await sign();
	const elsewhere = await sign();
	const actor = userActor((await loadSessionUser(handle.db, created.id))!);
	return { email, id: created.id, actor, here, elsewhere, sign };
}

describe('changePassword', () => {
	it('changes the password, ends the other sessions, keeps this one and records it', async () => {
		const u = await signedInUser();
		const r = await changePassword(handle.db, {
			actor: u.actor,
			input: { currentPassword: OLD, newPassword: NEW },
			currentToken: u.here
		});
		expect(r).toEqual({ sessionsEnded: 1 });
		const left = await handle.db.select().from(sessions).where(eq(sessions.userId, u.id));
		expect(left.map((s) => s.id)).toEqual([sessionIdOf(u.here)]);
		await expect(u.sign(OLD)).rejects.toThrow();
		await expect(u.sign(NEW)).resolves.toBeTruthy();
		const audit = await handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'user.password_change'), eq(auditLog.entityId, u.id)));
		expect(audit).toHaveLength(1);
	});

	it('refuses a wrong current password or a weak new one and changes nothing', async () => {
		const u = await signedInUser();
		await expect(
			changePassword(handle.db, {
				actor: u.actor,
				input: { currentPassword: 'falsch-falsch-falsch', newPassword: NEW },
				currentToken: u.here
			})
		).rejects.toMatchObject({ code: 'invalid_input', issues: [{ field: 'currentPassword' }] });
		await expect(
			changePassword(handle.db, {
				actor: u.actor,
				input: { currentPassword: OLD, newPassword: 'passwort1234' },
				currentToken: u.here
			})
		).rejects.toMatchObject({ code: 'invalid_input', issues: [{ field: 'newPassword' }] });
		await expect(
			changePassword(handle.db, {
				actor: u.actor,
				input: { currentPassword: OLD, newPassword: OLD },
				currentToken: u.here
			})
		).rejects.toMatchObject({ issues: [{ field: 'newPassword' }] });
		const left = await handle.db.select().from(sessions).where(eq(sessions.userId, u.id));
		expect(left).toHaveLength(2);
		await expect(u.sign(OLD)).resolves.toBeTruthy();
	});

	it('locks after 5 wrong current passwords, like sign-in', async () => {
		const u = await signedInUser();
		for (let i = 0; i < 5; i++) {
			await expect(
				changePassword(handle.db, {
					actor: u.actor,
					input: { currentPassword: `falsch-${i}`, newPassword: NEW }
				})
			).rejects.toMatchObject({ code: 'invalid_input' });
		}
		await expect(
			changePassword(handle.db, {
				actor: u.actor,
				input: { currentPassword: OLD, newPassword: NEW }
			})
		).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('is only for signed-in users', async () => {
		await expect(
			changePassword(handle.db, {
				actor: systemActor(),
				input: { currentPassword: OLD, newPassword: NEW }
			})
		).rejects.toMatchObject({ code: 'unauthenticated' });
	});
});

describe('account audit', () => {
	it('records user.create without the password hash', async () => {
		const u = await createUser(handle.db, {
			actor: systemActor('cli'),
			input: { email: 'audit-neu@example.org', role: 'provider', password: OLD }
		});
		const [entry] = await handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'user.create'), eq(auditLog.entityId, u.id)));
		expect(entry).toMatchObject({
			actorLabel: 'system:cli',
			after: { email: 'audit-neu@example.org', role: 'provider', hasPassword: true }
		});
		expect(JSON.stringify(entry)).not.toMatch(/argon2|Zitronenfalter/);
	});

	it('records user.sign_out_everywhere with the number of sessions ended', async () => {
		const u = await signedInUser();
		expect(await signOutEverywhere(handle.db, { actor: u.actor })).toBe(2);
		const [entry] = await handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'user.sign_out_everywhere'), eq(auditLog.entityId, u.id)));
		expect(entry).toMatchObject({ actorLabel: u.email, after: { sessionsEnded: 2 } });
	});
});
