/** The offer columns every quality section lists, and how a row becomes a QualityOffer. */
import { sql } from 'drizzle-orm';
import { institutions, offers } from '../db/schema';
import type { QualityOffer } from './quality.types';

/** What the public sees or is about to see. */
export const VISIBLE = ['published', 'in_review'] as const;

export const toIso = (v: unknown): string | null =>
	v == null ? null : (v instanceof Date ? v : new Date(String(v))).toISOString();

/** Offer columns every section lists. */
export function offerColumns(o: typeof offers, i: typeof institutions) {
	return {
		id: o.id,
		slug: o.slug,
		title: o.title,
		status: o.status,
		institutionId: i.id,
		institutionName: i.name,
		districtSlug: sql<string>`coalesce(${o.venueDistrictSlug}, ${i.districtSlug})`
	};
}

export type OfferColumns = {
	id: string;
	slug: string;
	title: string;
	status: string;
	institutionId: string;
	institutionName: string;
	districtSlug: string;
};

export const toOffer = (r: OfferColumns): QualityOffer => ({
	id: r.id,
	slug: r.slug,
	title: r.title,
	status: r.status as QualityOffer['status'],
	institution: { id: r.institutionId, name: r.institutionName },
	districtSlug: r.districtSlug
});
