/** The language of API labels and error texts: ?lang=, then Accept-Language, then German. */
import { z } from 'zod';

export const apiLocales = ['de', 'en'] as const;
export type ApiLocale = (typeof apiLocales)[number];

export const ZApiLang = z
	.enum(apiLocales)
	.describe(
		'Language of labels and error messages. Overrides the Accept-Language header; default de.'
	);

/** For endpoints whose only query parameter is `lang`; other parameters are ignored. */
export const ZLangQuery = z.object({ lang: ZApiLang.optional() });

const isApiLocale = (v: string | null | undefined): v is ApiLocale =>
	v != null && (apiLocales as readonly string[]).includes(v);

/** The first supported language in an Accept-Language header, by q-value. */
export function localeFromAcceptLanguage(header: string | null): ApiLocale | undefined {
	if (!header) return undefined;
	const ranked = header
		.split(',')
		.map((part, index) => {
			const [tag = '', ...params] = part.trim().split(';');
			const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			const q = qParam ? Number(qParam.slice(2)) : 1;
			return { lang: tag.trim().toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0, index };
		})
		.filter((r) => r.q > 0)
		.sort((a, b) => b.q - a.q || a.index - b.index);
	return ranked.find((r) => isApiLocale(r.lang))?.lang as ApiLocale | undefined;
}

/**
 * Lenient on purpose: an unsupported ?lang= falls through to the header here,
 * and the query validation then reports it (in the header's language).
 */
export function resolveApiLocale(url: URL, headers: Headers, pathLocale?: string): ApiLocale {
	const lang = url.searchParams.get('lang');
	if (isApiLocale(lang)) return lang;
	if (pathLocale === 'en') return 'en';
	return localeFromAcceptLanguage(headers.get('accept-language')) ?? 'de';
}
