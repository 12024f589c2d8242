/**
 * Localised links without the trailing slash Paraglide leaves on the English
 * start page ("/en/" → "/en"), which would otherwise cost a redirect.
 */
import { deLocalizeHref, localizeHref, type Locale } from '$lib/paraglide/runtime';

const withoutTrailingSlash = (href: string) => href.replace(/^(\/[^?#]*?)\/(?=[?#]|$)/, '$1');

/** `path` (unlocalised, e.g. "/" or "/kontakt") in the current or the given locale. */
export function localePath(path: string, locale?: Locale): string {
	return withoutTrailingSlash(localizeHref(path, locale ? { locale } : undefined));
}

/** The page at `url` in another locale. */
export function samePageIn(url: URL, locale: Locale): string {
	return localePath(deLocalizeHref(url.pathname + url.search), locale);
}
