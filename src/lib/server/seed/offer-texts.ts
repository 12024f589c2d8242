/**
 * German texts of an offer, composed from the archetype's sentences and
 * generic sentences that agree with the offer's facts (cost, place, language,
 * registration), so that no two descriptions read quite alike.
 */
import type { Archetype } from './catalog';
import type { Rng } from './rng';
import { LANGUAGE_NAME_DE, type OtherLanguage } from './translations';

export interface TextFacts {
	districtName: string;
	lang: OtherLanguage | null;
	monolingual: boolean;
	euros: number | null;
	costNote: string | null;
	reducedFee: boolean;
	but: boolean;
	registrationRequired: boolean;
	/** The venue's name when the offer takes place outside the institution. */
	venueName: string | null;
	street: string;
	ageMin: number | null;
	ageMax: number | null;
	phases: string[];
	wheelchair: boolean | null;
	/** Number of dated sessions (0 for recurring and ongoing offers). */
	sessions: number;
}

const ADJECTIVE: Record<OtherLanguage, string> = {
	tr: 'türkischer',
	ar: 'arabischer',
	ru: 'russischer',
	uk: 'ukrainischer',
	pl: 'polnischer'
};

export function fillPlaceholders(
	text: string,
	districtName: string,
	lang: OtherLanguage | null
): string {
	return text
		.replaceAll('{ort}', districtName)
		.replaceAll('{sprache}', lang ? LANGUAGE_NAME_DE[lang] : 'Deutsch');
}

/** The German title: the variant, sometimes with a qualifier, and the language when not German. */
export function composeTitle(
	rng: Rng,
	arch: Archetype,
	variant: string,
	districtName: string,
	lang: OtherLanguage | null,
	monolingual: boolean
): string {
	let title = fillPlaceholders(variant, districtName, lang);
	if (arch.extras && rng.chance(0.3)) title += ` ${rng.pick(arch.extras)}`;
	else if (!lang && rng.chance(0.06) && !title.includes(districtName))
		title += ` in ${districtName}`;
	if (lang && !variant.includes('{sprache}')) {
		const name = LANGUAGE_NAME_DE[lang];
		title += monolingual
			? rng.pick([` auf ${name}`, ` in ${ADJECTIVE[lang]} Sprache`])
			: rng.pick([
					` (Deutsch/${name})`,
					` – zweisprachig Deutsch und ${name}`,
					` – auch auf ${name}`
				]);
	}
	return title;
}

function audience(f: TextFacts): string | null {
	if (f.phases.includes('senioren')) return 'Das Angebot richtet sich an Seniorinnen und Senioren.';
	if (f.phases.includes('familien') && f.ageMin === null)
		return 'Eltern, Großeltern und Kinder sind gleichermaßen willkommen.';
	if (f.ageMin !== null && f.ageMax !== null && f.ageMax < 18) {
		const who =
			f.ageMax <= 12 ? 'Kinder' : f.ageMin >= 12 ? 'Jugendliche' : 'Kinder und Jugendliche';
		return `Geeignet für ${who} von ${f.ageMin} bis ${f.ageMax} Jahren.`;
	}
	if (f.phases.includes('erwachsene')) return 'Vorkenntnisse sind nicht nötig.';
	return null;
}

function place(rng: Rng, f: TextFacts): string {
	if (f.venueName) {
		return rng.pick([
			`Treffpunkt ist ${f.venueName}, ${f.street}.`,
			`Das Angebot findet nicht in unserer Einrichtung statt, sondern hier: ${f.venueName} (${f.street}).`
		]);
	}
	return rng.pick([
		`Das Angebot findet in den Räumen der Einrichtung statt (${f.street}).`,
		`Sie finden uns in ${f.districtName}, ${f.street}.`,
		`Unsere Räume (${f.street}) sind gut mit dem Bus zu erreichen.`
	]);
}

function cost(rng: Rng, f: TextFacts): string {
	if (f.euros === null) {
		return rng.pick([
			'Die Teilnahme ist kostenlos.',
			'Das Angebot ist kostenfrei.',
			'Es entstehen keine Kosten.'
		]);
	}
	let s = `Die Gebühr beträgt ${f.euros} €${f.costNote ? ` (${f.costNote})` : ''}.`;
	if (f.reducedFee) s += ' Eine Ermäßigung ist möglich.';
	if (f.but)
		s +=
			' Familien mit Anspruch auf Bildung und Teilhabe (BuT) können die Kosten erstatten lassen.';
	return s;
}

function registration(rng: Rng, f: TextFacts): string {
	return f.registrationRequired
		? rng.pick([
				'Eine Anmeldung ist erforderlich, die Plätze sind begrenzt.',
				'Bitte melden Sie sich vorher an – telefonisch oder per E-Mail.',
				'Anmeldung bis eine Woche vor Beginn.'
			])
		: f.sessions > 0
			? rng.pick([
					'Eine Anmeldung ist nicht nötig: Kommen Sie einfach vorbei.',
					'Eine Anmeldung ist nicht erforderlich.'
				])
			: rng.pick([
					'Eine Anmeldung ist nicht nötig: Kommen Sie einfach vorbei.',
					'Ohne Anmeldung – der Einstieg ist jederzeit möglich.'
				]);
}

function language(rng: Rng, f: TextFacts): string | null {
	if (!f.lang) return null;
	const name = LANGUAGE_NAME_DE[f.lang];
	return f.monolingual
		? `Das Angebot findet auf ${name} statt; bei Bedarf übersetzen wir ins Deutsche.`
		: rng.pick([
				`Das Angebot findet auf Deutsch und ${name} statt.`,
				`Die Leitung spricht Deutsch und ${name}.`
			]);
}

/** One sentence. */
export function composeSummary(rng: Rng, arch: Archetype, f: TextFacts): string {
	return fillPlaceholders(rng.pick(arch.summaries), f.districtName, f.lang);
}

/** Two to five sentences. */
export function composeDescription(rng: Rng, arch: Archetype, f: TextFacts): string {
	const details = arch.details
		.filter((d) => typeof d === 'string' || (d.when === 'free') === (f.euros === null))
		.map((d) => (typeof d === 'string' ? d : d.s));
	const target = rng.int(2, 5);
	const own = rng.sample(details, rng.int(1, Math.min(2, target - 1)));
	const lang = language(rng, f);
	const optional = [
		audience(f),
		place(rng, f),
		cost(rng, f),
		registration(rng, f),
		f.sessions > 1 ? `Insgesamt gibt es ${f.sessions} Termine.` : null,
		f.wheelchair ? 'Die Räume sind barrierefrei zugänglich.' : null
	].filter((s): s is string => s !== null);
	const rest = rng.sample(optional, Math.max(0, target - own.length - (lang ? 1 : 0)));
	return [...own, ...(lang ? [lang] : []), ...rest]
		.map((s) => fillPlaceholders(s, f.districtName, f.lang))
		.join(' ');
}
