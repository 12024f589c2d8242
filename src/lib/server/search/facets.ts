/**
 * Facet values per slot and disjunctive facet counting.
 *
 * Every (facet, value) pair gets a dense value id; each slot lists its value
 * ids in one flat buffer (CSR layout: ~12 ids per offer). One pass over the
 * candidate slots both filters and counts: a slot that fails no facet filter
 * is a hit and counts for every facet; a slot that fails exactly one facet F
 * counts only for F. That gives each facet's counts "as if its own selection
 * were not applied" (so choosing one district still shows the other districts'
 * counts) in O(candidates × values per offer), with no per-facet re-query.
 */
import { termLabel, type TaxonomyName } from '../config/taxonomies';
import type { TOffer } from '../offers/offer.schemas';
import type { TDistrict } from '../districts';
import {
	facetNames,
	type FacetName,
	type TFacetValue,
	type TOfferSearchQuery
} from './search.schemas';
import { IntBuffer } from './postings';

type Locale = 'de' | 'en';
const collators: Record<Locale, Intl.Collator> = {
	de: new Intl.Collator('de'),
	en: new Intl.Collator('en')
};
const FACET_INDEX = new Map<FacetName, number>(facetNames.map((name, i) => [name, i]));
const TAXONOMY: Partial<Record<FacetName, TaxonomyName>> = {
	lifePhase: 'life-phases',
	topic: 'topics',
	language: 'languages',
	format: 'formats',
	sdg: 'sdgs'
};
const FLAG_LABELS: Record<'free' | 'accessible' | 'but', { de: string; en: string }> = {
	free: { de: 'Kostenlos', en: 'Free of charge' },
	accessible: { de: 'Rollstuhlgerecht', en: 'Wheelchair accessible' },
	but: { de: 'Bildung und Teilhabe (BuT)', en: 'Education and participation (BuT)' }
};

/** The facet values of an offer, as [facet, value] pairs. */
function valuesOf(offer: TOffer): [FacetName, string][] {
	const out: [FacetName, string][] = [];
	for (const v of offer.lifePhases) out.push(['lifePhase', v]);
	for (const v of offer.topics) out.push(['topic', v]);
	out.push(['district', offer.location.district.slug]);
	for (const v of offer.languages) out.push(['language', v]);
	out.push(['format', offer.format]);
	out.push(['provider', offer.institution.slug]);
	for (const v of offer.sdgs) out.push(['sdg', String(v)]);
	if (offer.cost.type === 'free') out.push(['free', 'true']);
	if (offer.accessibility.wheelchairAccessible === true) out.push(['accessible', 'true']);
	if (offer.butEligible) out.push(['but', 'true']);
	return out;
}

/** The filters of one query, resolved to value ids. */
export interface FacetSelection {
	/** Bit f set: facet f has a selection. */
	active: number;
	/** Per value id: 1 when selected. */
	selected: Uint8Array;
	/** Selected codes per facet (also those no offer has, to show them with 0). */
	codes: Map<FacetName, string[]>;
}

export class FacetStore {
	/** Per facet index: code → value id. */
	private ids = facetNames.map(() => new Map<string, number>());
	private facetOf: number[] = [];
	/** 1 << facet of each value id, for the filter pass. */
	private facetBit = new Int32Array(256);
	private codeOf: string[] = [];
	private byFacet: number[][] = facetNames.map(() => []);
	private values = new IntBuffer(64 * 1024);
	/** values[offsets[slot] .. offsets[slot + 1]) are the slot's value ids. */
	private offsets = new IntBuffer(1024);
	private counts = new Int32Array(256);
	private providerNames = new Map<string, string>();
	private districtNames = new Map<string, string>();
	/** Per locale: label per value id, and its position in the collation order of all labels. */
	private labels = new Map<Locale, { text: string[]; rank: Int32Array | null }>();

	constructor(districts: TDistrict[]) {
		for (const d of districts) this.districtNames.set(d.slug, d.name);
		this.offsets.push(0);
	}

	/** Records the values of a new slot (slots arrive in ascending order, without gaps). */
	add(slot: number, offer: TOffer): void {
		while (this.offsets.length <= slot) this.offsets.push(this.values.length);
		for (const [facet, code] of valuesOf(offer)) this.values.push(this.valueId(facet, code, true));
		this.offsets.push(this.values.length);
		const { slug, name } = offer.institution;
		if (this.providerNames.get(slug) !== name) {
			// A renamed institution: its cached labels and label order are stale.
			this.providerNames.set(slug, name);
			this.labels.clear();
		}
		const district = offer.location.district;
		if (!this.districtNames.has(district.slug))
			this.districtNames.set(district.slug, district.name);
	}

	select(query: TOfferSearchQuery): FacetSelection {
		const selected = new Uint8Array(this.codeOf.length);
		const codes = new Map<FacetName, string[]>();
		let active = 0;
		for (const facet of facetNames) {
			const value = query[facet];
			const list = Array.isArray(value) ? value : value ? ['true'] : [];
			if (list.length === 0) continue;
			active |= 1 << FACET_INDEX.get(facet)!;
			codes.set(facet, list);
			for (const code of list) {
				const id = this.valueId(facet, code, false);
				if (id >= 0) selected[id] = 1;
			}
		}
		return { active, selected, codes };
	}

	/**
	 * Filters `slots[0..count)` by the selection into `out` (returns the hit
	 * count) and counts facet values for the facets.
	 */
	filterAndCount(
		slots: Int32Array,
		count: number,
		selection: FacetSelection,
		out: Int32Array
	): number {
		if (this.counts.length < this.codeOf.length)
			this.counts = new Int32Array(this.codeOf.length * 2);
		const counts = this.counts;
		const values = this.values.data;
		const offsets = this.offsets.data;
		const facetBit = this.facetBit;
		const { active, selected } = selection;
		let hits = 0;
		for (let i = 0; i < count; i++) {
			const slot = slots[i]!;
			const start = offsets[slot]!;
			const end = offsets[slot + 1]!;
			let satisfied = 0;
			if (active !== 0) {
				for (let k = start; k < end; k++) {
					const id = values[k]!;
					if (selected[id] === 1) satisfied |= facetBit[id]!;
				}
			}
			const failed = active & ~satisfied;
			if (failed === 0) {
				out[hits++] = slot;
				for (let k = start; k < end; k++) counts[values[k]!]!++;
			} else if ((failed & (failed - 1)) === 0) {
				for (let k = start; k < end; k++) {
					const id = values[k]!;
					if (facetBit[id] === failed) counts[id]!++;
				}
			}
		}
		return hits;
	}

	/**
	 * The counted values as facet lists (and clears the counts for the next query):
	 * per facet the `limit` values with the highest counts, plus every selected value.
	 */
	takeFacets(
		selection: FacetSelection,
		locale: string,
		limit: number
	): Record<FacetName, TFacetValue[]> {
		const lang: Locale = locale === 'en' ? 'en' : 'de';
		const labels = this.labelsFor(lang);
		const collator = collators[lang];
		const result = {} as Record<FacetName, TFacetValue[]>;
		const counts = this.counts;
		const rank = labels.rank!;
		// Higher count first, then label order: a total order on value ids.
		const before = (a: number, b: number) => counts[b]! - counts[a]! || rank[a]! - rank[b]!;
		for (let f = 0; f < facetNames.length; f++) {
			const facet = facetNames[f]!;
			const selectedCodes = selection.codes.get(facet) ?? [];
			const chosen = new Set(selectedCodes);
			// The best `limit` counted values, kept sorted while scanning (no sort of all
			// values: the provider facet has one value per institution), plus every selected one.
			const top: number[] = [];
			const extra: number[] = [];
			for (const id of this.byFacet[f]!) {
				const code = this.codeOf[id]!;
				const isChosen = chosen.delete(code);
				if (counts[id] === 0 && !isChosen) continue;
				if (top.length < limit || before(id, top[top.length - 1]!) < 0) {
					let i = top.length;
					while (i > 0 && before(id, top[i - 1]!) < 0) i--;
					top.splice(i, 0, id);
					if (top.length > limit) {
						const dropped = top.pop()!;
						if (selectedCodes.includes(this.codeOf[dropped]!)) extra.push(dropped);
					}
				} else if (isChosen) extra.push(id);
			}
			const kept = extra.length === 0 ? top : top.concat(extra).sort(before);
			const entries = kept.map((id) => ({
				value: this.codeOf[id]!,
				label: labels.text[id]!,
				count: this.counts[id]!
			}));
			// Selected codes no offer has: count 0, after the known zero-count ones, by label.
			const unknown = [...chosen].map((code) => ({
				value: code,
				label: this.label(facet, code, lang),
				count: 0
			}));
			unknown.sort((a, b) => collator.compare(a.label, b.label));
			result[facet] = entries.concat(unknown);
		}
		this.counts.fill(0);
		return result;
	}

	private labelsFor(lang: Locale): { text: string[]; rank: Int32Array | null } {
		let entry = this.labels.get(lang);
		if (!entry) {
			entry = { text: [], rank: null };
			this.labels.set(lang, entry);
		}
		if (entry.rank === null || entry.text.length < this.codeOf.length) {
			for (let id = entry.text.length; id < this.codeOf.length; id++) {
				entry.text.push(this.label(facetNames[this.facetOf[id]!]!, this.codeOf[id]!, lang));
			}
			const collator = collators[lang];
			const text = entry.text;
			const order = text.map((_, id) => id).sort((a, b) => collator.compare(text[a]!, text[b]!));
			entry.rank = new Int32Array(text.length);
			order.forEach((id, position) => (entry.rank![id] = position));
		}
		return entry;
	}

	private label(facet: FacetName, code: string, lang: Locale): string {
		if (facet === 'provider') return this.providerNames.get(code) ?? code;
		if (facet === 'district') return this.districtNames.get(code) ?? code;
		if (facet === 'free' || facet === 'accessible' || facet === 'but')
			return FLAG_LABELS[facet][lang];
		const label = termLabel(TAXONOMY[facet]!, code, lang);
		return facet === 'sdg' ? `${code} – ${label}` : label;
	}

	private valueId(facet: FacetName, code: string, create: boolean): number {
		const f = FACET_INDEX.get(facet)!;
		const ids = this.ids[f]!;
		let id = ids.get(code);
		if (id === undefined) {
			if (!create) return -1;
			id = this.codeOf.length;
			ids.set(code, id);
			this.codeOf.push(code);
			this.facetOf.push(f);
			this.byFacet[f]!.push(id);
			if (id >= this.facetBit.length) {
				const grown = new Int32Array(this.facetBit.length * 2);
				grown.set(this.facetBit);
				this.facetBit = grown;
			}
			this.facetBit[id] = 1 << f;
			for (const entry of this.labels.values()) entry.rank = null;
		}
		return id;
	}
}
