/** What the quality checks report, and their thresholds. */

/** Titles more similar than this (pg_trgm similarity, 0–1) count as likely duplicates. */
export const DUPLICATE_SIMILARITY = 0.6;

/** Life phases of children and young people: their offers should say for which ages. */
export const YOUNG_LIFE_PHASES = ['u3', 'kita', 'grundschule', 'sek1', 'jugend'] as const;

export const MISSING_CHECKS = [
	'summary',
	'registrationContact',
	'ages',
	'accessibility',
	'translation'
] as const;
export type MissingCheck = (typeof MISSING_CHECKS)[number];

export const QUALITY_SECTIONS = ['duplicates', 'stale', 'missing', 'past'] as const;
export type QualitySection = (typeof QUALITY_SECTIONS)[number];

export interface QualityOffer {
	id: string;
	slug: string;
	title: string;
	status: 'published' | 'in_review';
	institution: { id: string; name: string };
	/** Where it takes place: the venue's district, else the institution's. */
	districtSlug: string;
}

export interface DuplicatePair {
	a: QualityOffer;
	b: QualityOffer;
	/** Trigram similarity of the titles (accents and case ignored), 0–1. */
	similarity: number;
	sameInstitution: boolean;
	/** The district both take place in, or null. */
	sharedDistrict: string | null;
}

export interface StaleOffer extends QualityOffer {
	lastVerifiedAt: string | null;
}

export interface MissingFieldsOffer extends QualityOffer {
	missing: MissingCheck[];
}

export interface PastOffer extends QualityOffer {
	/** The last date (or the end of the recurrence); null for dated offers without any date. */
	lastDate: string | null;
}

export interface Section<T> {
	total: number;
	items: T[];
}

export interface QualityReport {
	staleAfterDays: number;
	duplicates: Section<DuplicatePair>;
	stale: Section<StaleOffer>;
	missing: Section<MissingFieldsOffer> & { byCheck: Record<MissingCheck, number> };
	past: Section<PastOffer>;
}
