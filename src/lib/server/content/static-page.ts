import type { Db } from '../db/client';
import { getContentPage } from './content-pages';

/**
 * The staff-written addition to one of the static pages, in the page's
 * language or German; null when there is none.
 */
export async function contentAddition(
	db: Db,
	slug: 'impressum' | 'datenschutz' | 'barrierefreiheit' | 'kontakt',
	locale: string
): Promise<{ title: string; html: string; locale: string } | null> {
	const page = await getContentPage(db, slug, locale, { fallback: true });
	return page ? { title: page.title, html: page.html, locale: page.locale } : null;
}
