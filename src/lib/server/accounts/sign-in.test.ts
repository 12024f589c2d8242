import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { loginAttempts, sessions } from '../db/schema';
import { insertFixtures } from '../api/fixtures';
import { createTestDb } from '../testing/db';
import { systemActor } from './accounts.schemas';
import { createUser } from './create-user';
import { signIn, WINDOW_MS } from './sign-in';
import { sessionIdOf, validateSession } from './sessions';

let handle: DbHandle;
const PASSWORD = 'Zitronenfalter-Wolke-42';
const EMAIL = 'anna@example.org';

beforeAll(async () => {
	handle = await createTestDb();
	await insertFixtures(handle.db);
	await createUser(handle.db, {
		actor: systemActor(),
		input: {
			email: EMAIL,
			role: 'provider',
			displayName: 'Anna',
			password: PASSWORD,
			institutionSlug: 'kita-grosser-baer'
		}
	});
});
afterAll(() => handle.close());
beforeEach(async () => {
	await handle.db.delete(loginAttempts);
});

const ctx = (ip = '192.0.2.1', extra = {}) => ({ ip, userAgent: 'vitest', ...extra });

describe('signIn', () => {
	it('signs in with the right password (e-mail in any case) and returns a working token', async () => {
		const r = await signIn(handle.db, {
			input: { email: ' ANNA@example.org', password: PASSWORD },
			context: ctx()
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.token).toMatch(/^[\w-]{43}$/);
		expect(r.user).toMatchObject({ email: EMAIL, role: 'provider', displayName: 'Anna' });
		expect(r.user.memberships).toEqual([
			expect.objectContaining({ institutionSlug: 'kita-grosser-baer', role: 'editor' })
		]);
		const [row] = await handle.db
			.select()
			.from(sessions)
			.where(eq(sessions.id, sessionIdOf(r.token)));
		expect(row).toMatchObject({ userAgent: 'vitest' });
		const valid = await validateSession(handle.db, r.token);
		expect(valid?.user.email).toBe(EMAIL);
	});

	it('answers "invalid" alike for a wrong password and an unknown account', async () => {
		const wrong = await signIn(handle.db, {
			input: { email: EMAIL, password: 'falsch-falsch-falsch' },
			context: ctx()
		});
		const unknown = await signIn(handle.db, {
			input: { email: 'niemand@example.org', password: PASSWORD },
			context: ctx()
		});
		expect(wrong).toEqual({ ok: false, reason: 'invalid' });
		expect(unknown).toEqual({ ok: false, reason: 'invalid' });
	});

	it('rotates: a new sign-in ends the browser’s previous session and never reuses a token', async () => {
		const first = await signIn(handle.db, {
			input: { email: EMAIL, password: PASSWORD },
			context: ctx()
		});
		if (!first.ok) throw new Error('sign-in failed');
		const second = await signIn(handle.db, {
			input: { email: EMAIL, password: PASSWORD },
			context: ctx('192.0.2.1', { currentToken: first.token })
		});
		if (!second.ok) throw new Error('sign-in failed');
		expect(second.token).not.toBe(first.token);
		expect(await validateSession(handle.db, first.token)).toBeNull();
		expect(await validateSession(handle.db, second.token)).not.toBeNull();
	});

	it('locks an account after 5 failures, even for the right password, with growing delays', async () => {
		const now = new Date('2026-11-26T10:00:00Z');
		for (let i = 0; i < 5; i++) {
			const r = await signIn(handle.db, {
				input: { email: EMAIL, password: 'falsch-falsch-falsch' },
				context: ctx(`198.51.100.${i}`, { now })
			});
			expect(r).toEqual({ ok: false, reason: 'invalid' });
		}
		const locked = await signIn(handle.db, {
			input: { email: EMAIL, password: PASSWORD },
			context: ctx('203.0.113.9', { now })
		});
		expect(locked).toEqual({ ok: false, reason: 'locked', retryAfterSeconds: 60 });

		// After the first lock ends, one more failure locks for twice as long.
		const later = new Date(now.getTime() + 61_000);
		await signIn(handle.db, {
			input: { email: EMAIL, password: 'falsch-falsch-falsch' },
			context: ctx('203.0.113.9', { now: later })
		});
		const again = await signIn(handle.db, {
			input: { email: EMAIL, password: PASSWORD },
			context: ctx('203.0.113.9', { now: later })
		});
		expect(again).toEqual({ ok: false, reason: 'locked', retryAfterSeconds: 120 });

		// Once the lock and the window are over, the right password works and resets the counter.
		const muchLater = new Date(later.getTime() + WINDOW_MS + 1000);
		const ok = await signIn(handle.db, {
			input: { email: EMAIL, password: PASSWORD },
			context: ctx('203.0.113.9', { now: muchLater })
		});
		expect(ok.ok).toBe(true);
		const rows = await handle.db
			.select()
			.from(loginAttempts)
			.where(eq(loginAttempts.key, `account:${EMAIL}`));
		expect(rows).toHaveLength(0);
	});

	it('locks an IP address after 20 failures across accounts', async () => {
		const now = new Date('2026-11-26T12:00:00Z');
		for (let i = 0; i < 20; i++) {
			await signIn(handle.db, {
				input: { email: `probe${i}@example.org`, password: 'falsch-falsch-falsch' },
				context: ctx('192.0.2.66', { now })
			});
		}
		const fromThatIp = await signIn(handle.db, {
			input: { email: EMAIL, password: PASSWORD },
			context: ctx('192.0.2.66', { now })
		});
		expect(fromThatIp).toMatchObject({ ok: false, reason: 'locked' });
		const elsewhere = await signIn(handle.db, {
			input: { email: EMAIL, password: PASSWORD },
			context: ctx('192.0.2.67', { now })
		});
		expect(elsewhere.ok).toBe(true);
	});
});
