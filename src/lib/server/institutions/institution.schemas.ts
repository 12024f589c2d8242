/**
 * The public shape of an institution (API items, directory pages) and the
 * directory's filter parameters, shared by /einrichtungen and /api/v1/institutions.
 * Multi-valued filters are repeated parameters (?type=kita&type=grundschule) or
 * comma-separated; values within one filter are OR'ed, filters are AND'ed.
 */
import { z } from 'zod';
import { zCodeList, zPage, zPageSize } from '../query-params';

export const ZOpeningHoursLine = z.object({
	days: z.string().describe('Days as written by the institution, e.g. "Mo–Fr"'),
	opens: z.string().describe('Local time HH:MM (Europe/Berlin)'),
	closes: z.string().describe('Local time HH:MM (Europe/Berlin)'),
	note: z.string().nullable()
});

export const ZInstitution = z
	.object({
		id: z.uuid(),
		slug: z.string(),
		url: z.string().describe('Absolute URL of the public institution page'),
		name: z.string(),
		type: z.string().describe('Code from the institution-types taxonomy, e.g. "kita"'),
		typeLabel: z.string().describe('Label of the type in the response language'),
		operator: z.string().nullable().describe('The organisation behind it (Träger)'),
		description: z.string().nullable(),
		address: z.object({
			street: z.string(),
			postalCode: z.string(),
			locality: z.string(),
			district: z.object({ slug: z.string(), name: z.string() })
		}),
		lat: z.number(),
		lon: z.number(),
		contact: z.object({
			email: z.string().nullable(),
			phone: z.string().nullable(),
			website: z.string().nullable()
		}),
		openingHours: z.array(ZOpeningHoursLine),
		languages: z.array(z.string()).describe('ISO 639-1 codes of the languages staff speak'),
		accessibility: z.object({
			wheelchairAccessible: z.boolean().nullable(),
			notes: z.string().nullable()
		}),
		offerCount: z.number().int().describe('Number of published offers'),
		updatedAt: z.iso.datetime({ offset: true })
	})
	.meta({ id: 'Institution' });

export type TInstitution = z.infer<typeof ZInstitution>;

export const ZInstitutionListQuery = z
	.object({
		/** Part of the name; case and accents are ignored. */
		q: z.string().trim().max(200).optional().default(''),
		/** Institution type code(s). */
		type: zCodeList,
		/** District slug(s). */
		district: zCodeList,
		/** Language code(s) staff speak (any of them). */
		language: zCodeList,
		page: zPage,
		pageSize: zPageSize
	})
	.meta({ id: 'InstitutionListQuery' });

/** Parsed filters (defaults applied). */
export type TInstitutionListQuery = z.infer<typeof ZInstitutionListQuery>;
/** What listInstitutions accepts: any subset of the parsed filters. */
export type InstitutionFilters = Partial<TInstitutionListQuery>;

export interface InstitutionPage {
	total: number;
	page: number;
	pageSize: number;
	items: TInstitution[];
}

export interface DistrictCounts {
	/** Published offers whose venue lies in the district. */
	offers: number;
	/** Institutions located in the district. */
	institutions: number;
}
