/** Reading the audit log: education-office staff only, newest first, never editable. */
import type { Db } from '../db/client';
import { assertCan, isStaff } from '../accounts/accounts.policy';
import type { Actor } from '../accounts/accounts.schemas';
import { listAudit, type TAuditFilter } from './audit';

export async function readAuditLog(
	db: Db,
	{ actor, filter }: { actor: Actor; filter: TAuditFilter }
): ReturnType<typeof listAudit> {
	assertCan(isStaff(actor), 'Nur das Bildungsbüro sieht das Protokoll.');
	return listAudit(db, filter);
}
