import { z } from 'zod';
import { getApp } from '$lib/server/app';
import { listPortalOffers, OFFER_BUCKETS } from '$lib/server/portal';
import { isStaffUser, requireUser } from '$lib/server/portal/guard';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

/** Filters from the URL; a value that does not fit is ignored instead of failing. */
const ZQuery = z.object({
	q: z.string().trim().max(200).catch(''),
	status: z.enum(OFFER_BUCKETS).optional().catch(undefined),
	institution: z.string().trim().max(200).optional().catch(undefined),
	due: z
		.literal('1')
		.optional()
		.catch(undefined)
		.transform((v) => v === '1'),
	page: z.coerce.number().int().min(1).max(100_000).catch(1)
});

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user, actor } = requireUser(locals);
	const p = url.searchParams;
	const query = ZQuery.parse({
		q: p.get('q') ?? '',
		status: p.get('status') || undefined,
		institution: p.get('institution') || undefined,
		due: p.get('due') || undefined,
		page: p.get('page') ?? 1
	});
	const institutions = user.memberships.map((ms) => ({
		slug: ms.institutionSlug,
		name: ms.institutionName
	}));
	const institution = institutions.some((i) => i.slug === query.institution)
		? query.institution
		: undefined;
	const { handle } = await getApp();
	const result = await listPortalOffers(handle.db, {
		actor,
		filter: { q: query.q || undefined, status: query.status, institution, due: query.due },
		page: query.page,
		pageSize: PAGE_SIZE
	});
	return {
		query: {
			q: query.q,
			status: query.status ?? '',
			institution: institution ?? '',
			due: query.due,
			page: query.page
		},
		isStaff: isStaffUser(user),
		institutions,
		total: result.total,
		pageSize: result.pageSize,
		items: result.items.map((o) => ({
			id: o.id,
			title: o.title,
			institution: o.institution.name,
			status: o.status,
			changeState: o.changeState,
			lastVerifiedAt: o.lastVerifiedAt,
			updatedAt: o.updatedAt
		}))
	};
};
