/**
 * Housekeeping for the hourly job: removes what can no longer be used —
 * expired sessions, finished sign-in back-off counters, password-reset links
 * used or expired more than a day ago, and invitations that were accepted,
 * revoked or expired more than 30 days ago (the audit log keeps their story).
 */
import { and, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { invitations, passwordResets } from '../db/schema';
import { deleteExpiredSessions } from './sessions';
import { pruneLoginAttempts } from './sign-in';

const DAY_MS = 24 * 60 * 60 * 1000;
export const RESET_KEEP_MS = DAY_MS;
export const INVITATION_KEEP_MS = 30 * DAY_MS;

export interface CleanupResult {
	sessions: number;
	passwordResets: number;
	invitations: number;
}

export async function cleanupExpired(db: Db, now: Date = new Date()): Promise<CleanupResult> {
	const sessions = await deleteExpiredSessions(db, now);
	await pruneLoginAttempts(db, now);
	const resetCutoff = new Date(now.getTime() - RESET_KEEP_MS);
	const resets = await db
		.delete(passwordResets)
		.where(or(lt(passwordResets.usedAt, resetCutoff), lt(passwordResets.expiresAt, resetCutoff)))
		.returning({ id: passwordResets.id });
	const inviteCutoff = new Date(now.getTime() - INVITATION_KEEP_MS);
	const invites = await db
		.delete(invitations)
		.where(
			or(
				lt(invitations.acceptedAt, inviteCutoff),
				lt(invitations.revokedAt, inviteCutoff),
				and(
					isNull(invitations.acceptedAt),
					isNull(invitations.revokedAt),
					lt(invitations.expiresAt, inviteCutoff)
				)
			)
		)
		.returning({ id: invitations.id });
	return { sessions, passwordResets: resets.length, invitations: invites.length };
}
