/**
 * Sign-in with e-mail and password. Unknown accounts cost the same time as
 * known ones (a dummy verification). Back-off: 5 failures per account or 20 per
 * IP address within 15 minutes lock that key, each further failure doubling the
 * lock (1, 2, 4 … at most 60 minutes). Success always creates a new session and
 * ends the one the browser had (no token is ever reused).
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loginAttempts, sessions } from '../db/schema';
import { findUserByEmail, loadSessionUser } from './accounts.queries';
import { ZSignIn, type SessionUser, type TSignInInput } from './accounts.schemas';
import { verifyDummy, verifyPassword } from './hash-password';
import { newSessionToken, sessionIdOf, sessionLifetimeMs } from './sessions';

export const WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_LIMIT = 5;
export const IP_LIMIT = 20;
const BASE_LOCK_MS = 60 * 1000;
const MAX_LOCK_MS = 60 * 60 * 1000;

export type SignInResult =
	| { ok: true; token: string; expiresAt: Date; user: SessionUser }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'locked'; retryAfterSeconds: number };

export interface SignInContext {
	ip: string;
	userAgent?: string | null;
	/** The token the browser sent, if any: its session ends on success. */
	currentToken?: string;
	now?: Date;
}

export async function signIn(
	db: Db,
	{ input, context }: { input: TSignInInput; context: SignInContext }
): Promise<SignInResult> {
	const now = context.now ?? new Date();
	const parsed = ZSignIn.safeParse(input);
	if (!parsed.success) return { ok: false, reason: 'invalid' };
	const { email, password } = parsed.data;
	const keys = { account: `account:${email}`, ip: `ip:${context.ip}` };

	const retryAfterSeconds = await lockedSeconds(db, [keys.account, keys.ip], now);
	if (retryAfterSeconds > 0) return { ok: false, reason: 'locked', retryAfterSeconds };

	const user = await findUserByEmail(db, email);
	const valid =
		user && user.passwordHash && !user.disabledAt
			? await verifyPassword(user.passwordHash, password)
			: await verifyDummy(password);

	if (!valid || !user) {
		await recordFailedAttempt(
			db,
			[
				{ key: keys.account, limit: ACCOUNT_LIMIT },
				{ key: keys.ip, limit: IP_LIMIT }
			],
			now
		);
		return { ok: false, reason: 'invalid' };
	}

	const token = newSessionToken();
	const expiresAt = new Date(now.getTime() + sessionLifetimeMs());
	await db.transaction(async (tx) => {
		await tx.delete(loginAttempts).where(eq(loginAttempts.key, keys.account));
		if (context.currentToken) {
			await tx.delete(sessions).where(eq(sessions.id, sessionIdOf(context.currentToken)));
		}
		await tx.insert(sessions).values({
			id: sessionIdOf(token),
			userId: user.id,
			createdAt: now,
			lastSeenAt: now,
			expiresAt,
			userAgent: context.userAgent?.slice(0, 500) ?? null
		});
	});
	const sessionUser = await loadSessionUser(db, user.id);
	return { ok: true, token, expiresAt, user: sessionUser! };
}

/** Seconds until the longest lock of these keys ends (0 when none is locked). */
export async function lockedSeconds(db: Db, keys: string[], now: Date): Promise<number> {
	const locks = await db
		.select({ lockedUntil: loginAttempts.lockedUntil })
		.from(loginAttempts)
		.where(inArray(loginAttempts.key, keys));
	const lockedUntil = Math.max(0, ...locks.map((l) => l.lockedUntil?.getTime() ?? 0));
	return lockedUntil > now.getTime() ? Math.ceil((lockedUntil - now.getTime()) / 1000) : 0;
}

/**
 * Counts one failure per key in one transaction; locks a key that reached its
 * limit. Also used when a signed-in user gives a wrong current password.
 */
export async function recordFailedAttempt(
	db: Db,
	counters: { key: string; limit: number }[],
	now: Date
) {
	await db.transaction(async (tx) => {
		for (const { key, limit } of counters) {
			await tx
				.insert(loginAttempts)
				.values({ key, count: 0, windowStart: now })
				.onConflictDoNothing();
			const [row] = await tx
				.select()
				.from(loginAttempts)
				.where(eq(loginAttempts.key, key))
				.for('update');
			const stillLocked = row!.lockedUntil && row!.lockedUntil.getTime() > now.getTime();
			const windowOver = now.getTime() - row!.windowStart.getTime() > WINDOW_MS;
			const fresh = windowOver && !stillLocked;
			const count = fresh ? 1 : row!.count + 1;
			const lockMs =
				count >= limit ? Math.min(BASE_LOCK_MS * 2 ** (count - limit), MAX_LOCK_MS) : 0;
			await tx
				.update(loginAttempts)
				.set({
					count,
					windowStart: fresh ? now : row!.windowStart,
					lockedUntil: lockMs ? new Date(now.getTime() + lockMs) : row!.lockedUntil
				})
				.where(eq(loginAttempts.key, key));
		}
	});
}

/** Housekeeping: forgets counters whose window and lock are over. */
export async function pruneLoginAttempts(db: Db, now: Date = new Date()): Promise<void> {
	const cutoff = new Date(now.getTime() - WINDOW_MS);
	await db
		.delete(loginAttempts)
		.where(
			sql`${loginAttempts.windowStart} < ${cutoff.toISOString()} and (${loginAttempts.lockedUntil} is null or ${loginAttempts.lockedUntil} < ${now.toISOString()})`
		);
}
