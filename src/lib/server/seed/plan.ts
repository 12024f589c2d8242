/** Which offers to create, in which order: guaranteed ones first, so small runs have them too. */
import { ARCHETYPES } from './catalog';
import type { OfferSpec, OfferStatus } from './offers';
import type { Rng } from './rng';

/** Guaranteed offers that demo journeys and tests rely on. */
const GUARANTEED: OfferSpec[] = [
	...Array.from({ length: 4 }, () => ({
		arch: 'schwimmkurs',
		district: 'lebenstedt',
		free: true,
		future: true
	})),
	{ arch: 'schwimmkurs', notDistrict: 'lebenstedt', free: false },
	{ arch: 'schwimmkurs', notDistrict: 'lebenstedt', free: false },
	{ arch: 'sprachkurs-deutsch', title: 'Sprachkurs Deutsch A1' },
	{ arch: 'sprachkurs-deutsch', title: 'Sprachkurs Deutsch für den Alltag' },
	{ arch: 'integrationskurs', title: 'Integrationskurs mit Kinderbetreuung (Elternkurs)' },
	{ arch: 'integrationskurs', title: 'Integrationskurs' },
	{ arch: 'sprachfoerderung-kita', title: 'Sprachförderung im Kita-Alltag' },
	{ arch: 'elterncafe', lang: 'tr' },
	{ arch: 'migrationsberatung', lang: 'ar' },
	{ arch: 'computer-senioren', lang: 'ru' },
	{ arch: 'begegnungscafe', lang: 'uk' },
	{ arch: 'herkunftssprache', lang: 'pl' }
];

/** The specs of all offers: guaranteed ones, one per archetype, random ones, then unpublished extras. */
export function* offerSpecs(published: number, extras: number, rng: Rng): Generator<OfferSpec> {
	const fixed = [...GUARANTEED, ...ARCHETYPES.map((a) => ({ arch: a.key }))];
	for (let i = 0; i < published; i++) yield fixed[i] ?? {};
	for (let i = 0; i < extras; i++) {
		yield {
			status: rng.weighted<OfferStatus>([
				['draft', 4],
				['in_review', 3.5],
				['archived', 2.5]
			])
		};
	}
}
