/**
 * View models of the finder: what the server loads hand to the pages, with
 * labels already resolved in the user's language and dates already formatted
 * (so no taxonomy or time-zone logic runs in the browser).
 */
import type { FlagFacet, ListFacet } from './facets';

/** A language an offer is held in: its own name, with a `lang` for it when that differs from the page. */
export interface LanguageView {
	code: string;
	native: string;
	label: string;
	lang: string | null;
}

export interface TermView {
	code: string;
	label: string;
}

export interface OfferCardView {
	slug: string;
	title: string;
	/** `lang` for title and summary when they are not in the page's language. */
	titleLang: string | null;
	summary: string | null;
	summaryLang: string | null;
	institution: string;
	district: string;
	format: string;
	lifePhases: string[];
	ages: string | null;
	/** Next date, recurrence in words or schedule note. */
	when: string | null;
	free: boolean;
	price: string | null;
	languages: LanguageView[];
	accessible: boolean;
	but: boolean;
	lastVerified: string | null;
	/** Not confirmed for longer than the stale period: shown with "Angaben evtl. veraltet". */
	stale: boolean;
	distance: string | null;
}

export interface FacetOptionView {
	value: string;
	label: string;
	/** The value's own name in its language (languages facet), with its `lang`. */
	native?: { text: string; lang: string };
	count: number;
	selected: boolean;
}

export interface FacetView {
	name: ListFacet;
	options: FacetOptionView[];
}

export interface FlagView {
	name: FlagFacet;
	count: number | null;
	selected: boolean;
}

/** One removable filter chip: `key=value` in the URL, shown as `label`. */
export interface ActiveFilterView {
	key: string;
	value: string;
	label: string;
}

export interface FieldError {
	field: string;
	message: string;
}

export interface DistrictOption {
	slug: string;
	name: string;
}

export interface MapPointView {
	lat: number;
	lon: number;
	title: string;
	slug: string;
}
