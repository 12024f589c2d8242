/**
 * Cached Intl formatters. Creating an Intl.DateTimeFormat (with a time zone)
 * costs far more than formatting with one, and pages format dozens of values,
 * so each locale + options combination is built once per process.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

/** The Intl locale for an interface locale: de-DE, or en-GB (day before month, 24-hour clock). */
export const intlLocale = (locale: string): string => (locale === 'en' ? 'en-GB' : 'de-DE');

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
	kind: string,
	locale: string,
	options: object,
	create: () => T
): T {
	const key = `${kind}|${locale}|${JSON.stringify(options)}`;
	let formatter = cache.get(key) as T | undefined;
	if (!formatter) {
		formatter = create();
		cache.set(key, formatter);
	}
	return formatter;
}

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}) =>
	cached('dt', locale, options, () => new Intl.DateTimeFormat(intlLocale(locale), options));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
	cached('nf', locale, options, () => new Intl.NumberFormat(intlLocale(locale), options));

export const listFormat = (locale: string, options: Intl.ListFormatOptions = {}) =>
	cached('lf', locale, options, () => new Intl.ListFormat(intlLocale(locale), options));
