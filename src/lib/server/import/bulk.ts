/**
 * The fast path for new offers: one batch of rows becomes offers with a few
 * statements (insert offers, insert dates, insert audit entries) instead of
 * ~10 queries per row through createOffer. Same validation (parseOfferInput),
 * same columns (columnsOf), same statuses and audit entries as createOffer.
 *
 * Measured on PGlite: createOffer per row managed ~50 rows/s, which would
 * have been ~100 s for 5,000 rows; see docs/handbook/import.md for the
 * figures of this path. A batch that fails as a whole is retried row by row
 * by the caller, so a single bad row cannot sink its neighbours.
 */
import { randomBytes } from 'node:crypto';
import { getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { auditLog, districts, offerChanges, offerDates, offers } from '../db/schema';
import { actorLabel } from '../audit';
import type { Actor } from '../accounts';
import { slugify } from '../../slug';
import { columnsOf } from '../offers/offer-write';
import { offerToInput, parseOfferInput, type TOfferInput } from '../offers/offer-input';
import { selectOffers } from '../offers/offer.queries';
import { columnOfField } from './columns';
import type { StoredError, StoredRow } from './run';

/** Same shape as the slugs createOffer makes: "deutsch-im-alltag-3fa2c1". */
function slugBase(title: string): string {
	let base =
		slugify(title)
			.slice(0, 60)
			.replace(/-[^-]*$/, '') || 'angebot';
	if (base.length < 3) base = slugify(title).slice(0, 60) || 'angebot';
	return base;
}
const suffix = () => randomBytes(3).toString('hex');

async function uniqueSlugs(db: Db, titles: string[]): Promise<string[]> {
	const slugs = titles.map((t) => `${slugBase(t)}-${suffix()}`);
	for (;;) {
		const taken = new Set(
			(await db.select({ slug: offers.slug }).from(offers).where(inArray(offers.slug, slugs))).map(
				(r) => r.slug
			)
		);
		let clash = false;
		const seen = new Set<string>();
		for (let i = 0; i < slugs.length; i++) {
			if (taken.has(slugs[i]!) || seen.has(slugs[i]!)) {
				slugs[i] = `${slugBase(titles[i]!)}-${suffix()}`;
				clash = true;
			}
			seen.add(slugs[i]!);
		}
		if (!clash) return slugs;
	}
}

let districtCoords: Map<string, { lat: number; lon: number }> | undefined;
async function coordsOf(db: Db) {
	if (!districtCoords) {
		const rows = await db
			.select({ slug: districts.slug, lat: districts.lat, lon: districts.lon })
			.from(districts);
		districtCoords = new Map(rows.map((r) => [r.slug, { lat: r.lat, lon: r.lon }]));
	}
	return districtCoords;
}

/** The same JSON the audit log stores through recordAudit. */
const toJson = (v: unknown): unknown => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

/**
 * Creates new offers for valid rows in one go (inside the caller's
 * transaction). The caller has checked the policy for the institution.
 */
export async function createOffersBulk(
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
		rows: StoredRow[];
		submit: boolean;
	}
): Promise<{ created: number; failures: StoredError[] }> {
	const failures: StoredError[] = [];
	const coords = await coordsOf(tx);
	const valid: { row: number; data: TOfferInput }[] = [];
	for (const r of rows) {
		const parsed = parseOfferInput({ ...r.input, institution: { id: institutionId } }, 'de');
		if (!parsed.ok) {
			const issue = parsed.issues[0]!;
			failures.push({
				row: r.row,
				column: columnOfField(issue.field),
				message: issue.message,
				phase: 'run'
			});
			continue;
		}
		const data = parsed.data;
		const loc = data.location;
		// Fill the district's coordinates here, so columnsOf needs no query per row.
		if (!loc.atInstitution && loc.district && (loc.lat == null || loc.lon == null)) {
			const c = coords.get(loc.district.slug);
			data.location = { ...loc, lat: c?.lat ?? null, lon: c?.lon ?? null };
		}
		valid.push({ row: r.row, data });
	}
	if (valid.length === 0) return { created: 0, failures };

	const now = new Date();
	const status: 'in_review' | 'draft' = submit ? 'in_review' : 'draft';
	const slugs = await uniqueSlugs(
		tx,
		valid.map((v) => v.data.title)
	);
	const values = await Promise.all(
		valid.map(async (v, i) => ({
			...(await columnsOf(tx, v.data)),
			slug: slugs[i]!,
			institutionId,
			status,
			submittedAt: submit ? now : null,
			createdBy,
			createdAt: now,
			updatedAt: now
		}))
	);
	const inserted = await tx.insert(offers).values(values).returning({ id: offers.id });

	const dates = valid.flatMap((v, i) =>
		v.data.schedule.type === 'dates'
			? v.data.schedule.dates.map((d) => ({
					offerId: inserted[i]!.id,
					startsAt: new Date(d.startsAt),
					endsAt: d.endsAt ? new Date(d.endsAt) : null,
					note: d.note
				}))
			: []
	);
	for (let i = 0; i < dates.length; i += 1000) {
		await tx.insert(offerDates).values(dates.slice(i, i + 1000));
	}

	const who = actorLabel(actor);
	await tx.insert(auditLog).values(
		valid.map((v, i) => ({
			...who,
			action: submit ? 'offer.create_submit' : 'offer.create',
			entityType: 'offer',
			entityId: inserted[i]!.id,
			institutionId,
			before: null,
			after: toJson({ status, ...v.data })
		}))
	);
	return { created: inserted.length, failures };
}

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
 * refused. One UPDATE per unpublished offer, the rest in bulk statements.
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
	const failures: StoredError[] = [];
	const coords = await coordsOf(tx);
	const ids = rows.map((r) => r.offerId);
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

	for (const r of rows) {
		const offer = current.get(r.offerId);
		const parsed = parseOfferInput({ ...r.input, institution: { id: institutionId } }, 'de');
		if (!offer || !parsed.ok) {
			const issue = parsed.ok ? undefined : parsed.issues[0];
			failures.push({
				row: r.row,
				column: issue ? columnOfField(issue.field) : '',
				message: issue?.message ?? 'Dieses Angebot gibt es nicht.',
				phase: 'run'
			});
			continue;
		}
		const data = parsed.data;
		const loc = data.location;
		if (!loc.atInstitution && loc.district && (loc.lat == null || loc.lon == null)) {
			const c = coords.get(loc.district.slug);
			data.location = { ...loc, lat: c?.lat ?? null, lon: c?.lon ?? null };
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
				values: { ...(await columnsOf(tx, data)), status, updatedAt: now }
			});
			audits.push({
				...base,
				action: submit ? 'offer.submit' : 'offer.save',
				before: toJson({ status: offer.status, ...before }),
				after: toJson({ status, ...data })
			});
		} else {
			failures.push({
				row: r.row,
				column: 'externe_id',
				message:
					'Archivierte Angebote lassen sich nicht bearbeiten. Duplizieren Sie das Angebot, um es erneut anzubieten.',
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
		const dates = rewritten.flatMap(({ id, data }) =>
			data.schedule.type === 'dates'
				? data.schedule.dates.map((d) => ({
						offerId: id,
						startsAt: new Date(d.startsAt),
						endsAt: d.endsAt ? new Date(d.endsAt) : null,
						note: d.note
					}))
				: []
		);
		for (let i = 0; i < dates.length; i += 1000) {
			await tx.insert(offerDates).values(dates.slice(i, i + 1000));
		}
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
