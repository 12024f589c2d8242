/**
 * Query-string validation for the API: every invalid parameter becomes one
 * entry of the 400 problem's `errors`, with a message in the response language.
 */
import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { AppError, ErrorCode, type FieldIssue } from '../errors';
import { searchParamsToObject } from '../search/search.schemas';
import type { ApiLocale } from './locale';

/** Parameters whose format errors are about a calendar date. */
const dateFields = new Set(['from', 'to']);

/** Custom issues raised by the API's own refinements carry one of these keys. */
export const customIssueKeys = {
	date: m.api_field_date,
	date_order: m.api_field_date_order,
	uuid: m.api_field_uuid
} as const;
export type CustomIssueKey = keyof typeof customIssueKeys;

type Issue = z.core.$ZodIssue;

function fieldOf(issue: Issue): string {
	const named = issue.path.filter((p): p is string => typeof p === 'string');
	return named.join('.') || 'query';
}

function issueMessage(issue: Issue, field: string, locale: ApiLocale): string {
	const o = { locale };
	switch (issue.code) {
		case 'invalid_type':
			if (issue.expected === 'number') return m.api_field_number({}, o);
			if (issue.expected === 'int') return m.api_field_integer({}, o);
			if (issue.expected === 'string') return m.api_field_single({}, o);
			return m.api_field_invalid({}, o);
		case 'too_big': {
			const max = String(issue.maximum);
			if (issue.origin === 'string') return m.api_field_max_length({ max }, o);
			if (issue.origin === 'array') return m.api_field_max_items({ max }, o);
			return m.api_field_max({ max }, o);
		}
		case 'too_small': {
			const min = String(issue.minimum);
			if (issue.origin === 'string') return m.api_field_min_length({ min }, o);
			return m.api_field_min({ min }, o);
		}
		case 'invalid_format':
			if (dateFields.has(field)) return m.api_field_date({}, o);
			if (issue.format === 'regex') return m.api_field_code({}, o);
			if (issue.format === 'uuid' || issue.format === 'guid') return m.api_field_uuid({}, o);
			return m.api_field_invalid({}, o);
		case 'invalid_value': {
			const values = issue.values.filter((v) => v !== '' && v != null).join(', ');
			return m.api_field_one_of({ values }, o);
		}
		case 'custom': {
			const key = (issue.params as { key?: string } | undefined)?.key;
			if (key && key in customIssueKeys) return customIssueKeys[key as CustomIssueKey]({}, o);
			if (dateFields.has(field)) return m.api_field_date({}, o);
			return m.api_field_invalid({}, o);
		}
		default:
			if (dateFields.has(field)) return m.api_field_date({}, o);
			return m.api_field_invalid({}, o);
	}
}

/** Zod issues → one { field, message } per distinct problem, in the given language. */
export function fieldIssues(issues: readonly Issue[], locale: ApiLocale): FieldIssue[] {
	const seen = new Set<string>();
	const out: FieldIssue[] = [];
	for (const issue of issues) {
		const field = fieldOf(issue);
		const message = issueMessage(issue, field, locale);
		const key = `${field}\u0000${message}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({ field, message });
	}
	return out;
}

/** Parses URL search parameters with a schema or throws AppError(invalid_input) listing every bad field. */
export function parseQuery<S extends z.ZodType>(
	schema: S,
	params: URLSearchParams,
	locale: ApiLocale
): z.output<S> {
	const result = schema.safeParse(searchParamsToObject(params));
	if (result.success) return result.data;
	throw new AppError(
		ErrorCode.InvalidInput,
		m.api_detail_invalid_query({}, { locale }),
		fieldIssues(result.error.issues, locale)
	);
}
