/**
 * Formatting for the interface, always through Intl in the current locale
 * (de-DE for German, en-GB for English: day before month, 24-hour clock).
 */
import { dateTimeFormat, listFormat, numberFormat } from '$lib/intl';
import { getLocale } from '$lib/paraglide/runtime';

export function formatNumber(n: number, locale?: string): string {
	return numberFormat(locale ?? getLocale()).format(n);
}

/** A calendar day given as YYYY-MM-DD or an ISO timestamp, e.g. "26. November 2026". */
export function formatDate(value: string, locale?: string): string {
	const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
	return dateTimeFormat(locale ?? getLocale(), {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Berlin'
	}).format(date);
}

/** A list like "Deutsch, Türkisch und Arabisch". */
export function formatList(items: string[], locale?: string): string {
	return listFormat(locale ?? getLocale(), { style: 'long', type: 'conjunction' }).format(items);
}

/** tel: link for a phone number as written in German ("05341 839-0" → "tel:053418390"). */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The host of a URL for display ("https://www.example.de/a" → "www.example.de"). */
export function displayHost(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return url;
	}
}
