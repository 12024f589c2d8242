import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { getApp } from '$lib/server/app';
import { cityConfig } from '$lib/server/config/city';
import { AppError, ErrorCode } from '$lib/server/errors';
import { requireStaff } from '$lib/server/http/admin-guard';
import { bulkApprove, getOfferById, listReviewQueue, type QueueFilter } from '$lib/server/offers';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 50;

/** Query parameters; anything invalid is ignored rather than an error. */
const ZQuery = z.object({
	kind: z.enum(['new', 'change']).optional().catch(undefined),
	institution: z.uuid().optional().catch(undefined),
	district: z
		.string()
		.regex(/^[a-z0-9-]{1,80}$/)
		.optional()
		.catch(undefined),
	q: z.string().trim().max(200).optional().catch(undefined),
	page: z.coerce.number().int().min(1).max(10_000).catch(1),
	done: z.enum(['approved', 'changes', 'rejected']).optional().catch(undefined),
	offer: z.uuid().optional().catch(undefined)
});

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireStaff(locals);
	const { handle } = await getApp();
	const query = ZQuery.parse(Object.fromEntries(url.searchParams));
	const filter: QueueFilter = {
		kind: query.kind,
		institutionId: query.institution,
		districtSlug: query.district,
		q: query.q || undefined
	};
	const filtered = Object.values(filter).some((v) => v !== undefined);
	const all = await listReviewQueue(handle.db, { actor });
	const items = filtered ? await listReviewQueue(handle.db, { actor, filter }) : all;
	const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
	const page = Math.min(query.page, pages);

	const districtNames = new Map(cityConfig().districts.map((d) => [d.slug, d.name]));
	const institutions = [...new Map(all.map((i) => [i.institution.id, i.institution])).values()];
	institutions.sort((a, b) => a.name.localeCompare(b.name, 'de'));
	const districts = [...new Set(all.map((i) => i.districtSlug))]
		.map((slug) => ({ slug, name: districtNames.get(slug) ?? slug }))
		.sort((a, b) => a.name.localeCompare(b.name, 'de'));

	let done: { kind: 'approved' | 'changes' | 'rejected'; title: string } | null = null;
	if (query.done && query.offer) {
		const offer = await getOfferById(handle.db, query.offer);
		if (offer) done = { kind: query.done, title: offer.title };
	}

	return {
		filter: {
			kind: query.kind ?? '',
			institution: query.institution ?? '',
			district: query.district ?? '',
			q: query.q ?? ''
		},
		filtered,
		total: items.length,
		page,
		pageSize: PAGE_SIZE,
		items: items
			.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
			.map((i) => ({ ...i, districtName: districtNames.get(i.districtSlug) ?? i.districtSlug })),
		options: { institutions, districts },
		done
	};
};

const ZIds = z.array(z.uuid()).max(500);

export const actions: Actions = {
	/** First post: ask to confirm; second post (confirm=1): approve and report each failure. */
	bulk: async ({ locals, request }) => {
		const actor = requireStaff(locals);
		const form = await request.formData();
		const parsed = ZIds.safeParse([...new Set(form.getAll('ids').map(String))]);
		if (!parsed.success || parsed.data.length === 0) {
			return fail(400, { bulkError: m.admin_queue_bulk_none() });
		}
		const ids = parsed.data;
		const { handle } = await getApp();
		const queue = await listReviewQueue(handle.db, { actor });
		const titles = new Map(queue.map((i) => [i.offerId, i.title]));
		const titleOf = async (id: string) =>
			titles.get(id) ?? (await getOfferById(handle.db, id))?.title ?? id;

		if (form.get('confirm') !== '1') {
			return {
				confirm: {
					items: await Promise.all(ids.map(async (id) => ({ id, title: await titleOf(id) })))
				}
			};
		}
		try {
			const result = await bulkApprove(handle.db, { actor, offerIds: ids });
			return {
				result: {
					approved: await Promise.all(
						result.approved.map(async (id) => ({ id, title: await titleOf(id) }))
					),
					failed: await Promise.all(
						result.failed.map(async (f) => ({ ...f, title: await titleOf(f.offerId) }))
					)
				}
			};
		} catch (e) {
			if (e instanceof AppError && e.code === ErrorCode.Forbidden) error(403, e.message);
			throw e;
		}
	}
};
