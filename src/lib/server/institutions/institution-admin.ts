/**
 * The back office's institution list: the directory's filters (name, type,
 * district) with 50 per page, each row with its published offers and members.
 */
import { asc, count, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { institutions, memberships } from '../db/schema';
import { assertCan, isStaff, type Actor } from '../accounts';
import { zCode, zPage } from '../query-params';
import { listInstitutions } from './institution.queries';
import type { TInstitution } from './institution.schemas';

export const ADMIN_INSTITUTION_PAGE_SIZE = 50;

const blank = (v: unknown) => (v === '' || v === null ? undefined : v);

export const ZAdminInstitutionFilter = z.object({
	q: z.preprocess(blank, z.string().trim().max(200).optional()),
	type: z.preprocess(blank, zCode.optional()),
	district: z.preprocess(blank, zCode.optional()),
	// The filter form sends no page: a missing (blank) page is the first one.
	page: z.preprocess(blank, zPage)
});
export type TAdminInstitutionFilter = z.input<typeof ZAdminInstitutionFilter>;

export interface AdminInstitutionRow {
	id: string;
	slug: string;
	name: string;
	typeLabel: string;
	districtName: string;
	publishedOffers: number;
	members: number;
}

export async function listInstitutionsForAdmin(
	db: Db,
	{ actor, filter, locale }: { actor: Actor; filter: TAdminInstitutionFilter; locale?: string }
): Promise<{ total: number; page: number; pageSize: number; items: AdminInstitutionRow[] }> {
	assertCan(isStaff(actor), 'Die Einrichtungsverwaltung ist dem Bildungsbüro vorbehalten.');
	const f = ZAdminInstitutionFilter.parse(filter);
	const result = await listInstitutions(
		db,
		{
			q: f.q ?? '',
			type: f.type ? [f.type] : [],
			district: f.district ? [f.district] : [],
			page: f.page,
			pageSize: ADMIN_INSTITUTION_PAGE_SIZE
		},
		{ locale }
	);
	const ids = result.items.map((i) => i.id);
	const counts = ids.length
		? await db
				.select({ institutionId: memberships.institutionId, n: count() })
				.from(memberships)
				.where(inArray(memberships.institutionId, ids))
				.groupBy(memberships.institutionId)
		: [];
	const members = new Map(counts.map((c) => [c.institutionId, c.n]));
	return {
		total: result.total,
		page: f.page,
		pageSize: ADMIN_INSTITUTION_PAGE_SIZE,
		items: result.items.map((i: TInstitution) => ({
			id: i.id,
			slug: i.slug,
			name: i.name,
			typeLabel: i.typeLabel,
			districtName: i.address.district.name,
			publishedOffers: i.offerCount,
			members: members.get(i.id) ?? 0
		}))
	};
}

/** Every institution as { id, slug, name }, by name — for selects on staff pages. */
export async function listInstitutionChoices(
	db: Db,
	{ actor }: { actor: Actor }
): Promise<{ id: string; slug: string; name: string }[]> {
	assertCan(isStaff(actor), 'Die Einrichtungsverwaltung ist dem Bildungsbüro vorbehalten.');
	return db
		.select({ id: institutions.id, slug: institutions.slug, name: institutions.name })
		.from(institutions)
		.orderBy(sql`lower(${institutions.name})`, asc(institutions.id));
}
