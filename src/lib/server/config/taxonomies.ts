/**
 * Taxonomies (life phases, topics, formats, institution types, languages, SDGs)
 * are data with German and English labels in config/taxonomies/*.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CONFIG_DIR } from './city';

const Term = z.object({
	code: z.string().min(1),
	de: z.string().min(1),
	en: z.string().min(1),
	native: z.string().optional(),
	ageMin: z.number().int().nullable().optional(),
	ageMax: z.number().int().nullable().optional()
});
export type Term = z.infer<typeof Term>;

export const taxonomyNames = [
	'life-phases',
	'topics',
	'formats',
	'institution-types',
	'languages',
	'sdgs'
] as const;
export type TaxonomyName = (typeof taxonomyNames)[number];
export type Taxonomies = Record<TaxonomyName, Term[]>;

function loadTaxonomy(name: TaxonomyName): Term[] {
	const file = path.join(CONFIG_DIR, 'taxonomies', `${name}.json`);
	const parsed = z.array(Term).safeParse(JSON.parse(readFileSync(file, 'utf8')));
	if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.message}`);
	return parsed.data;
}

let cached: Taxonomies | undefined;
export function taxonomies(): Taxonomies {
	cached ??= Object.fromEntries(taxonomyNames.map((n) => [n, loadTaxonomy(n)])) as Taxonomies;
	return cached;
}

/** The label of a code in a locale (German fallback, then the code itself). */
export function termLabel(name: TaxonomyName, code: string, locale: string): string {
	const term = taxonomies()[name].find((t) => t.code === code);
	if (!term) return code;
	return locale === 'en' ? term.en : term.de;
}

export function termCodes(name: TaxonomyName): string[] {
	return taxonomies()[name].map((t) => t.code);
}
