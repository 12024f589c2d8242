/**
 * Likely duplicates: pairs of published or in-review offers whose titles are
 * similar (pg_trgm's measure, computed in trigrams.ts) and that belong to the
 * same institution or take place in the same district. Comparing in
 * JavaScript keeps PGlite's event loop free: similarity() over every pair of a
 * large district took seconds there, this takes about 0.2 s for 1,260 offers.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { institutions, offers } from '../db/schema';
import { offerColumns, toOffer, VISIBLE } from './offer-rows';
import {
	DUPLICATE_SIMILARITY,
	type DuplicatePair,
	type QualityOffer,
	type Section
} from './quality.types';
import { trigramSimilarity, trigrams } from './trigrams';

/** Likely duplicates, most similar first: similar titles at the same institution or in the same district. */
export async function findDuplicates(db: Db, limit: number): Promise<Section<DuplicatePair>> {
	const rows = await db
		.select(offerColumns(offers, institutions))
		.from(offers)
		.innerJoin(institutions, eq(institutions.id, offers.institutionId))
		.where(inArray(offers.status, [...VISIBLE]));
	const items = rows.map((r) => ({ offer: toOffer(r), grams: trigrams(r.title) }));
	const groups = (key: (o: QualityOffer) => string) => {
		const map = new Map<string, typeof items>();
		for (const it of items) {
			const k = key(it.offer);
			const group = map.get(k);
			if (group) group.push(it);
			else map.set(k, [it]);
		}
		return [...map.values()];
	};
	const pairs: DuplicatePair[] = [];
	const compare = (group: typeof items, skip: (x: QualityOffer, y: QualityOffer) => boolean) => {
		for (let i = 0; i < group.length; i++) {
			for (let j = i + 1; j < group.length; j++) {
				const x = group[i]!;
				const y = group[j]!;
				if (skip(x.offer, y.offer)) continue;
				const similarity = trigramSimilarity(x.grams, y.grams);
				if (similarity <= DUPLICATE_SIMILARITY) continue;
				const [a, b] = x.offer.id < y.offer.id ? [x.offer, y.offer] : [y.offer, x.offer];
				pairs.push({
					a,
					b,
					similarity: Math.round(similarity * 100) / 100,
					sameInstitution: a.institution.id === b.institution.id,
					sharedDistrict: a.districtSlug === b.districtSlug ? a.districtSlug : null
				});
			}
		}
	};
	// Same institution; then same district at different institutions (each pair once).
	for (const g of groups((o) => o.institution.id)) compare(g, () => false);
	for (const g of groups((o) => o.districtSlug)) {
		compare(g, (x, y) => x.institution.id === y.institution.id);
	}
	pairs.sort(
		(x, y) =>
			y.similarity - x.similarity ||
			x.a.title.localeCompare(y.a.title, 'de') ||
			x.a.id.localeCompare(y.a.id) ||
			x.b.id.localeCompare(y.b.id)
	);
	return { total: pairs.length, items: pairs.slice(0, limit) };
}
