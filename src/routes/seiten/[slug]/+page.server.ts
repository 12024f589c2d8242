import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { getContentPage, RESERVED_SLUGS } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	// The static pages have their own addresses; their texts appear there.
	if ((RESERVED_SLUGS as readonly string[]).includes(params.slug)) {
		redirect(308, localizeHref(`/${params.slug}`));
	}
	const { handle } = await getApp();
	const page = await getContentPage(handle.db, params.slug, locals.locale, { fallback: true });
	if (!page) error(404, m.manage_page_not_found());
	return {
		page: { title: page.title, html: page.html, locale: page.locale, updatedAt: page.updatedAt },
		fallback: page.locale !== locals.locale
	};
};
