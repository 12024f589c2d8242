import { m } from '$lib/paraglide/messages';
import { getApp } from '$lib/server/app';
import { requireAdmin } from '$lib/server/http/admin-guard';
import { listOutbox } from '$lib/server/mail';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireAdmin(locals, m.admin_forbidden_admin_only());
	const raw = Number(url.searchParams.get('page') ?? '1');
	const page = Number.isInteger(raw) && raw >= 1 && raw <= 10_000 ? raw : 1;
	const { handle } = await getApp();
	const result = await listOutbox(handle.db, { actor, page, pageSize: PAGE_SIZE });
	return { ...result, page, pageSize: PAGE_SIZE };
};
