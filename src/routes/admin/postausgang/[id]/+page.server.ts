import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { getApp } from '$lib/server/app';
import { errorPage, requireAdmin } from '$lib/server/http/admin-guard';
import { getOutboxMail } from '$lib/server/mail';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = requireAdmin(locals, m.admin_forbidden_admin_only());
	const id = z.uuid().safeParse(params.id);
	if (!id.success) error(404, m.admin_mail_not_found());
	const { handle } = await getApp();
	try {
		return { mail: await getOutboxMail(handle.db, { actor, id: id.data }) };
	} catch (e) {
		errorPage(e, m.admin_mail_not_found());
	}
};
