import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { requireStaff } from '$lib/server/http/admin-guard';
import {
	CONTENT_LOCALES,
	listContentPages,
	RESERVED_SLUGS,
	ZContentLocale,
	ZContentSlug
} from '$lib/server/content';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals);
	const { handle } = await getApp();
	const pages = await listContentPages(handle.db);
	const key = (slug: string, locale: string) => `${slug}/${locale}`;
	const existing = new Map(pages.map((p) => [key(p.slug, p.locale), p]));
	// The static pages first (each language, even without a text yet), then the other pages.
	const rows = [
		...RESERVED_SLUGS.flatMap((slug) =>
			CONTENT_LOCALES.map((locale) => ({
				slug,
				locale,
				reserved: true,
				page: existing.get(key(slug, locale)) ?? null
			}))
		),
		...pages
			.filter((p) => !(RESERVED_SLUGS as readonly string[]).includes(p.slug))
			.map((p) => ({ slug: p.slug, locale: p.locale, reserved: false, page: p }))
	];
	return { rows, deleted: url.searchParams.get('geloescht') };
};

export const actions: Actions = {
	/** "Neue Seite": checks slug and language, then opens the (empty) editor. */
	create: async ({ locals, request }) => {
		requireStaff(locals);
		const fd = await request.formData();
		const values = { slug: String(fd.get('slug') ?? ''), locale: String(fd.get('locale') ?? '') };
		const slug = ZContentSlug.safeParse(values.slug);
		const locale = ZContentLocale.safeParse(values.locale);
		if (!slug.success || !locale.success) {
			const issues = [
				...(slug.success ? [] : [{ field: 'slug', message: slug.error.issues[0]!.message }]),
				...(locale.success ? [] : [{ field: 'locale', message: locale.error.issues[0]!.message }])
			];
			return fail(400, { values, message: issues[0]!.message, issues });
		}
		redirect(303, localizeHref(`/admin/seiten/${slug.data}/${locale.data}`));
	}
};
