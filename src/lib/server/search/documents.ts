/**
 * Which text of an offer is searchable, in which field, with which weight.
 *
 * Field weights make a title match outrank a tag match outrank a body match:
 * a term's score in a field saturates at weight × (k1 + 1) (BM25), and body's
 * ceiling (1 × 2.2) stays below one tag hit (2.5 × 1, tags are not
 * length-normalised) and below one title hit (4 × ~1).
 */
import { termLabel, type TaxonomyName } from '../config/taxonomies';
import type { TOffer } from '../offers/offer.schemas';

export interface FieldSpec {
	name: string;
	weight: number;
	/** BM25 length normalisation (0 = none, 1 = full). */
	b: number;
}

export const FIELDS: readonly FieldSpec[] = [
	{ name: 'title', weight: 4, b: 0.3 },
	/** Titles in other languages (en, tr, ar …): a title, in another language. */
	{ name: 'translatedTitle', weight: 3, b: 0.3 },
	/** Topic and life-phase labels (German and English) and languages held in. */
	{ name: 'tags', weight: 2.5, b: 0 },
	/** Institution name and venue name. */
	{ name: 'institution', weight: 2.5, b: 0.3 },
	{ name: 'district', weight: 1.5, b: 0 },
	{ name: 'body', weight: 1, b: 0.75 },
	{ name: 'translatedBody', weight: 1, b: 0.75 }
];
export const FIELD_COUNT = FIELDS.length;
export const BM25_K1 = 1.2;

const labelCache = new Map<string, string>();

/** German and English label of a taxonomy code (cached: called for every offer). */
function labels(taxonomy: TaxonomyName, code: string): string {
	const key = `${taxonomy}\u0000${code}`;
	let text = labelCache.get(key);
	if (text === undefined) {
		const de = termLabel(taxonomy, code, 'de');
		const en = termLabel(taxonomy, code, 'en');
		text = de === en ? de : `${de} ${en}`;
		labelCache.set(key, text);
	}
	return text;
}

/** The searchable text of an offer, one string per field of FIELDS (same order). */
export function fieldTexts(offer: TOffer): string[] {
	const translatedTitles: string[] = [];
	const translatedBodies: string[] = [];
	for (const t of Object.values(offer.translations)) {
		translatedTitles.push(t.title);
		if (t.summary) translatedBodies.push(t.summary);
		if (t.description) translatedBodies.push(t.description);
	}
	const tags: string[] = [];
	for (const code of offer.topics) tags.push(labels('topics', code));
	for (const code of offer.lifePhases) tags.push(labels('life-phases', code));
	// German is the default language of nearly every offer: as a tag it would
	// make "Deutsch" match everything.
	for (const code of offer.languages) if (code !== 'de') tags.push(labels('languages', code));
	return [
		offer.title,
		translatedTitles.join(' '),
		tags.join(' '),
		offer.location.name
			? `${offer.institution.name} ${offer.location.name}`
			: offer.institution.name,
		offer.location.district.name,
		offer.summary ? `${offer.summary} ${offer.description}` : offer.description,
		translatedBodies.join(' ')
	];
}
