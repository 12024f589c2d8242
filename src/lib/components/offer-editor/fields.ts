/** Ids and messages of the offer editor's form fields (shared by its components). */
import type { FieldIssue } from '$lib/server/errors';

/** The element id of a form field: `schedule.dates.1.start` → `f-schedule-dates-1-start`. */
export const fieldId = (name: string): string => `f-${name.replace(/[^\w-]/g, '-')}`;

export const errorId = (name: string): string => `${fieldId(name)}-error`;
export const hintId = (name: string): string => `${fieldId(name)}-hint`;

/** aria-describedby for a field with an optional hint and an optional error. */
export function describedBy(name: string, hint: boolean, error: string | undefined) {
	const ids = [hint ? hintId(name) : null, error ? errorId(name) : null].filter(Boolean);
	return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Field name → its (first) message. */
export function errorMap(errors: FieldIssue[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const e of errors) out[e.field] ??= e.message;
	return out;
}

export interface Option {
	value: string;
	label: string;
	/** Language of the label when it is not the page's (native language names). */
	lang?: string;
}

/** RRULE weekday codes, Monday first. */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
