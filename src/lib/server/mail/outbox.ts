/**
 * Reading the outbox (mails kept when SMTP_URL is unset or a delivery failed).
 * Admins only, read-only: nothing here changes or deletes a mail.
 */
import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { outbox } from '../db/schema';
import { AppError, ErrorCode } from '../errors';
import { assertCan, isAdmin, type Actor } from '../accounts';

export interface OutboxListItem {
	id: string;
	to: string;
	subject: string;
	createdAt: string;
	sentAt: string | null;
	error: string | null;
}

export interface OutboxMail extends OutboxListItem {
	text: string;
}

function assertAdmin(actor: Actor): void {
	assertCan(isAdmin(actor), 'Den Postausgang sehen nur Administratorinnen und Administratoren.');
}

const listColumns = {
	id: outbox.id,
	to: outbox.to,
	subject: outbox.subject,
	createdAt: outbox.createdAt,
	sentAt: outbox.sentAt,
	error: outbox.error
};

const toItem = <T extends { createdAt: Date; sentAt: Date | null }>(r: T) => ({
	...r,
	createdAt: r.createdAt.toISOString(),
	sentAt: r.sentAt?.toISOString() ?? null
});

/** Newest first, one page at a time. */
export async function listOutbox(
	db: Db,
	{ actor, page = 1, pageSize = 50 }: { actor: Actor; page?: number; pageSize?: number }
): Promise<{ total: number; items: OutboxListItem[] }> {
	assertAdmin(actor);
	const [row] = await db.select({ n: count() }).from(outbox);
	const rows = await db
		.select(listColumns)
		.from(outbox)
		.orderBy(desc(outbox.createdAt), desc(outbox.id))
		.limit(pageSize)
		.offset((Math.max(1, page) - 1) * pageSize);
	return { total: Number(row?.n ?? 0), items: rows.map(toItem) };
}

/** One mail with its text part. */
export async function getOutboxMail(
	db: Db,
	{ actor, id }: { actor: Actor; id: string }
): Promise<OutboxMail> {
	assertAdmin(actor);
	const [row] = await db
		.select({ ...listColumns, text: outbox.text })
		.from(outbox)
		.where(eq(outbox.id, id))
		.limit(1);
	if (!row) throw new AppError(ErrorCode.NotFound, 'Diese E-Mail gibt es nicht im Postausgang.');
	return toItem(row);
}
