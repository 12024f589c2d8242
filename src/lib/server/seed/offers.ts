/**
 * Turns an offer spec (which archetype, optional constraints) into an offer
 * row and its dates: picks a fitting institution, taxonomy codes, cost, place,
 * schedule, registration, status and texts.
 */
import type { offerDates, offers } from '../db/schema';
import { slugify } from '../../slug';
import { ARCHETYPES, archetype, type Archetype, type ScheduleType } from './catalog';
import type { SeedInstitution } from './institutions';
import { composeDescription, composeSummary, composeTitle, type TextFacts } from './offer-texts';
import { pickVenue, postalCodeOf, type SeedDistrict, type Venue } from './places';
import type { Rng } from './rng';
import { makeSchedule } from './schedule';
import type { LocalCalendar } from './time';
import { translateEnglish, translateInto, type OtherLanguage } from './translations';
import {
	FORMAT_SCHEDULE,
	pickAccessibility,
	pickCost,
	pickLanguages,
	pickRegistration,
	pickSdgs,
	pickStatusDates
} from './offer-rules';

export type OfferRow = typeof offers.$inferInsert;
export type OfferDateRow = typeof offerDates.$inferInsert;
export type OfferStatus = 'draft' | 'in_review' | 'published' | 'archived';

export interface OfferSpec {
	arch?: string;
	title?: string;
	/** Only institutions in this district (and no venue elsewhere). */
	district?: string;
	notDistrict?: string;
	free?: boolean;
	/** Dated, with all dates in the future. */
	future?: boolean;
	lang?: OtherLanguage;
	status?: OfferStatus;
}

export interface OfferContext {
	rng: Rng;
	cal: LocalCalendar;
	institutions: SeedInstitution[];
	districts: ReadonlyMap<string, SeedDistrict>;
	postalCodes: readonly string[];
	/** Age range per life phase code (from the taxonomy). */
	phaseAges: ReadonlyMap<string, [number | null, number | null]>;
}

const KIDS = new Set(['u3', 'kita', 'grundschule', 'sek1', 'jugend']);
const CHILDREN = new Set(['u3', 'kita', 'grundschule', 'sek1']);
const COURSE_NUMBERED = new Set(['vhs', 'hochschule', 'musikschule']);

export class OfferFactory {
	private readonly candidates = new Map<string, SeedInstitution[]>();
	private readonly load = new Map<string, number>();
	private readonly slugs = new Set<string>();
	private readonly weights: [Archetype, number][] = ARCHETYPES.map((a) => [a, a.weight]);
	private seq = 0;

	constructor(private readonly ctx: OfferContext) {}

	private hostsOf(types: string[]): SeedInstitution[] {
		const key = types.join(',');
		let list = this.candidates.get(key);
		if (!list) {
			list = this.ctx.institutions.filter((i) => types.includes(i.type));
			this.candidates.set(key, list);
		}
		return list;
	}

	/** Two random candidates, the one with fewer offers wins: spreads offers evenly. */
	private pickInstitution(list: SeedInstitution[]): SeedInstitution {
		const { rng } = this.ctx;
		const a = rng.pick(list);
		const b = rng.pick(list);
		const pick = (this.load.get(b.id) ?? 0) < (this.load.get(a.id) ?? 0) ? b : a;
		this.load.set(pick.id, (this.load.get(pick.id) ?? 0) + 1);
		return pick;
	}

	make(spec: OfferSpec): { offer: OfferRow; dates: OfferDateRow[] } {
		const { rng, cal } = this.ctx;
		const arch = spec.arch ? archetype(spec.arch) : rng.weighted(this.weights);
		const variants = arch.titles.map((v) => (typeof v === 'string' ? { t: v } : v));
		const variant = variants.find((v) => v.t === spec.title) ?? rng.pick(variants);

		let hosts = this.hostsOf(variant.hosts ?? arch.hosts);
		if (spec.district) hosts = hosts.filter((i) => i.district.slug === spec.district);
		if (spec.notDistrict) hosts = hosts.filter((i) => i.district.slug !== spec.notDistrict);
		if (hosts.length === 0) hosts = this.ctx.institutions;
		const inst = this.pickInstitution(hosts);

		const phases = [...(variant.phases ?? [arch.phases[0] ?? 'erwachsene'])];
		if (!variant.phases && arch.phases.length > 1 && rng.chance(0.35)) {
			phases.push(rng.pick(arch.phases.slice(1)));
		}
		const [ageMin, ageMax] = variant.ages ?? arch.ages ?? this.agesOf(phases);
		const restTopics = arch.topics.slice(1);
		const topics = [
			arch.topics[0] ?? 'beratung',
			...rng.sample(restTopics, rng.int(0, Math.min(2, restTopics.length)))
		];
		const format = variant.format ?? rng.pick(arch.formats);

		const { lang, monolingual, languages } = pickLanguages(rng, arch, spec.lang);

		const cost = pickCost(
			rng,
			arch,
			phases.some((p) => KIDS.has(p)),
			spec.free
		);
		const euros = cost.costAmountCents === null ? null : cost.costAmountCents / 100;

		let venue: Venue | null = null;
		if (!variant.atHost && rng.chance(arch.venueChance ?? 0.08)) {
			venue = pickVenue(rng, arch.venues ?? ['hall'], inst.district, this.ctx.districts);
			if (spec.district && venue.district.slug !== spec.district) venue = null;
		}
		const where = venue ?? inst;
		const postalCode = venue ? postalCodeOf(venue.district, this.ctx.postalCodes) : inst.postalCode;

		const weights = arch.schedule ?? FORMAT_SCHEDULE[format] ?? { ongoing: 1 };
		const scheduleType = spec.future
			? 'dates'
			: rng.weighted(Object.entries(weights) as [ScheduleType, number][]);
		const schedule = makeSchedule(rng, cal, {
			type: scheduleType,
			format,
			phase: phases[0] ?? 'erwachsene',
			duration: arch.duration,
			daytime: variant.time,
			future: spec.future
		});

		const registration = pickRegistration(
			rng,
			format,
			inst,
			phases.some((p) => CHILDREN.has(p))
		);
		const access = pickAccessibility(rng, venue !== null, inst.wheelchairAccessible);
		const sdgs = pickSdgs(rng, arch.sdgs, inst.type);

		const districtName = (venue?.district ?? inst.district).name;
		const title = composeTitle(rng, arch, variant.t, districtName, lang, monolingual);
		const facts: TextFacts = {
			districtName,
			lang,
			monolingual,
			euros,
			costNote: cost.costNote,
			reducedFee: cost.reducedFeeAvailable,
			but: cost.butEligible,
			registrationRequired: registration.registrationRequired,
			venueName: venue?.name ?? null,
			street: where.street,
			ageMin,
			ageMax,
			phases,
			wheelchair: access.wheelchairAccessible,
			sessions: schedule.dates.length
		};
		const translationFacts = {
			euros,
			registrationRequired: registration.registrationRequired,
			street: where.street,
			postalCode,
			heldIn: lang,
			monolingual
		};
		const translations: OfferRow['translations'] = {};
		if (lang && arch.kind) translations[lang] = translateInto(lang, arch.kind, translationFacts);
		if (languages.includes('en') || rng.chance(0.3))
			translations.en = translateEnglish(arch.en, translationFacts);

		const status = spec.status ?? 'published';
		const id = rng.uuid();
		this.seq++;
		const offer: OfferRow = {
			id,
			slug: this.slugFor(title),
			institutionId: inst.id,
			externalId:
				COURSE_NUMBERED.has(inst.type) && rng.chance(0.6)
					? `K${String(this.seq).padStart(6, '0')}`
					: null,
			title,
			summary: composeSummary(rng, arch, facts),
			description: composeDescription(rng, arch, facts),
			translations,
			format,
			topics,
			lifePhases: phases,
			ageMin,
			ageMax,
			languages,
			...cost,
			...access,
			venueName: venue?.name ?? null,
			venueStreet: venue?.street ?? null,
			venuePostalCode: venue ? postalCode : null,
			venueLocality: venue ? 'Salzgitter' : null,
			venueDistrictSlug: venue?.district.slug ?? null,
			venueLat: venue?.lat ?? null,
			venueLon: venue?.lon ?? null,
			scheduleType: schedule.scheduleType,
			scheduleNote: schedule.scheduleNote,
			rrule: schedule.rrule,
			recurrenceStart: schedule.recurrenceStart,
			recurrenceUntil: schedule.recurrenceUntil,
			durationMinutes: schedule.durationMinutes,
			recurrenceExceptions: schedule.recurrenceExceptions,
			...registration,
			sdgs,
			status,
			...pickStatusDates(rng, cal, status)
		};
		const dates = schedule.dates.map((d) => ({ id: rng.uuid(), offerId: id, ...d }));
		return { offer, dates };
	}

	private agesOf(phases: string[]): [number | null, number | null] {
		const ranges = phases.map((p) => this.ctx.phaseAges.get(p) ?? [null, null]);
		const mins = ranges.map((r) => r[0]).filter((v): v is number => v !== null);
		const maxs = ranges.map((r) => r[1]).filter((v): v is number => v !== null);
		return [
			mins.length ? Math.min(...mins) : null,
			maxs.length ? Math.min(99, Math.max(...maxs)) : null
		];
	}

	/** slugify(title), shortened at a word boundary, plus a short deterministic suffix. */
	private slugFor(title: string): string {
		let base = slugify(title);
		if (base.length > 60) base = base.slice(0, 60).replace(/-[^-]*$/, '');
		let slug: string;
		do slug = `${base}-${this.ctx.rng.token(5)}`;
		while (this.slugs.has(slug));
		this.slugs.add(slug);
		return slug;
	}
}
