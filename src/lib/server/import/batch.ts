/**
 * Writes one batch of import rows inside the caller's transaction: rows whose
 * externe_id exists at the institution update that offer, the others become
 * new offers — both through the bulk paths; when a bulk statement fails, the
 * batch is retried row by row through saveOffer / createOffer (each in its
 * own savepoint), so one bad row is recorded and the others still commit.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Db } from '../db/client';
import { offers } from '../db/schema';
import { isAppError } from '../errors';
import type { Actor } from '../accounts';
import { logger } from '../logger';
import { createOffer, saveOffer } from '../offers/offer-write';
import { columnOfField } from './columns';
import { createOffersBulk } from './bulk';
import { saveOffersBulk } from './bulk-update';
import type { StoredError, StoredRow } from './run';

function actorUserId(actor: Actor): string | null {
	if (actor.kind === 'user') return actor.user.id;
	if (actor.kind === 'token') return actor.createdBy;
	return null;
}

/** A failed row as { row, column, message } (the first field issue names the column). */
function rowFailure(row: number, err: unknown): StoredError {
	if (isAppError(err)) {
		const issue = err.issues[0];
		return {
			row,
			column: issue ? columnOfField(issue.field) : '',
			message: issue?.message ?? err.message,
			phase: 'run'
		};
	}
	logger.error({ err, row }, 'Importzeile fehlgeschlagen');
	return { row, column: '', message: m.import_err_row_unexpected(), phase: 'run' };
}

/**
 * Runs the bulk path in a savepoint; if it throws, runs `one` for each row
 * (each use case opens its own savepoint) and records the rows that fail.
 */
async function bulkOrOneByOne<R extends StoredRow>(
	tx: Db,
	rows: R[],
	bulk: (sp: Db) => Promise<{ count: number; failures: StoredError[] }>,
	one: (row: R) => Promise<unknown>
): Promise<{ count: number; failures: StoredError[] }> {
	if (rows.length === 0) return { count: 0, failures: [] };
	try {
		return await tx.transaction((sp) => bulk(sp as unknown as Db));
	} catch (err) {
		logger.warn({ err }, 'Import: Sammelschreiben fehlgeschlagen, Zeilen einzeln');
		let count = 0;
		const failures: StoredError[] = [];
		for (const r of rows) {
			try {
				await one(r);
				count++;
			} catch (e) {
				failures.push(rowFailure(r.row, e));
			}
		}
		return { count, failures };
	}
}

export async function writeBatch(
	tx: Db,
	{
		actor,
		institutionId,
		submit,
		batch
	}: { actor: Actor; institutionId: string; submit: boolean; batch: StoredRow[] }
): Promise<{ created: number; updated: number; failures: StoredError[] }> {
	const ids = batch.map((r) => r.input.externalId).filter((x): x is string => !!x);
	const existing = new Map<string, string>();
	if (ids.length > 0) {
		const found = await tx
			.select({ id: offers.id, externalId: offers.externalId })
			.from(offers)
			.where(and(eq(offers.institutionId, institutionId), inArray(offers.externalId, ids)));
		for (const f of found) if (f.externalId) existing.set(f.externalId, f.id);
	}
	const fresh: StoredRow[] = [];
	const known: (StoredRow & { offerId: string })[] = [];
	for (const r of batch) {
		const offerId = r.input.externalId ? existing.get(r.input.externalId) : undefined;
		if (offerId) known.push({ ...r, offerId });
		else fresh.push(r);
	}
	const common = { actor, institutionId, createdBy: actorUserId(actor), submit };
	const inputOf = (r: StoredRow) => ({ ...r.input, institution: { id: institutionId } });

	const updated = await bulkOrOneByOne(
		tx,
		known,
		async (sp) => {
			const r = await saveOffersBulk(sp, { ...common, rows: known });
			return { count: r.updated, failures: r.failures };
		},
		(r) => saveOffer(tx, { actor, offerId: r.offerId, input: inputOf(r), submit })
	);
	const created = await bulkOrOneByOne(
		tx,
		fresh,
		async (sp) => {
			const r = await createOffersBulk(sp, { ...common, rows: fresh });
			return { count: r.created, failures: r.failures };
		},
		(r) => createOffer(tx, { actor, input: inputOf(r), submit })
	);
	const failures = [...updated.failures, ...created.failures].sort((a, b) => a.row - b.row);
	return { created: created.count, updated: updated.count, failures };
}
