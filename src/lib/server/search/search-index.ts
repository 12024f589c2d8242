/**
 * All derived structures of the in-memory index, keyed by slot.
 *
 * A slot is a dense document number. Slots are only appended: an upsert
 * tombstones the offer's old slot and appends a new one, so posting lists,
 * facet values and schedules stay append-only and sorted by slot without
 * re-sorting. Tombstones are skipped at query time; the engine rebuilds the
 * whole index once they make up a quarter of it (see german-engine.ts).
 */
import type { TDistrict } from '../districts';
import type { TOffer } from '../offers/offer.schemas';
import { fieldTexts } from './documents';
import { FacetStore } from './facets';
import { NameOrder } from './ordering';
import { ScheduleStore } from './schedule';
import { TextIndex } from './text-index';
import type { TimeZone } from './timezone';

const EARTH_RADIUS_KM = 6371;
const ONGOING: TOffer['schedule'] = {
	type: 'ongoing',
	note: null,
	rrule: null,
	start: null,
	until: null,
	durationMinutes: null,
	exceptions: [],
	dates: []
};
const RAD = Math.PI / 180;

export class SearchIndex {
	readonly offers: (TOffer | undefined)[] = [];
	readonly slotById = new Map<string, number>();
	alive = new Uint8Array(1024);
	aliveCount = 0;
	readonly text = new TextIndex();
	readonly facets: FacetStore;
	readonly schedule: ScheduleStore;
	readonly names = new NameOrder();
	private lat = new Float64Array(1024);
	private lon = new Float64Array(1024);
	/** Distances (km) from a district centre per slot, filled lazily per district. */
	private distances = new Map<string, { km: Float32Array; upTo: number }>();

	constructor(
		readonly districts: Map<string, TDistrict>,
		tz: TimeZone
	) {
		this.facets = new FacetStore([...districts.values()]);
		// Removed slots keep their schedule object reachable here only through
		// `offers`, which is cleared: fall back to "ongoing" (never asked: dead slots are skipped).
		this.schedule = new ScheduleStore(tz, (slot) => this.offers[slot]?.schedule ?? ONGOING);
	}

	get slotCount(): number {
		return this.offers.length;
	}

	get deadCount(): number {
		return this.offers.length - this.aliveCount;
	}

	/** Builds the index from published offers (a later duplicate id wins). */
	static build(
		offers: TOffer[],
		districts: Map<string, TDistrict>,
		tz: TimeZone,
		now: number
	): SearchIndex {
		const index = new SearchIndex(districts, tz);
		const latest = new Map<string, TOffer>();
		for (const o of offers) if (o.status === 'published') latest.set(o.id, o);
		const slots: number[] = [];
		for (const offer of latest.values()) slots.push(index.addAttributes(offer, now));
		index.text.addAll(slots.map((slot) => ({ slot, texts: fieldTexts(index.offers[slot]!) })));
		index.names.reset(slots, (slot) => index.offers[slot]!.title);
		return index;
	}

	/** Adds or replaces one published offer. */
	upsert(offer: TOffer, now: number): void {
		this.remove(offer.id);
		const slot = this.addAttributes(offer, now);
		this.text.add(slot, fieldTexts(offer));
		this.names.insert(slot, offer.title);
	}

	remove(id: string): boolean {
		const slot = this.slotById.get(id);
		if (slot === undefined) return false;
		this.text.remove(fieldTexts(this.offers[slot]!));
		this.slotById.delete(id);
		this.alive[slot] = 0;
		this.offers[slot] = undefined;
		this.aliveCount--;
		return true;
	}

	/** Everything but the text index, which is built in bulk or per upsert. */
	private addAttributes(offer: TOffer, now: number): number {
		const slot = this.offers.length;
		this.offers.push(offer);
		this.slotById.set(offer.id, slot);
		if (slot >= this.alive.length) {
			const size = this.alive.length * 2;
			this.alive = grow(this.alive, new Uint8Array(size));
			this.lat = grow(this.lat, new Float64Array(size));
			this.lon = grow(this.lon, new Float64Array(size));
		}
		this.alive[slot] = 1;
		this.aliveCount++;
		this.lat[slot] = offer.location.lat;
		this.lon[slot] = offer.location.lon;
		this.facets.add(slot, offer);
		this.schedule.set(slot, offer.schedule, now);
		return slot;
	}

	/** Distances from a district's centre per slot, or null for an unknown district. */
	distancesFrom(districtSlug: string): Float32Array | null {
		const district = this.districts.get(districtSlug);
		if (!district) return null;
		let entry = this.distances.get(districtSlug);
		if (!entry || entry.km.length < this.slotCount) {
			const km = new Float32Array(Math.max(1024, this.slotCount * 2));
			if (entry) km.set(entry.km.subarray(0, entry.upTo));
			entry = { km, upTo: entry?.upTo ?? 0 };
			this.distances.set(districtSlug, entry);
		}
		for (let slot = entry.upTo; slot < this.slotCount; slot++) {
			entry.km[slot] = haversineKm(district.lat, district.lon, this.lat[slot]!, this.lon[slot]!);
		}
		entry.upTo = this.slotCount;
		return entry.km;
	}
}

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const dLat = (lat2 - lat1) * RAD;
	const dLon = (lon2 - lon1) * RAD;
	const a =
		Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

function grow<T extends { set(a: ArrayLike<number>): void }>(from: ArrayLike<number>, to: T): T {
	to.set(from);
	return to;
}
