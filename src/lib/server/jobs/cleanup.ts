/**
 * Job: housekeeping of expired sign-in data — sessions, lockout counters,
 * used or expired reset links and old invitations (accounts/cleanup.ts).
 */
import { cleanupExpired, type CleanupResult } from '../accounts/cleanup';
import type { Db } from '../db/client';

export function cleanupExpiredAccountsData(db: Db, { now }: { now: Date }): Promise<CleanupResult> {
	return cleanupExpired(db, now);
}
