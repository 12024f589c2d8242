import { dateTimeFormat } from '$lib/intl';
import { getLocale } from '$lib/paraglide/runtime';

/** Date and time in the city's zone, e.g. "3. Dezember 2026, 14:05". */
export function formatDateTime(iso: string, locale?: string): string {
	return dateTimeFormat(locale ?? getLocale(), {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'Europe/Berlin'
	}).format(new Date(iso));
}
