/** Kinds of offers with translation templates, and the shape of one language's templates. */
export type TranslationKind =
	| 'sprachkurs'
	| 'integrationskurs'
	| 'alphabetisierung'
	| 'elterncafe'
	| 'spielgruppe'
	| 'hausaufgaben'
	| 'migrationsberatung'
	| 'familienberatung'
	| 'familie'
	| 'treff'
	| 'schwimmkurs'
	| 'computer'
	| 'beruf'
	| 'sprachfoerderung'
	| 'lesen'
	| 'herkunftssprache';

export interface Phrasebook {
	kinds: Record<TranslationKind, [title: string, summary: string, description: string]>;
	free: string;
	paid: (euros: number) => string;
	registration: string;
	noRegistration: string;
	address: (street: string, postalCode: string) => string;
	heldIn: (monolingual: boolean) => string;
}
