import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { failFromError, requireStaff } from '$lib/server/http/admin-guard';
import {
	deleteContentPage,
	getContentPage,
	MAX_BODY_LENGTH,
	renderMarkdown,
	RESERVED_SLUGS,
	saveContentPage,
	ZContentLocale,
	ZContentSlug
} from '$lib/server/content';
import type { Actions, PageServerLoad } from './$types';

function pageKey(params: { slug: string; locale: string }) {
	const slug = ZContentSlug.safeParse(params.slug);
	const locale = ZContentLocale.safeParse(params.locale);
	if (!slug.success || !locale.success) error(404, m.manage_pages_not_found());
	return { slug: slug.data, locale: locale.data };
}

const text = (fd: FormData, name: string) => {
	const v = fd.get(name);
	return typeof v === 'string' ? v : '';
};

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireStaff(locals);
	const { slug, locale } = pageKey(params);
	const { handle } = await getApp();
	const page = await getContentPage(handle.db, slug, locale);
	const reserved = (RESERVED_SLUGS as readonly string[]).includes(slug);
	return {
		slug,
		locale,
		reserved,
		publicPath: reserved ? `/${slug}` : `/seiten/${slug}`,
		exists: !!page,
		values: { title: page?.title ?? '', body: page?.body ?? '' },
		updatedAt: page?.updatedAt ?? null,
		maxLength: MAX_BODY_LENGTH,
		confirmDelete: !!page && url.searchParams.has('loeschen'),
		saved: url.searchParams.has('gespeichert')
	};
};

export const actions: Actions = {
	/** Renders the sanitized HTML of the text as typed, without saving. */
	preview: async ({ locals, params, request }) => {
		requireStaff(locals);
		pageKey(params);
		const fd = await request.formData();
		const values = { title: text(fd, 'title'), body: text(fd, 'body') };
		return { values, previewHtml: renderMarkdown(values.body.slice(0, MAX_BODY_LENGTH)) };
	},
	save: async ({ locals, params, request }) => {
		const actor = requireStaff(locals);
		const { slug, locale } = pageKey(params);
		const fd = await request.formData();
		const values = { title: text(fd, 'title'), body: text(fd, 'body') };
		const { handle } = await getApp();
		try {
			await saveContentPage(handle.db, { actor, input: { slug, locale, ...values } });
		} catch (e) {
			return failFromError(e, { values });
		}
		redirect(303, localizeHref(`/admin/seiten/${slug}/${locale}?gespeichert=1`));
	},
	delete: async ({ locals, params }) => {
		const actor = requireStaff(locals);
		const { slug, locale } = pageKey(params);
		const { handle } = await getApp();
		try {
			await deleteContentPage(handle.db, { actor, slug, locale });
		} catch (e) {
			return failFromError(e, { values: { title: '', body: '' } });
		}
		redirect(
			303,
			localizeHref(`/admin/seiten?geloescht=${encodeURIComponent(`${slug}/${locale}`)}`)
		);
	}
};
