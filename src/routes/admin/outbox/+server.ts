import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';

/** The issue calls it /admin/outbox; the interface is German: /admin/postausgang (admins only). */
export const GET: RequestHandler = () => {
	redirect(308, localizeHref('/admin/postausgang'));
};
