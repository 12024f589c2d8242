/** Rules and small vocabularies for offers that do not depend on the archetype. */
import type { Archetype } from './catalog';
import type { SeedInstitution } from './institutions';
import type { Rng } from './rng';
import type { LocalCalendar } from './time';
import type { OtherLanguage } from './translations';

/** Which schedule types follow from a format (weights). */
export const FORMAT_SCHEDULE: Record<
	string,
	Partial<Record<'dates' | 'recurring' | 'ongoing', number>>
> = {
	kurs: { dates: 0.45, recurring: 0.55 },
	regelmaessig: { recurring: 0.45, ongoing: 0.55 },
	einzeltermin: { dates: 1 },
	veranstaltung: { dates: 0.85, recurring: 0.15 },
	beratung: { ongoing: 0.85, recurring: 0.15 }
};

const REGISTRATION_CHANCE: Record<string, number> = {
	kurs: 0.95,
	einzeltermin: 0.7,
	veranstaltung: 0.4,
	regelmaessig: 0.25,
	beratung: 0.5
};

/** Rough size of the language communities in Salzgitter (unverified, see DOMAIN.md). */
const LANGUAGE_WEIGHTS: [OtherLanguage, number][] = [
	['ar', 30],
	['tr', 25],
	['uk', 18],
	['ru', 15],
	['pl', 12]
];

const FREE_NOTES = [
	'Spenden sind willkommen.',
	'Gefördert vom Land Niedersachsen',
	'Kostenfrei dank Förderung durch die Bürgerstiftung',
	'Nur Kosten für Getränke (freiwillig)'
];

const PAID_NOTES = [
	'pro Kurs',
	'inklusive Material',
	'pro Monat',
	'Geschwisterkinder zahlen die Hälfte',
	'zzgl. 5 € Materialkosten'
];

const REGISTRATION_NOTES = [
	'Begrenzte Plätze – bitte rechtzeitig anmelden',
	'Anmeldung im Sekretariat oder per E-Mail',
	'Anmeldung online oder telefonisch'
];

/** A registration note that fits the format and the audience. */
function registrationNote(rng: Rng, format: string, forChildren: boolean): string {
	const notes = [...REGISTRATION_NOTES];
	if (format === 'kurs') notes.push('Anmeldung bis 14 Tage vor Kursbeginn');
	if (format === 'beratung') notes.push('Für Beratungstermine bitte vorher anrufen');
	if (forChildren) notes.push('Bitte geben Sie bei der Anmeldung das Alter Ihres Kindes an');
	return rng.pick(notes);
}

/** Accessibility notes keyed by the wheelchair flag ("true", "false", "null"). */
const ACCESS_NOTES: Record<string, string[]> = {
	true: [
		'Der Kursraum liegt im Erdgeschoss.',
		'Aufzug vorhanden.',
		'Induktionsschleife im Saal vorhanden.',
		'Kinderwagenstellplatz vorhanden.'
	],
	false: [
		'Der Raum liegt im 1. Obergeschoss, es gibt keinen Aufzug.',
		'Zugang nur über eine Treppe; bitte sprechen Sie uns an.'
	],
	null: [
		'Bitte melden Sie besonderen Unterstützungsbedarf bei der Anmeldung an.',
		'Gebärdensprachdolmetschung auf Anfrage.'
	]
};

/** A price a provider would choose: whole euros, multiples of 5 above 20, sometimes ending in 9. */
function nicePrice(rng: Rng, [min, max]: [number, number]): number {
	const raw = rng.int(min, max);
	if (raw < 20) return raw;
	const rounded = Math.max(min, Math.min(max, Math.round(raw / 5) * 5));
	return rng.chance(0.15) && rounded - 1 >= min ? rounded - 1 : rounded;
}

/** publishedAt, lastVerifiedAt, createdAt and updatedAt that fit the status. */
export function pickStatusDates(
	rng: Rng,
	cal: LocalCalendar,
	status: 'draft' | 'in_review' | 'published' | 'archived'
): { publishedAt: Date | null; lastVerifiedAt: Date | null; createdAt: Date; updatedAt: Date } {
	const at = (daysAgo: number) => cal.at(cal.today - daysAgo, rng.int(7 * 60 + 30, 18 * 60));
	if (status === 'published') {
		// Between 2 weeks and 8 months ago; a quarter older than 6 months ("stale").
		const verified = rng.int(14, 243);
		const published = rng.int(verified, 243);
		const lastVerifiedAt = at(verified);
		return {
			publishedAt: published === verified ? lastVerifiedAt : at(published),
			lastVerifiedAt,
			createdAt: at(published + rng.int(1, 10)),
			updatedAt: lastVerifiedAt
		};
	}
	if (status === 'archived') {
		const published = rng.int(300, 700);
		const verified = published - rng.int(1, 90);
		return {
			publishedAt: at(published),
			lastVerifiedAt: at(verified),
			createdAt: at(published + rng.int(1, 20)),
			updatedAt: at(rng.int(10, 120))
		};
	}
	const created = rng.int(2, status === 'draft' ? 30 : 40);
	return {
		publishedAt: null,
		lastVerifiedAt: null,
		createdAt: at(created),
		updatedAt: at(rng.int(0, created - 1))
	};
}

/** Cost fields of an offer: free share per archetype, prices in whole euros, BuT for children. */
export function pickCost(rng: Rng, arch: Archetype, forYoungPeople: boolean, free?: boolean) {
	const isFree = free ?? rng.chance(arch.free);
	const euros = isFree ? null : nicePrice(rng, arch.price ?? [10, 60]);
	let costNote: string | null = null;
	if (isFree && arch.free === 1 && arch.costNotes) costNote = rng.pick(arch.costNotes);
	else if (isFree && rng.chance(0.15)) costNote = rng.pick(FREE_NOTES);
	else if (!isFree && arch.costNotes && rng.chance(0.7)) costNote = rng.pick(arch.costNotes);
	else if (!isFree && rng.chance(0.3)) costNote = rng.pick(PAID_NOTES);
	return {
		costType: isFree ? ('free' as const) : ('paid' as const),
		costAmountCents: euros === null ? null : euros * 100,
		costNote,
		reducedFeeAvailable: !isFree && rng.chance(0.45),
		butEligible: !isFree && !!arch.but && forYoungPeople && rng.chance(0.65)
	};
}

/** Registration: required for most courses; contact by the institution's e-mail, phone or website. */
export function pickRegistration(
	rng: Rng,
	format: string,
	inst: SeedInstitution,
	forChildren: boolean
) {
	const registrationRequired = rng.chance(REGISTRATION_CHANCE[format] ?? 0.5);
	const withContact = registrationRequired || rng.chance(0.3);
	const registrationUrl =
		withContact && inst.website && rng.chance(0.4) ? `${inst.website}/anmeldung` : null;
	const registrationPhone = withContact && rng.chance(0.6) ? inst.phone : null;
	const emailNeeded = !registrationUrl && !registrationPhone;
	return {
		registrationRequired,
		registrationUrl,
		registrationEmail: withContact && (rng.chance(0.7) || emailNeeded) ? inst.email : null,
		registrationPhone,
		registrationNote:
			withContact && rng.chance(0.6) ? registrationNote(rng, format, forChildren) : null
	};
}

/** Wheelchair access: usually the institution's; unknown more often at venues elsewhere. */
export function pickAccessibility(rng: Rng, elsewhere: boolean, atInstitution: boolean | null) {
	const wheelchairAccessible = elsewhere
		? rng.weighted<boolean | null>([
				[true, 0.5],
				[false, 0.2],
				[null, 0.3]
			])
		: rng.chance(0.9)
			? atInstitution
			: null;
	const notes = ACCESS_NOTES[String(wheelchairAccessible)] ?? [];
	return {
		wheelchairAccessible,
		accessibilityNotes: rng.chance(0.2) ? rng.pick(notes) : null
	};
}

/** SDG tags: drawn from the archetype's goals; BNE learning sites tag quality education (4). */
export function pickSdgs(rng: Rng, goals: number[] | undefined, institutionType: string): number[] {
	let sdgs: number[] = [];
	if (goals) sdgs = rng.sample(goals, rng.int(1, 3));
	else if (institutionType === 'bne-lernort' && rng.chance(0.6)) {
		sdgs = [4, ...rng.sample([13, 15, 12], rng.int(0, 2))];
	}
	return sdgs.sort((a, b) => a - b);
}

/** The languages an offer is held in: German, sometimes with (or instead of) a community language. */
export function pickLanguages(rng: Rng, arch: Archetype, wanted?: OtherLanguage) {
	const withLang = !!arch.kind && !!arch.langs && (!!wanted || rng.chance(arch.langChance ?? 0.3));
	const candidates = LANGUAGE_WEIGHTS.filter(([l]) => arch.langs?.includes(l));
	const lang: OtherLanguage | null = wanted ?? (withLang ? rng.weighted(candidates) : null);
	const monolingual = !!lang && !!arch.monolingual && rng.chance(0.35);
	const languages = lang ? (monolingual ? [lang] : ['de', lang]) : ['de'];
	if (!lang && rng.chance(0.03)) {
		const extra: [string, number][] = [
			['en', 3],
			['de-ls', 2],
			['dgs', 0.5]
		];
		languages.push(rng.weighted(extra));
	}
	return { lang, monolingual, languages };
}
