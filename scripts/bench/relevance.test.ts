/**
 * The relevance set over the demo data: the engine (built like the app) must
 * have every must-appear offer in its top 10, and must not score below the
 * PostgreSQL full-text baseline on recall@10 and nDCG@10.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/client';
import { seedDemoData } from '../../src/lib/server/seed';
import type { SearchEngine } from '../../src/lib/server/search';
import { createTestDb } from '../../src/lib/server/testing/db';
import {
	compareRelevance,
	evaluateRelevance,
	K,
	offerResolver,
	prepareRelevance,
	refLabel,
	RELEVANCE_NOW,
	type OfferResolver,
	type RelevanceReport
} from './relevance';
import { relevanceSet, type QueryKind, type RelevanceCase } from './relevance-set';

let handle: DbHandle;
let engine: SearchEngine;
let resolve: OfferResolver;
let reports: { engine: RelevanceReport; fts: RelevanceReport };

beforeAll(async () => {
	handle = await createTestDb();
	await seedDemoData(handle.db, { now: RELEVANCE_NOW });
	({ engine, resolve } = await prepareRelevance(handle.db, { now: RELEVANCE_NOW }));
	reports = await compareRelevance(handle.db, engine, resolve);
});

afterAll(async () => {
	await handle?.close();
});

describe('relevance set', () => {
	it('has at least 40 queries of every kind, each naming 1–5 public offers unambiguously', () => {
		expect(relevanceSet.length).toBeGreaterThanOrEqual(40);
		expect(new Set(relevanceSet.map((c) => c.id)).size).toBe(relevanceSet.length);
		const kinds = new Set(relevanceSet.flatMap((c) => c.kinds));
		const all: QueryKind[] = [
			'word',
			'plural',
			'compound',
			'typo',
			'umlaut',
			'multiword',
			'institution',
			'district',
			'english',
			'filter'
		];
		expect([...kinds].sort()).toEqual([...all].sort());

		const unresolved: string[] = [];
		for (const testCase of relevanceSet) {
			expect(testCase.mustAppear.length, testCase.id).toBeGreaterThanOrEqual(1);
			expect(testCase.mustAppear.length, testCase.id).toBeLessThanOrEqual(5);
			for (const ref of testCase.mustAppear) {
				if (resolve(ref) === undefined) unresolved.push(`${testCase.id}: ${refLabel(ref)}`);
			}
		}
		expect(unresolved).toEqual([]);
	});

	it('resolver refuses a reference that names two offers', () => {
		const offer = (id: string, district: string) => ({
			id,
			title: 'Judo für Kinder',
			institution: { id: 'i', slug: 'i', name: 'TSV', type: 'verein' },
			location: { district: { slug: district.toLowerCase(), name: district } },
			translations: {}
		});
		const twice = offerResolver([offer('a', 'Thiede'), offer('b', 'Lebenstedt')] as never);
		expect(() => twice({ title: 'Judo für Kinder', institution: 'TSV' })).toThrow(/Mehrdeutig/);
		expect(twice({ title: 'Judo für Kinder', institution: 'TSV', district: 'Thiede' })).toBe('a');
		expect(twice({ title: 'Judo', institution: 'TSV' })).toBeUndefined();
	});
});

describe('evaluateRelevance', () => {
	const set: RelevanceCase[] = [
		{
			id: 'two',
			persona: 'parent',
			kinds: ['word'],
			params: { q: 'x' },
			mustAppear: [
				{ title: 'A', institution: 'I' },
				{ title: 'B', institution: 'I' }
			]
		},
		{
			id: 'deep',
			persona: 'parent',
			kinds: ['word'],
			params: { q: 'y', district: 'thiede' },
			mustAppear: [
				{ title: 'C', institution: 'I' },
				{ title: 'Gone', institution: 'I' }
			]
		}
	];
	const ids: Record<string, string> = { A: 'a', B: 'b', C: 'c' };
	const byTitle = (ref: { title: string }) => ids[ref.title];
	const filler = (n: number) => Array.from({ length: n }, (_, i) => `f${i}`);

	it('computes recall@10 and binary nDCG@10 per query and their means', async () => {
		const report = await evaluateRelevance(
			set,
			(query) => (query.q === 'x' ? ['f', 'a', 'a', 'g', 'b'] : [...filler(10), 'c']),
			byTitle
		);
		const [two, deep] = report.perQuery;
		// a at 2, b at 4 (the repeated a does not count twice).
		expect(two!.ranks).toEqual([2, 4]);
		expect(two!.recall).toBe(1);
		expect(two!.ndcg).toBeCloseTo((1 / Math.log2(3) + 1 / Math.log2(5)) / (1 + 1 / Math.log2(3)), 10);
		// c at 11 is outside the top 10; "Gone" names no offer.
		expect(deep!.ranks).toEqual([11, null]);
		expect(deep!.recall).toBe(0);
		expect(deep!.ndcg).toBe(0);
		expect(deep!.missing).toEqual(['C — I', 'Gone — I']);
		expect(deep!.unresolved).toEqual(['Gone — I']);
		expect(deep!.filters).toBe('district=thiede');
		expect(report.recallAt10).toBeCloseTo(0.5, 10);
		expect(report.ndcgAt10).toBeCloseTo(two!.ndcg / 2, 10);
	});

	it('gives 1 for a perfect ranking', async () => {
		const report = await evaluateRelevance(set.slice(0, 1), () => ['b', 'a'], byTitle);
		expect(report.recallAt10).toBe(1);
		expect(report.ndcgAt10).toBeCloseTo(1, 10);
	});
});

/**
 * Must-appear offers the engine ranks just below the top 10, with the reason.
 * Each must stay within `within`; one that reaches the top 10 must leave this list.
 */
const KNOWN_MISSES: { q: string; offer: string; within: number; why: string }[] = [
	{
		q: 'Türkisch für Kinder',
		offer: 'Muttersprachlicher Unterricht in Türkisch — Schachklub Bleckenstedt e. V.',
		within: 15,
		why:
			'"Kinder" is only in its summary; ten bilingual (Deutsch/Türkisch) offers for Klein- and ' +
			'Grundschulkinder carry both words in the title (compound part) and rank above it.'
	}
];

describe('search engine relevance (demo data)', () => {
	const ranked = () =>
		reports.engine.perQuery.flatMap((q) =>
			relevanceSet
				.find((c) => c.id === q.id)!
				.mustAppear.map((ref, i) => ({ q: q.q, filters: q.filters, offer: refLabel(ref), rank: q.ranks[i] ?? null }))
		);

	it(`has every must-appear offer in its top ${K} (known misses: within their bound)`, () => {
		const problems: string[] = [];
		for (const r of ranked()) {
			const known = KNOWN_MISSES.find((m) => m.q === r.q && m.offer === r.offer);
			const where = r.rank === null ? 'not in the first 50' : `rank ${r.rank}`;
			const label = `"${r.q}"${r.filters ? ` [${r.filters}]` : ''} → ${r.offer}: ${where}`;
			if (known) {
				if (r.rank !== null && r.rank <= K) problems.push(`${label} — now found: remove it from KNOWN_MISSES`);
				else if (r.rank === null || r.rank > known.within) problems.push(`${label} — worse than rank ${known.within}`);
			} else if (r.rank === null || r.rank > K) problems.push(label);
		}
		expect(problems, `engine misses:\n${problems.join('\n')}`).toEqual([]);
	});

	it('scores at least the PostgreSQL full-text baseline on recall@10 and nDCG@10', () => {
		const { engine: e, fts: f } = reports;
		const figures = `engine recall@10 ${e.recallAt10.toFixed(3)}, nDCG@10 ${e.ndcgAt10.toFixed(3)}; FTS recall@10 ${f.recallAt10.toFixed(3)}, nDCG@10 ${f.ndcgAt10.toFixed(3)}`;
		expect(e.queries).toBe(relevanceSet.length);
		expect(e.recallAt10, figures).toBeGreaterThanOrEqual(f.recallAt10);
		expect(e.ndcgAt10, figures).toBeGreaterThanOrEqual(f.ndcgAt10);
	});
});
