/**
 * Short provider-written translations for offers held in Turkish, Arabic,
 * Russian, Ukrainian or Polish, and English versions for a share of all offers.
 * A few templates per kind of offer, plus sentences on cost, registration and place.
 */
import type { OfferTranslation } from '../db/schema';
import { PHRASEBOOKS, type TranslationKind } from './phrasebooks';

export type { TranslationKind } from './phrasebooks';

export type OtherLanguage = keyof typeof PHRASEBOOKS;

/** German names of the languages, as used in titles ("auf Türkisch"). */
export const LANGUAGE_NAME_DE: Record<OtherLanguage, string> = {
	tr: 'Türkisch',
	ar: 'Arabisch',
	ru: 'Russisch',
	uk: 'Ukrainisch',
	pl: 'Polnisch'
};
const LANGUAGE_NAME_EN: Record<OtherLanguage, string> = {
	tr: 'Turkish',
	ar: 'Arabic',
	ru: 'Russian',
	uk: 'Ukrainian',
	pl: 'Polish'
};

export interface TranslationFacts {
	euros: number | null;
	registrationRequired: boolean;
	street: string;
	postalCode: string;
	/** The other language the offer is held in, if any. */
	heldIn: OtherLanguage | null;
	monolingual: boolean;
}

/** The translation of an offer into the language it is held in. */
export function translateInto(
	lang: OtherLanguage,
	kind: TranslationKind,
	f: TranslationFacts
): OfferTranslation {
	const book = PHRASEBOOKS[lang];
	const [title, summary, description] = book.kinds[kind];
	return {
		title,
		summary,
		description: [
			description,
			book.heldIn(f.monolingual),
			f.euros === null ? book.free : book.paid(f.euros),
			f.registrationRequired ? book.registration : book.noRegistration,
			book.address(f.street, f.postalCode)
		].join(' ')
	};
}

/** The English version of an offer. */
export function translateEnglish(en: [string, string], f: TranslationFacts): OfferTranslation {
	const held = f.heldIn
		? f.monolingual
			? `The offer is held in ${LANGUAGE_NAME_EN[f.heldIn]}.`
			: `The offer is held in German and ${LANGUAGE_NAME_EN[f.heldIn]}.`
		: 'The offer is held in German.';
	return {
		title: en[0],
		summary: en[1],
		description: [
			held,
			f.euros === null ? 'Participation is free of charge.' : `Fee: €${f.euros}.`,
			f.registrationRequired
				? 'Please register in advance.'
				: 'No registration needed – just drop in.',
			`Address: ${f.street}, ${f.postalCode} Salzgitter.`
		].join(' ')
	};
}
