import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { createTestDb } from '../testing/db';
import { foldTitle, trigramSimilarity, trigrams } from './trigrams';

let handle: DbHandle;
beforeAll(async () => {
	handle = await createTestDb({ withDistricts: false });
});
afterAll(() => handle.close());

const PAIRS: [string, string][] = [
	['Deutschkurs für Anfänger', 'Deutschkurs für Anfänger A1'],
	['SCHWIMMKURS für Kinder', 'Schwimmkurs fur Kinder'],
	['Eltern-Kind-Turnen', 'Eltern-Kind-Turnen am Samstag'],
	['Töpfern für Seniorinnen', 'Deutschkurs für Anfänger'],
	['Straßenfußball für Mädchen', 'Strassenfussball fuer Maedchen'],
	['3D-Druck-Werkstatt für Jugendliche', '3D-Druck-Werkstatt'],
	['Sprachkurs Deutsch A1', 'Sprachkurs Deutsch für den Alltag'],
	['Café International', 'Cafe international!'],
	['a', 'b'],
	['', 'Kurs']
];

describe('trigramSimilarity', () => {
	it('folds case, accents and ß like f_unaccent(lower(…))', () => {
		expect(foldTitle('Straßenfußball für MÄDCHEN – Café')).toBe(
			'strassenfussball fur madchen – cafe'
		);
	});

	it('agrees with pg_trgm similarity() on folded titles', async () => {
		for (const [a, b] of PAIRS) {
			const [row] = await handle.db
				.select({
					s: sql<number>`similarity(f_unaccent(lower(${a})), f_unaccent(lower(${b})))`
				})
				.from(sql`(select 1) as one`);
			const js = trigramSimilarity(trigrams(a), trigrams(b));
			expect(js, `${a} / ${b}`).toBeCloseTo(Number(row!.s), 5);
		}
	});
});
