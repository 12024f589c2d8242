/**
 * Sessions: a random token in the `bl_session` cookie; the database keeps only
 * its SHA-256. Sliding expiry: each use (at most once a minute written) moves
 * the end SESSION_DAYS days ahead.
 */
import { createHash, randomBytes } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { sessions } from '../db/schema';
import { env } from '../env';
import { loadSessionUser } from './accounts.queries';
import type { SessionUser } from './accounts.schemas';

export const SESSION_COOKIE = 'bl_session';
const DAY_MS = 24 * 60 * 60 * 1000;
const TOUCH_INTERVAL_MS = 60 * 1000;

export const sessionLifetimeMs = (): number => env.SESSION_DAYS * DAY_MS;

export function newSessionToken(): string {
	return randomBytes(32).toString('base64url');
}

export function sessionIdOf(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** Cookie options for SvelteKit's `cookies.set` / `cookies.delete`. */
export function sessionCookieOptions(expires?: Date) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: env.PUBLIC_BASE_URL?.startsWith('https:') ?? false,
		...(expires ? { expires } : {})
	};
}

export interface ValidSession {
	user: SessionUser;
	expiresAt: Date;
	/** True when the expiry moved and the cookie should be set again. */
	renewed: boolean;
}

/** The user behind a token, or null for unknown, expired or disabled sessions. */
export async function validateSession(
	db: Db,
	token: string | undefined,
	now: Date = new Date()
): Promise<ValidSession | null> {
	if (!token || token.length > 200) return null;
	const id = sessionIdOf(token);
	const [session] = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
	if (!session) return null;
	if (session.expiresAt.getTime() <= now.getTime()) {
		await db.delete(sessions).where(eq(sessions.id, id));
		return null;
	}
	const user = await loadSessionUser(db, session.userId);
	if (!user) return null;
	let expiresAt = session.expiresAt;
	let renewed = false;
	if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
		expiresAt = new Date(now.getTime() + sessionLifetimeMs());
		renewed = true;
		await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, id));
	}
	return { user, expiresAt, renewed };
}

/**
 * Starts a session for a user (after sign-in, accepting an invitation …) and
 * ends the one the browser had, so no token is ever reused. Returns the token
 * for the cookie.
 */
export async function createSession(
	db: Db,
	{
		userId,
		userAgent,
		currentToken,
		now = new Date()
	}: { userId: string; userAgent?: string | null; currentToken?: string; now?: Date }
): Promise<{ token: string; expiresAt: Date }> {
	const token = newSessionToken();
	const expiresAt = new Date(now.getTime() + sessionLifetimeMs());
	if (currentToken) await db.delete(sessions).where(eq(sessions.id, sessionIdOf(currentToken)));
	await db.insert(sessions).values({
		id: sessionIdOf(token),
		userId,
		createdAt: now,
		lastSeenAt: now,
		expiresAt,
		userAgent: userAgent?.slice(0, 500) ?? null
	});
	return { token, expiresAt };
}

/** Housekeeping: removes expired sessions; returns how many. */
export async function deleteExpiredSessions(db: Db, now: Date = new Date()): Promise<number> {
	const rows = await db
		.delete(sessions)
		.where(lt(sessions.expiresAt, now))
		.returning({ id: sessions.id });
	return rows.length;
}
