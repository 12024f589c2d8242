import { getApp } from '$lib/server/app';
import { cityConfig } from '$lib/server/config/city';
import { taxonomies } from '$lib/server/config/taxonomies';
import { listDistricts } from '$lib/server/districts';
import {
	listInstitutions,
	ZInstitutionListQuery,
	type TInstitution,
	type TInstitutionListQuery
} from '$lib/server/institutions';
import { searchParamsToObject } from '$lib/server/search';
import type { PageServerLoad } from './$types';

type Facet = 'type' | 'district' | 'language';

/** Parses the query; parameters that don't validate are dropped (and reported) instead of failing. */
function parseQuery(params: URLSearchParams): { query: TInstitutionListQuery; invalid: boolean } {
	const raw: Record<string, unknown> = searchParamsToObject(params);
	let invalid = false;
	for (let attempt = 0; attempt < 10; attempt++) {
		const parsed = ZInstitutionListQuery.safeParse(raw);
		if (parsed.success) return { query: parsed.data, invalid };
		invalid = true;
		for (const issue of parsed.error.issues) delete raw[String(issue.path[0])];
	}
	return { query: ZInstitutionListQuery.parse({}), invalid };
}

const matches = (i: TInstitution, q: TInstitutionListQuery, skip: Facet) =>
	(skip === 'type' || q.type.length === 0 || q.type.includes(i.type)) &&
	(skip === 'district' ||
		q.district.length === 0 ||
		q.district.includes(i.address.district.slug)) &&
	(skip === 'language' ||
		q.language.length === 0 ||
		i.languages.some((l) => q.language.includes(l)));

/**
 * Counts per facet value, each facet counted under the other facets' filters
 * (so a count says what ticking that box would add). One read of all institutions
 * matching the name search — cheap for a city's directory of a few hundred.
 */
function facetCounts(all: TInstitution[], q: TInstitutionListQuery) {
	const count = (facet: Facet, values: (i: TInstitution) => string[]) => {
		const out: Record<string, number> = {};
		for (const i of all) {
			if (!matches(i, q, facet)) continue;
			for (const v of values(i)) out[v] = (out[v] ?? 0) + 1;
		}
		return out;
	};
	return {
		type: count('type', (i) => [i.type]),
		district: count('district', (i) => [i.address.district.slug]),
		language: count('language', (i) => i.languages)
	};
}

export const load: PageServerLoad = async ({ url, locals }) => {
	const { handle } = await getApp();
	const { query, invalid } = parseQuery(url.searchParams);
	const locale = locals.locale;
	const result = await listInstitutions(handle.db, query, { locale });
	const all = await listInstitutions(handle.db, { q: query.q, pageSize: 100_000 }, { locale });
	const counts = facetCounts(all.items, query);

	const tax = taxonomies();
	const label = (t: { de: string; en: string }) => (locale === 'en' ? t.en : t.de);
	const boroughOrder = [...new Set(cityConfig().districts.map((d) => d.borough))];
	const districts = await listDistricts(handle.db);

	return {
		query,
		invalid,
		total: result.total,
		items: result.items,
		facets: {
			type: tax['institution-types']
				.map((t) => ({ value: t.code, label: label(t), count: counts.type[t.code] ?? 0 }))
				.filter((o) => o.count > 0 || query.type.includes(o.value)),
			language: tax.languages
				.map((t) => ({ value: t.code, label: label(t), count: counts.language[t.code] ?? 0 }))
				.filter((o) => o.count > 0 || query.language.includes(o.value)),
			districtGroups: boroughOrder.map((borough) => ({
				borough,
				options: districts
					.filter((d) => d.borough === borough)
					.sort((a, b) => a.name.localeCompare(b.name, 'de'))
					.map((d) => ({ value: d.slug, label: d.name, count: counts.district[d.slug] ?? 0 }))
			}))
		},
		languageLabels: Object.fromEntries(tax.languages.map((t) => [t.code, label(t)]))
	};
};
