/**
 * Job: housekeeping of expired sign-in data. Uses the accounts module's
 * existing helpers; when accounts/cleanup.ts (cleanupExpired: sessions,
 * password resets, invitations) lands, call that here instead.
 */
import { deleteExpiredSessions } from '../accounts/sessions';
import { pruneLoginAttempts } from '../accounts/sign-in';
import type { Db } from '../db/client';

export async function cleanupExpiredAccountsData(
	db: Db,
	{ now }: { now: Date }
): Promise<{ sessions: number }> {
	const sessions = await deleteExpiredSessions(db, now);
	await pruneLoginAttempts(db, now);
	return { sessions };
}
