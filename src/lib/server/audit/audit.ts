/**
 * The audit log: every write records who, when, what, before and after.
 * Call recordAudit inside the same transaction as the write, so a write and
 * its entry commit together or not at all. There is no update or delete.
 */
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { auditLog } from '../db/schema';
import type { Actor } from '../accounts/accounts.schemas';

export interface AuditEntryInput {
	actor: Actor;
	/** Dotted verb: offer.create, offer.submit, offer.approve, user.create … */
	action: string;
	entityType: string;
	entityId: string;
	institutionId?: string | null;
	before?: unknown;
	after?: unknown;
}

/** How an actor appears in the log. */
export function actorLabel(actor: Actor): { actorId: string | null; actorLabel: string } {
	if (actor.kind === 'user') return { actorId: actor.user.id, actorLabel: actor.user.email };
	if (actor.kind === 'token') {
		return { actorId: actor.createdBy, actorLabel: `token:${actor.prefix}` };
	}
	return { actorId: null, actorLabel: `system:${actor.name}` };
}

/** JSON-safe copy (Dates become ISO strings, undefined is dropped). */
const toJson = (v: unknown): unknown => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

export async function recordAudit(db: Db, entry: AuditEntryInput): Promise<void> {
	await db.insert(auditLog).values({
		...actorLabel(entry.actor),
		action: entry.action,
		entityType: entry.entityType,
		entityId: entry.entityId,
		institutionId: entry.institutionId ?? null,
		before: toJson(entry.before),
		after: toJson(entry.after)
	});
}

export const ZAuditFilter = z.object({
	action: z.string().trim().max(80).optional(),
	entityType: z.string().trim().max(40).optional(),
	entityId: z.string().trim().max(80).optional(),
	actor: z.string().trim().max(254).optional(),
	institutionId: z.uuid().optional(),
	from: z.iso.date().optional(),
	to: z.iso.date().optional(),
	page: z.coerce.number().int().min(1).max(10_000).default(1),
	pageSize: z.coerce.number().int().min(1).max(200).default(50)
});
export type TAuditFilter = z.input<typeof ZAuditFilter>;

export type AuditEntry = typeof auditLog.$inferSelect;

/** Newest first, filtered; `actor` matches the label by prefix (e-mail or token:…). */
export async function listAudit(
	db: Db,
	filter: TAuditFilter
): Promise<{ total: number; items: AuditEntry[]; page: number; pageSize: number }> {
	const f = ZAuditFilter.parse(filter);
	const where: SQL[] = [];
	if (f.action) where.push(sql`${auditLog.action} like ${f.action.replace(/[%_]/g, '') + '%'}`);
	if (f.entityType) where.push(eq(auditLog.entityType, f.entityType));
	if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
	if (f.actor) {
		where.push(
			sql`lower(${auditLog.actorLabel}) like ${f.actor.toLowerCase().replace(/[%_]/g, '') + '%'}`
		);
	}
	if (f.institutionId) where.push(eq(auditLog.institutionId, f.institutionId));
	if (f.from) where.push(gte(auditLog.at, new Date(`${f.from}T00:00:00Z`)));
	if (f.to)
		where.push(lt(auditLog.at, new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000)));
	const cond = where.length ? and(...where) : undefined;
	const [countRow] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(auditLog)
		.where(cond);
	const items = await db
		.select()
		.from(auditLog)
		.where(cond)
		.orderBy(desc(auditLog.id))
		.limit(f.pageSize)
		.offset((f.page - 1) * f.pageSize);
	return { total: countRow?.n ?? 0, items, page: f.page, pageSize: f.pageSize };
}
