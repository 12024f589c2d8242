/**
 * The fast path for new offers: one batch of rows becomes offers with a few
 * statements (insert offers, insert dates, insert audit entries) instead of
 * ~10 queries per row through createOffer. Same validation (parseOfferInput),
 * same columns (columnsOf), same statuses and audit entries as createOffer.
 *
 * Measured on PGlite: createOffer per row managed ~50 rows/s, which would
 * have been ~100 s for 5,000 rows; see docs/handbook/import.md for the
 * figures of this path. A batch that fails as a whole is retried row by row
 * through createOffer by run.ts, so a single bad row cannot sink the others.
 */
import { randomBytes } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { auditLog, districts, offerDates, offers } from '../db/schema';
import { actorLabel } from '../audit';
import type { Actor } from '../accounts';
import { slugify } from '../../slug';
import { columnsOf } from '../offers/offer-write';
import { parseOfferInput, type TOfferInput } from '../offers/offer-input';
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
export type OfferColumns = Awaited<ReturnType<typeof columnsOf>>;

/** The same JSON the audit log stores through recordAudit. */
export const toJson = (v: unknown): unknown =>
	v === undefined ? null : JSON.parse(JSON.stringify(v));

/** Inserts the single dates of dated offers (in chunks, for very long lists). */
export async function insertDates(tx: Db, items: { id: string; data: TOfferInput }[]) {
	const dates = items.flatMap(({ id, data }) =>
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

/**
 * Validates stored rows again (as createOffer and saveOffer do) and works
 * out their offer columns. A venue's coordinates come from its district here
 * (one query per process, not one per row); the body itself stays as the use
 * cases keep it, coordinates unset, for the audit entry.
 */
export async function prepareRows<R extends StoredRow>(
	db: Db,
	institutionId: string,
	rows: R[]
): Promise<{
	valid: (R & { data: TOfferInput; columns: OfferColumns })[];
	failures: StoredError[];
}> {
	const coords = await coordsOf(db);
	const valid: (R & { data: TOfferInput; columns: OfferColumns })[] = [];
	const failures: StoredError[] = [];
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
		let located = data;
		if (!loc.atInstitution && loc.district && (loc.lat == null || loc.lon == null)) {
			const c = coords.get(loc.district.slug);
			located = { ...data, location: { ...loc, lat: c?.lat ?? null, lon: c?.lon ?? null } };
		}
		valid.push({ ...r, data, columns: await columnsOf(db, located) });
	}
	return { valid, failures };
}

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
	const { valid, failures } = await prepareRows(tx, institutionId, rows);
	if (valid.length === 0) return { created: 0, failures };

	const now = new Date();
	const status: 'in_review' | 'draft' = submit ? 'in_review' : 'draft';
	const slugs = await uniqueSlugs(
		tx,
		valid.map((v) => v.data.title)
	);
	const values = await Promise.all(
		valid.map(async (v, i) => ({
			...v.columns,
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

	await insertDates(
		tx,
		valid.map((v, i) => ({ id: inserted[i]!.id, data: v.data }))
	);

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
