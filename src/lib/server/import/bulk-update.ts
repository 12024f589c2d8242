/**
 * The fast path for rows whose externe_id already exists: the rules of
 * saveOffer for a whole batch in a handful of statements (one UPDATE for all
 * unpublished offers, one upsert of pending changes, dates and audit entries
 * in bulk). run.ts falls back to saveOffer row by row if a batch fails.
 */
import { getTableColumns, inArray, sql } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Db } from '../db/client';
import { auditLog, offerChanges, offerDates, offers } from '../db/schema';
import { actorLabel } from '../audit';
import type { Actor } from '../accounts';
import { offerToInput, parseOfferInput, type TOfferInput } from '../offers/offer-input';
import { selectOffers } from '../offers/offer.queries';
import { insertDates, prepareRows, toJson } from './bulk';
import type { StoredError, StoredRow } from './run';

/**
 * One UPDATE for many offers with different values: the rows travel as one
 * JSON array, and jsonb_populate_recordset turns it into typed rows (arrays,
 * jsonb, enums, timestamps) to join on. Per-row UPDATEs cost ~5 ms each on
 * PGlite, mostly per-statement overhead.
 */
async function updateOffers(
	tx: Db,
	rows: { id: string; values: Partial<typeof offers.$inferInsert> }[],
	common: Partial<typeof offers.$inferInsert>
) {
	const columns = getTableColumns(offers);
	const keys = Object.keys(rows[0]!.values) as (keyof typeof columns)[];
	const payload = rows.map((r) =>
		Object.fromEntries([
			['id', r.id],
			...keys.map((k) => [columns[k].name, r.values[k as keyof typeof r.values] ?? null])
		])
	);
	const assignments = [
		...keys.map(
			(k) => sql`${sql.identifier(columns[k].name)} = r.${sql.identifier(columns[k].name)}`
		),
		...Object.entries(common).map(
			([k, v]) =>
				sql`${sql.identifier(columns[k as keyof typeof columns].name)} = ${v instanceof Date ? v.toISOString() : v}`
		)
	];
	await tx.execute(sql`
		update ${offers} set ${sql.join(assignments, sql`, `)}
		from jsonb_populate_recordset(null::offers, ${JSON.stringify(payload)}::jsonb) as r
		where ${offers.id} = r.id`);
}

const EDITABLE = ['draft', 'in_review', 'changes_requested', 'rejected'];

/**
 * Saves rows over existing offers (matched by externe_id) with the rules of
 * saveOffer: an unpublished offer changes in place (submit → in review, a
 * rejected one becomes a draft again), a published offer gets a pending
 * change (submit → in review) and stays online as it is; archived offers are
 * refused. A handful of statements per batch, however many rows.
 */
export async function saveOffersBulk(
	tx: Db,
	{
		actor,
		institutionId,
		createdBy,
		rows,
		submit
	}: {
		actor: Actor;
		institutionId: string;
		createdBy: string | null;
		rows: (StoredRow & { offerId: string })[];
		submit: boolean;
	}
): Promise<{ updated: number; failures: StoredError[] }> {
	const { valid, failures } = await prepareRows(tx, institutionId, rows);
	const ids = valid.map((r) => r.offerId);
	const current = new Map((await selectOffers(tx, inArray(offers.id, ids))).map((o) => [o.id, o]));
	const changes = new Map(
		(await tx.select().from(offerChanges).where(inArray(offerChanges.offerId, ids))).map((c) => [
			c.offerId,
			c
		])
	);
	const now = new Date();
	const who = actorLabel(actor);
	const audits: (typeof auditLog.$inferInsert)[] = [];
	const pending: (typeof offerChanges.$inferInsert)[] = [];
	const rewritten: {
		id: string;
		data: TOfferInput;
		values: Partial<typeof offers.$inferInsert>;
	}[] = [];

	for (const { row, offerId, data, columns } of valid) {
		const offer = current.get(offerId);
		if (!offer) {
			failures.push({
				row,
				column: 'externe_id',
				message: m.import_err_offer_gone(),
				phase: 'run'
			});
			continue;
		}
		const change = changes.get(offer.id);
		const pendingInput = change ? parseOfferInput(change.data, 'de') : null;
		const before = pendingInput?.ok ? pendingInput.data : offerToInput(offer);
		const base = {
			...who,
			entityType: 'offer',
			entityId: offer.id,
			institutionId
		};

		if (offer.status === 'published') {
			const state: 'draft' | 'in_review' =
				submit || change?.state === 'in_review' ? 'in_review' : 'draft';
			pending.push({
				offerId: offer.id,
				state,
				data: data as unknown as Record<string, unknown>,
				createdBy,
				submittedAt: submit ? now : change?.state === 'in_review' ? change.submittedAt : null,
				updatedAt: now
			});
			audits.push({
				...base,
				action: submit ? 'offer.change_submit' : 'offer.change_save',
				before: toJson(before),
				after: toJson(data)
			});
		} else if (EDITABLE.includes(offer.status)) {
			const status = submit
				? 'in_review'
				: offer.status === 'in_review' || offer.status === 'changes_requested'
					? offer.status
					: 'draft';
			rewritten.push({
				id: offer.id,
				data,
				values: { ...columns, status, updatedAt: now }
			});
			audits.push({
				...base,
				action: submit ? 'offer.submit' : 'offer.save',
				before: toJson({ status: offer.status, ...before }),
				after: toJson({ status, ...data })
			});
		} else {
			failures.push({
				row,
				column: 'externe_id',
				message: m.import_err_archived(),
				phase: 'run'
			});
		}
	}

	if (rewritten.length > 0) {
		await updateOffers(tx, rewritten, submit ? { submittedAt: now } : {});
		await tx.delete(offerDates).where(
			inArray(
				offerDates.offerId,
				rewritten.map((r) => r.id)
			)
		);
		await insertDates(tx, rewritten);
	}
	if (pending.length > 0) {
		await tx
			.insert(offerChanges)
			.values(pending)
			.onConflictDoUpdate({
				target: offerChanges.offerId,
				set: {
					state: sql`excluded.state`,
					data: sql`excluded.data`,
					createdBy: sql`excluded.created_by`,
					submittedAt: sql`excluded.submitted_at`,
					updatedAt: sql`excluded.updated_at`
				}
			});
		if (submit) {
			await tx
				.update(offers)
				.set({ submittedAt: now })
				.where(
					inArray(
						offers.id,
						pending.map((p) => p.offerId)
					)
				);
		}
	}
	if (audits.length > 0) await tx.insert(auditLog).values(audits);
	return { updated: audits.length, failures };
}
