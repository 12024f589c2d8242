/**
 * Deterministic demo data for the configured city (built for Salzgitter):
 * institutions of every type in every district and N published offers (plus
 * ~5 % drafts, offers in review and archived ones). The same seed and the
 * same day of `now` give exactly the same rows. Inserts run in batches inside
 * one transaction.
 */
import { asc } from 'drizzle-orm';
import type { Db } from '../db/client';
import { districts, institutions, offerDates, offers } from '../db/schema';
import { cityConfig } from '../config/city';
import { taxonomies } from '../config/taxonomies';
import { generateInstitutions } from './institutions';
import { OfferFactory, type OfferDateRow, type OfferRow } from './offers';
import { offerSpecs } from './plan';
import { Rng } from './rng';
import { LocalCalendar } from './time';

export interface SeedOptions {
	/** Number of published offers to create (default 1,200). */
	offers?: number;
	/** PRNG seed: the same seed gives the same data. */
	seed?: number;
	/** "Today" for generated dates (default: now). Only its local day matters. */
	now?: Date;
}

const INSTITUTION_BATCH = 500;
const OFFER_BATCH = 1000;
const DATE_BATCH = 5000;

export async function seedDemoData(
	db: Db,
	opts: SeedOptions = {}
): Promise<{ institutions: number; offers: number }> {
	const published = Math.max(0, Math.floor(opts.offers ?? 1200));
	const seed = opts.seed ?? 1;
	const { city } = cityConfig();
	const cal = new LocalCalendar(city.timezone, opts.now ?? new Date());

	const districtRows = await db.select().from(districts).orderBy(asc(districts.slug));
	if (districtRows.length === 0) {
		throw new Error('Keine Stadtteile in der Datenbank: zuerst syncDistricts() ausführen.');
	}
	const phaseAges = new Map(
		taxonomies()['life-phases'].map((t) => [t.code, [t.ageMin ?? null, t.ageMax ?? null]] as const)
	);

	const total = Math.max(150, Math.round(published / 8));
	const inst = generateInstitutions(
		Rng.derive(seed, 'institutions'),
		cal,
		districtRows,
		total,
		city.postalCodes
	);
	const offerRng = Rng.derive(seed, 'offers');
	const factory = new OfferFactory({
		rng: offerRng,
		cal,
		institutions: inst.list,
		districts: new Map(districtRows.map((d) => [d.slug, d])),
		postalCodes: city.postalCodes,
		phaseAges: phaseAges as Map<string, [number | null, number | null]>
	});
	const extras = Math.round(published * 0.05);

	await db.transaction(async (tx) => {
		for (let i = 0; i < inst.rows.length; i += INSTITUTION_BATCH) {
			await tx.insert(institutions).values(inst.rows.slice(i, i + INSTITUTION_BATCH));
		}
		let offerBatch: OfferRow[] = [];
		const dateBatch: OfferDateRow[] = [];
		const flush = async (all: boolean) => {
			if (offerBatch.length > 0) await tx.insert(offers).values(offerBatch);
			offerBatch = [];
			while (dateBatch.length >= DATE_BATCH || (all && dateBatch.length > 0)) {
				await tx.insert(offerDates).values(dateBatch.splice(0, DATE_BATCH));
			}
		};
		for (const spec of offerSpecs(published, extras, offerRng)) {
			const { offer, dates } = factory.make(spec);
			offerBatch.push(offer);
			for (const d of dates) dateBatch.push(d);
			if (offerBatch.length >= OFFER_BATCH) await flush(false);
		}
		await flush(true);
	});
	return { institutions: inst.rows.length, offers: published };
}

/** Deletes all offers, their dates and all institutions (for `npm run seed -- --reset`). */
export async function resetDemoData(db: Db): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.delete(offerDates);
		await tx.delete(offers);
		await tx.delete(institutions);
	});
}
