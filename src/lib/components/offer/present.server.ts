/**
 * Turns offers and search results into the finder's view models: labels in the
 * user's language, dates in the city's time zone, the translation when there is
 * one. Server-only, because taxonomies are read from the config folder.
 */
import { numberFormat } from '$lib/intl';
import type { TOffer } from '$lib/server/offers';
import type { SearchHit, SearchResult, TOfferSearchQuery } from '$lib/server/search';
import { freshnessOf } from '$lib/server/freshness';
import type { TFreshness } from '$lib/server/settings';
import { taxonomies, termLabel, type TaxonomyName } from '$lib/server/config/taxonomies';
import { m } from '$lib/paraglide/messages';
import {
	describeRecurrence,
	formatAges,
	formatDate,
	formatDay,
	formatPrice,
	formatTime,
	type UiLocale
} from '$lib/components/finder/format';
import {
	FACET_VISIBLE,
	flagFacetNames,
	listFacetNames,
	type ListFacet
} from '$lib/components/finder/facets';
import type {
	ActiveFilterView,
	DistrictOption,
	FacetOptionView,
	FacetView,
	FlagView,
	LanguageView,
	OfferCardView,
	TermView
} from '$lib/components/finder/types';

const opts = (locale: UiLocale) => ({ locale });

/** Taxonomy behind each list facet (district and provider are labelled from data). */
const taxonomyOf: Partial<Record<ListFacet, TaxonomyName>> = {
	lifePhase: 'life-phases',
	topic: 'topics',
	language: 'languages',
	format: 'formats',
	sdg: 'sdgs'
};

/** Facets shown in the order of their taxonomy; the others by count. */
const TAXONOMY_ORDER = new Set<ListFacet>(['lifePhase', 'format', 'sdg']);

/** The `lang` of a language code (Leichte Sprache and DGS are German). */
function langOf(code: string): string {
	if (code === 'de-ls' || code === 'dgs') return 'de';
	return code;
}

export function languageView(code: string, locale: UiLocale): LanguageView {
	const term = taxonomies().languages.find((t) => t.code === code);
	const lang = langOf(code);
	return {
		code,
		native: term?.native ?? termLabel('languages', code, locale),
		label: termLabel('languages', code, locale),
		lang: lang === locale ? null : lang
	};
}

export function termViews(name: TaxonomyName, codes: string[], locale: UiLocale): TermView[] {
	return codes.map((code) => ({ code, label: termLabel(name, code, locale) }));
}

export function sdgLabel(code: string, locale: UiLocale): string {
	return m.finder_sdg_label({ number: code, label: termLabel('sdgs', code, locale) }, opts(locale));
}

interface LocalText<T> {
	text: T;
	/** Set when the text is not in the page's language. */
	lang: string | null;
}

/** Title, summary and description in the UI language when translated, with their `lang`. */
export function localizedText(
	offer: TOffer,
	locale: UiLocale
): { title: LocalText<string>; summary: LocalText<string | null>; description: LocalText<string> } {
	const tr = locale === 'de' ? undefined : offer.translations[locale];
	const fallbackLang = locale === 'de' ? null : 'de';
	return {
		title: tr?.title ? { text: tr.title, lang: null } : { text: offer.title, lang: fallbackLang },
		summary: tr?.summary
			? { text: tr.summary, lang: null }
			: { text: offer.summary, lang: offer.summary ? fallbackLang : null },
		description: tr?.description
			? { text: tr.description, lang: null }
			: { text: offer.description, lang: fallbackLang }
	};
}

/** The schedule in one line: recurrence in words, the note, or "ongoing". */
export function scheduleLine(offer: TOffer, locale: UiLocale, timeZone: string): string | null {
	const s = offer.schedule;
	if (s.type === 'recurring') return describeRecurrence(s, locale, timeZone) ?? s.note;
	if (s.type === 'ongoing') return s.note ?? m.finder_schedule_ongoing({}, opts(locale));
	return s.note;
}

function nextDateLine(iso: string, locale: UiLocale, timeZone: string): string {
	const date = m.finder_datetime(
		{ date: formatDay(iso, locale, timeZone), time: formatTime(iso, locale, timeZone) },
		opts(locale)
	);
	return m.finder_next_date({ date }, opts(locale));
}

/** `freshness`: the periods from the settings; without them no card is marked stale. */
export function cardView(
	hit: SearchHit,
	locale: UiLocale,
	timeZone: string,
	freshness?: TFreshness,
	now: Date = new Date()
): OfferCardView {
	const o = hit.offer;
	const text = localizedText(o, locale);
	let when: string | null;
	if (hit.nextDate) when = nextDateLine(hit.nextDate, locale, timeZone);
	else if (o.schedule.type === 'dates')
		when = o.schedule.note ?? m.finder_schedule_dates_past({}, opts(locale));
	else when = scheduleLine(o, locale, timeZone);
	const number = numberFormat(locale, { maximumFractionDigits: 1 });
	const state = freshness ? freshnessOf(o, freshness, now).state : 'fresh';
	return {
		slug: o.slug,
		title: text.title.text,
		titleLang: text.title.lang,
		summary: text.summary.text,
		summaryLang: text.summary.lang,
		institution: o.institution.name,
		district: o.location.district.name,
		format: termLabel('formats', o.format, locale),
		lifePhases: o.lifePhases.map((c) => termLabel('life-phases', c, locale)),
		ages: formatAges(o.ageMin, o.ageMax, locale),
		when,
		free: o.cost.type === 'free',
		price:
			o.cost.type === 'paid' && o.cost.amountCents !== null
				? formatPrice(o.cost.amountCents, locale)
				: null,
		languages: o.languages.map((c) => languageView(c, locale)),
		accessible: o.accessibility.wheelchairAccessible === true,
		but: o.butEligible,
		lastVerified: o.lastVerifiedAt ? formatDate(o.lastVerifiedAt, locale, timeZone) : null,
		// Hidden offers leave the index with the next job run; until then they count as stale.
		stale: state === 'stale' || state === 'hidden',
		distance:
			hit.distanceKm === null
				? null
				: m.finder_distance({ km: number.format(hit.distanceKm) }, opts(locale))
	};
}

/** A label for a value of a facet, when the engine did not return one. */
function fallbackLabel(
	facet: ListFacet,
	value: string,
	locale: UiLocale,
	districts: DistrictOption[]
): string {
	if (facet === 'sdg') return sdgLabel(value, locale);
	const tax = taxonomyOf[facet];
	if (tax) return termLabel(tax, value, locale);
	if (facet === 'district') return districts.find((d) => d.slug === value)?.name ?? value;
	return value;
}

function sortOptions(name: ListFacet, options: FacetOptionView[], locale: UiLocale) {
	const tax = taxonomyOf[name];
	if (TAXONOMY_ORDER.has(name) && tax) {
		const order = taxonomies()[tax].map((t) => t.code);
		const rank = (v: string) => order.indexOf(v) + 1 || order.length + 1;
		return [...options].sort((a, b) => rank(a.value) - rank(b.value));
	}
	const byCount = [...options].sort(
		(a, b) => b.count - a.count || a.label.localeCompare(b.label, locale)
	);
	// Beyond the most frequent values, alphabetical order is easier to scan.
	const rest = byCount.slice(FACET_VISIBLE).sort((a, b) => a.label.localeCompare(b.label, locale));
	return [...byCount.slice(0, FACET_VISIBLE), ...rest];
}

export function facetViews(
	result: SearchResult,
	query: TOfferSearchQuery,
	locale: UiLocale,
	districts: DistrictOption[]
): FacetView[] {
	return listFacetNames.map((name) => {
		const selected = new Set(query[name]);
		const byValue = new Map<string, FacetOptionView>();
		for (const f of result.facets[name] ?? []) {
			if (f.count <= 0 && !selected.has(f.value)) continue;
			byValue.set(f.value, {
				value: f.value,
				label:
					name === 'sdg'
						? sdgLabel(f.value, locale)
						: f.label || fallbackLabel(name, f.value, locale, districts),
				count: f.count,
				selected: selected.has(f.value)
			});
		}
		for (const value of selected) {
			if (byValue.has(value)) continue;
			const label = fallbackLabel(name, value, locale, districts);
			byValue.set(value, { value, label, count: 0, selected: true });
		}
		if (name === 'language') {
			for (const o of byValue.values()) {
				const lv = languageView(o.value, locale);
				if (lv.native !== o.label) o.native = { text: lv.native, lang: langOf(o.value) };
			}
		}
		return { name, options: sortOptions(name, [...byValue.values()], locale) };
	});
}

const TRUE_VALUES = new Set(['1', 'true', 'ja', 'yes']);

export function flagViews(result: SearchResult, query: TOfferSearchQuery): FlagView[] {
	return flagFacetNames.map((name) => {
		const list = result.facets[name] ?? [];
		const hit =
			list.find((v) => TRUE_VALUES.has(v.value)) ?? (list.length === 1 ? list[0] : undefined);
		return { name, count: hit ? hit.count : null, selected: query[name] };
	});
}

/** One chip per active value; labels of list facets come from the facet views. */
export function activeFilters(
	query: TOfferSearchQuery,
	facets: FacetView[],
	locale: UiLocale,
	timeZone: string
): ActiveFilterView[] {
	const out: ActiveFilterView[] = [];
	if (query.q) out.push({ key: 'q', value: query.q, label: query.q });
	for (const f of facets) {
		for (const value of query[f.name]) {
			const label = f.options.find((o) => o.value === value)?.label ?? value;
			out.push({ key: f.name, value, label });
		}
	}
	for (const flag of flagFacetNames) {
		if (query[flag]) out.push({ key: flag, value: '1', label: '' });
	}
	const day = (d: string) => formatDate(`${d}T12:00:00Z`, locale, timeZone);
	if (query.from) out.push({ key: 'from', value: query.from, label: day(query.from) });
	if (query.to) out.push({ key: 'to', value: query.to, label: day(query.to) });
	return out;
}
