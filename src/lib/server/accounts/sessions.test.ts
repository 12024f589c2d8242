import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { sessions, users } from '../db/schema';
import { createTestDb } from '../testing/db';
import { systemActor, userActor } from './accounts.schemas';
import { createUser } from './create-user';
import { signIn } from './sign-in';
import { signOut } from './sign-out';
import { signOutEverywhere } from './sign-out-everywhere';
import { sessionCookieOptions, sessionIdOf, SESSION_COOKIE, validateSession } from './sessions';

let handle: DbHandle;
const PASSWORD = 'Zitronenfalter-Wolke-42';
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
	handle = await createTestDb();
	for (const email of ['a@example.org', 'b@example.org']) {
		await createUser(handle.db, {
			actor: systemActor(),
			input: { email, role: 'coordinator', password: PASSWORD }
		});
	}
});
afterAll(() => handle.close());

async function signedIn(email: string, now = new Date()) {
	const r = await signIn(handle.db, {
		input: { email, password: PASSWORD },
		context: { ip: '192.0.2.1', now }
	});
	if (!r.ok) throw new Error('sign-in failed');
	return r;
}

describe('sessions', () => {
	it('uses an HttpOnly, SameSite=Lax cookie named bl_session', () => {
		expect(SESSION_COOKIE).toBe('bl_session');
		expect(sessionCookieOptions()).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' });
	});

	it('stores only the hash of the token', async () => {
		const s = await signedIn('a@example.org');
		const rows = await handle.db.select().from(sessions).where(eq(sessions.id, s.token));
		expect(rows).toHaveLength(0);
		expect(sessionIdOf(s.token)).toMatch(/^[0-9a-f]{64}$/);
	});

	it('expires after 14 days without use and slides with use', async () => {
		const t0 = new Date('2026-11-01T08:00:00Z');
		const s = await signedIn('a@example.org', t0);
		expect(s.expiresAt.getTime() - t0.getTime()).toBe(14 * DAY);

		const t10 = new Date(t0.getTime() + 10 * DAY);
		const used = await validateSession(handle.db, s.token, t10);
		expect(used?.renewed).toBe(true);
		expect(used!.expiresAt.getTime()).toBe(t10.getTime() + 14 * DAY);

		const t20 = new Date(t0.getTime() + 20 * DAY);
		expect(await validateSession(handle.db, s.token, t20)).not.toBeNull();

		const t40 = new Date(t20.getTime() + 14 * DAY + 1);
		expect(await validateSession(handle.db, s.token, t40)).toBeNull();
		expect(
			await handle.db
				.select()
				.from(sessions)
				.where(eq(sessions.id, sessionIdOf(s.token)))
		).toHaveLength(0);
	});

	it('rejects unknown tokens and sessions of disabled users', async () => {
		expect(await validateSession(handle.db, 'nonsense')).toBeNull();
		expect(await validateSession(handle.db, undefined)).toBeNull();
		const s = await signedIn('b@example.org');
		await handle.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, s.user.id));
		expect(await validateSession(handle.db, s.token)).toBeNull();
		await handle.db.update(users).set({ disabledAt: null }).where(eq(users.id, s.user.id));
	});

	it('signs out one browser', async () => {
		const one = await signedIn('a@example.org');
		const two = await signedIn('a@example.org');
		await signOut(handle.db, { input: { token: one.token } });
		expect(await validateSession(handle.db, one.token)).toBeNull();
		expect(await validateSession(handle.db, two.token)).not.toBeNull();
	});

	it('signs out everywhere, leaving other users signed in', async () => {
		const one = await signedIn('a@example.org');
		const two = await signedIn('a@example.org');
		const other = await signedIn('b@example.org');
		const ended = await signOutEverywhere(handle.db, { actor: userActor(one.user) });
		expect(ended).toBeGreaterThanOrEqual(2);
		expect(await validateSession(handle.db, one.token)).toBeNull();
		expect(await validateSession(handle.db, two.token)).toBeNull();
		expect(await validateSession(handle.db, other.token)).not.toBeNull();
		await expect(signOutEverywhere(handle.db, { actor: systemActor() })).rejects.toMatchObject({
			code: 'unauthenticated'
		});
	});
});
