/**
 * URL helpers for the offer finder. Every state of the finder lives in the URL
 * (parameter names = ZOfferSearchQuery keys, plus `view`), so each helper takes
 * the current parameters and returns new ones; the caller turns them into an
 * href with `finderHref(base, params)`.
 *
 * Any change of what is searched for drops `page`, so a new result list starts
 * on its first page.
 */

/** Values that need not be in the URL because they are the defaults. */
const DEFAULTS: Record<string, string> = {
	sort: 'relevance',
	page: '1',
	pageSize: '20',
	view: 'list'
};

/** Parameters that are not filters: kept by "reset all filters". */
const NOT_FILTERS = new Set(['q', 'sort', 'near', 'view', 'pageSize']);

function copy(params: URLSearchParams): URLSearchParams {
	return new URLSearchParams(params);
}

/** The single values of a parameter, with comma-separated lists split up. */
export function valuesOf(params: URLSearchParams, key: string): string[] {
	return params
		.getAll(key)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter((v) => v !== '');
}

/**
 * Canonical parameters: no empty values, no defaults, `near` only with
 * `sort=distance`, repeated keys in a stable order. Used for form data before
 * navigating, so URLs stay short and shareable.
 */
export function cleanParams(
	input: URLSearchParams | Iterable<[string, FormDataEntryValue]>
): URLSearchParams {
	const out = new URLSearchParams();
	const entries = input instanceof URLSearchParams ? [...input.entries()] : [...input];
	const sort = entries.find(([k]) => k === 'sort')?.[1];
	const seen = new Set<string>();
	for (const [key, raw] of entries) {
		if (typeof raw !== 'string') continue;
		const value = raw.trim();
		if (value === '' || DEFAULTS[key] === value) continue;
		if (key === 'near' && sort !== 'distance') continue;
		const id = `${key}=${value}`;
		if (seen.has(id)) continue;
		seen.add(id);
		out.append(key, value);
	}
	return out;
}

/** `base` plus the query string, or just `base` when there are no parameters. */
export function finderHref(base: string, params: URLSearchParams): string {
	const qs = params.toString();
	return qs === '' ? base : `${base}?${qs}`;
}

/** Adds one value to a multi-valued parameter (no duplicates); back to page 1. */
export function addValue(params: URLSearchParams, key: string, value: string): URLSearchParams {
	const out = copy(params);
	out.delete('page');
	if (!valuesOf(out, key).includes(value)) out.append(key, value);
	return out;
}

/** Removes one value of a parameter (also from comma lists); back to page 1. */
export function removeValue(params: URLSearchParams, key: string, value: string): URLSearchParams {
	const out = copy(params);
	out.delete('page');
	const rest = valuesOf(params, key).filter((v) => v !== value);
	out.delete(key);
	for (const v of rest) out.append(key, v);
	return out;
}

/** Sets (or with null removes) a single-valued parameter; back to page 1 unless it is `page`. */
export function setParam(
	params: URLSearchParams,
	key: string,
	value: string | null
): URLSearchParams {
	const out = copy(params);
	if (key !== 'page') out.delete('page');
	if (value === null || value === '' || DEFAULTS[key] === value) out.delete(key);
	else out.set(key, value);
	return out;
}

/** The same search on another page (page 1 is left out of the URL). */
export function withPage(params: URLSearchParams, page: number): URLSearchParams {
	return setParam(params, 'page', page <= 1 ? null : String(page));
}

/** The same search as a list or on the map. */
export function withView(params: URLSearchParams, view: 'list' | 'map'): URLSearchParams {
	return setParam(params, 'view', view === 'map' ? 'map' : null);
}

/** Drops every filter but keeps the search words, sort order and view. */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
	const out = new URLSearchParams();
	for (const [key, value] of params) if (NOT_FILTERS.has(key)) out.append(key, value);
	return out;
}

/** True when any filter (not the words, sort or view) is set. */
export function hasFilters(params: URLSearchParams): boolean {
	for (const [key, value] of params)
		if (!NOT_FILTERS.has(key) && key !== 'page' && value.trim() !== '') return true;
	return false;
}
