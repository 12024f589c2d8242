/**
 * Relevance metrics for the offer search: recall@10 and nDCG@10 (binary
 * relevance) of a ranking function over the relevance set
 * (relevance-set.ts), and the side-by-side table of the engine and the
 * PostgreSQL full-text baseline.
 *
 *   npx tsx scripts/bench/relevance.ts
 *
 * seeds the demo data into a fresh test database (PGlite, or PostgreSQL when
 * DATABASE_URL is set), builds the engine like the app and the baseline table,
 * and prints per query the rank of each must-appear offer in both.
 */
import type { Db } from '../../src/lib/server/db/client';
import { cityConfig } from '../../src/lib/server/config/city';
import { listDistricts } from '../../src/lib/server/districts';
import { listPublishedOffers, type TOffer } from '../../src/lib/server/offers';
import {
	createSearchEngine,
	ZOfferSearchQuery,
	type SearchEngine,
	type TOfferSearchQuery
} from '../../src/lib/server/search';
import { ftsSearch, prepareFtsBaseline } from './fts-baseline';
import { relevanceSet, type OfferRef, type RelevanceCase } from './relevance-set';

/** Cut-off of the metrics. */
export const K = 10;
/** How many ids a run is asked for, so that ranks beyond the top 10 can be reported. */
export const RUN_DEPTH = 50;
/**
 * "Today" for the relevance test: the seed day, the visibility rule and the
 * engine's clock. Fixed, so that the test data and the public set are the
 * same on every run.
 */
export const RELEVANCE_NOW = new Date('2025-03-03T11:00:00Z');

/** Ids in rank order (best first) for one query of the set. */
export type RelevanceRun = (
	query: TOfferSearchQuery,
	testCase: RelevanceCase
) => Promise<string[]> | string[];
/** The id of the offer a reference names, or undefined when no public offer matches. */
export type OfferResolver = (ref: OfferRef) => string | undefined;

export interface QueryRelevance {
	id: string;
	q: string;
	/** The filters of the query, e.g. "district=thiede free=1" ('' when none). */
	filters: string;
	recall: number;
	ndcg: number;
	/** 1-based rank of each must-appear offer in the run (null: not in the first RUN_DEPTH). */
	ranks: (number | null)[];
	/** Labels of the must-appear offers that are not in the top K. */
	missing: string[];
	/** Labels of references that name no public offer (counted as missing). */
	unresolved: string[];
}

export interface RelevanceReport {
	queries: number;
	/** Mean over queries of the share of must-appear offers in the top K. */
	recallAt10: number;
	/** Mean over queries of nDCG@K with binary relevance. */
	ndcgAt10: number;
	perQuery: QueryRelevance[];
}

export const refLabel = (ref: OfferRef) =>
	`${ref.title} — ${ref.institution}${ref.district ? ` (${ref.district})` : ''}${ref.englishTitle ? ` (en: ${ref.englishTitle})` : ''}`;

/** The query of a case as the engine and the API parse it, asking for RUN_DEPTH hits. */
export function caseQuery(testCase: RelevanceCase): TOfferSearchQuery {
	return ZOfferSearchQuery.parse({ ...testCase.params, pageSize: String(RUN_DEPTH) });
}

const filtersOf = (testCase: RelevanceCase) =>
	Object.entries(testCase.params)
		.filter(([key]) => key !== 'q')
		.map(([key, value]) => `${key}=${value}`)
		.join(' ');

/**
 * Resolves references against a list of public offers. A reference that
 * matches several offers is a mistake in the set: it throws.
 */
export function offerResolver(
	offers: Pick<TOffer, 'id' | 'title' | 'institution' | 'location' | 'translations'>[]
): OfferResolver {
	const byKey = new Map<string, (typeof offers)[number][]>();
	for (const offer of offers) {
		const key = `${offer.title}\u0000${offer.institution.name}`;
		const list = byKey.get(key) ?? [];
		list.push(offer);
		byKey.set(key, list);
	}
	return (ref) => {
		const candidates = (byKey.get(`${ref.title}\u0000${ref.institution}`) ?? []).filter(
			(o) =>
				(ref.district === undefined || o.location.district.name === ref.district) &&
				(ref.englishTitle === undefined || o.translations.en?.title === ref.englishTitle)
		);
		if (candidates.length > 1) {
			throw new Error(`Mehrdeutige Referenz (${candidates.length} Angebote): ${refLabel(ref)}`);
		}
		return candidates[0]?.id;
	};
}

/** DCG of binary gains at the given 1-based ranks. */
const dcg = (ranks: number[]) => ranks.reduce((sum, rank) => sum + 1 / Math.log2(rank + 1), 0);

/**
 * Runs every case of the set and scores the top K: recall@K is the share of
 * must-appear offers in the top K; nDCG@K uses binary relevance with the ideal
 * DCG over min(|must-appear|, K) hits. Both are averaged over the queries.
 */
export async function evaluateRelevance(
	set: RelevanceCase[],
	run: RelevanceRun,
	resolve: OfferResolver
): Promise<RelevanceReport> {
	const perQuery: QueryRelevance[] = [];
	for (const testCase of set) {
		const ids = await run(caseQuery(testCase), testCase);
		const rankOf = new Map<string, number>();
		for (const id of ids) if (!rankOf.has(id)) rankOf.set(id, rankOf.size + 1);

		const ranks: (number | null)[] = [];
		const missing: string[] = [];
		const unresolved: string[] = [];
		for (const ref of testCase.mustAppear) {
			const id = resolve(ref);
			const rank = id === undefined ? null : (rankOf.get(id) ?? null);
			ranks.push(rank);
			if (id === undefined) unresolved.push(refLabel(ref));
			if (rank === null || rank > K) missing.push(refLabel(ref));
		}
		const relevant = testCase.mustAppear.length;
		const inTop = ranks.filter((r): r is number => r !== null && r <= K);
		const ideal = dcg(Array.from({ length: Math.min(relevant, K) }, (_, i) => i + 1));
		perQuery.push({
			id: testCase.id,
			q: testCase.params.q ?? '',
			filters: filtersOf(testCase),
			recall: relevant === 0 ? 1 : inTop.length / relevant,
			ndcg: ideal === 0 ? 1 : dcg(inTop) / ideal,
			ranks,
			missing,
			unresolved
		});
	}
	const mean = (pick: (q: QueryRelevance) => number) =>
		perQuery.length === 0 ? 0 : perQuery.reduce((sum, q) => sum + pick(q), 0) / perQuery.length;
	return {
		queries: perQuery.length,
		recallAt10: mean((q) => q.recall),
		ndcgAt10: mean((q) => q.ndcg),
		perQuery
	};
}

/** The engine as a run: its hits for the query in the case's interface language. */
export function engineRun(engine: SearchEngine): RelevanceRun {
	return (query, testCase) =>
		engine.search(query, testCase.locale ?? 'de').hits.map((hit) => hit.offer.id);
}

/** The PostgreSQL full-text baseline as a run (prepareFtsBaseline must have run). */
export function ftsRun(db: Db): RelevanceRun {
	return async (query) => (await ftsSearch(db, query)).ids;
}

/**
 * Builds what the relevance comparison needs on a seeded database: the
 * engine, built like the app does (districts from the database, the city's
 * time zone, the public offers), the baseline table, and a resolver over the
 * same public offers. `now` (default: the current time) is the clock of the
 * visibility rule and the engine.
 */
export async function prepareRelevance(
	db: Db,
	opts: { now?: Date } = {}
): Promise<{ engine: SearchEngine; resolve: OfferResolver; offers: number }> {
	const now = opts.now;
	const offers = await listPublishedOffers(db, { now });
	const engine = createSearchEngine({
		districts: await listDistricts(db),
		timeZone: cityConfig().city.timezone,
		...(now ? { now: () => now } : {})
	});
	engine.rebuild(offers);
	await prepareFtsBaseline(db, { now });
	return { engine, resolve: offerResolver(offers), offers: offers.length };
}

/** Both reports of the set on a prepared database (see prepareRelevance). */
export async function compareRelevance(
	db: Db,
	engine: SearchEngine,
	resolve: OfferResolver,
	set: RelevanceCase[] = relevanceSet
): Promise<{ engine: RelevanceReport; fts: RelevanceReport }> {
	return {
		engine: await evaluateRelevance(set, engineRun(engine), resolve),
		fts: await evaluateRelevance(set, ftsRun(db), resolve)
	};
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const rankList = (ranks: (number | null)[]) =>
	ranks.map((r) => (r === null ? '–' : r > K ? `(${r})` : String(r))).join(' ');

/**
 * A Markdown table: per query the rank of each must-appear offer in the engine
 * and in the baseline ("(14)": found below the top 10, "–": not in the first
 * RUN_DEPTH), then the means and the misses.
 */
export function formatRelevanceTable(engine: RelevanceReport, fts: RelevanceReport): string {
	const lines = [
		'| query | filters | engine ranks | FTS ranks | engine recall | FTS recall |',
		'| --- | --- | --- | --- | ---: | ---: |'
	];
	engine.perQuery.forEach((e, i) => {
		const f = fts.perQuery[i]!;
		lines.push(
			`| ${e.q} | ${e.filters} | ${rankList(e.ranks)} | ${rankList(f.ranks)} | ${pct(e.recall)} | ${pct(f.recall)} |`
		);
	});
	lines.push(
		'',
		`| ${engine.queries} queries | recall@10 | nDCG@10 |`,
		'| --- | ---: | ---: |',
		`| engine | ${pct(engine.recallAt10)} | ${pct(engine.ndcgAt10)} |`,
		`| PostgreSQL FTS | ${pct(fts.recallAt10)} | ${pct(fts.ndcgAt10)} |`
	);
	for (const [name, report] of [
		['engine', engine],
		['PostgreSQL FTS', fts]
	] as const) {
		const misses = report.perQuery.filter((q) => q.missing.length > 0);
		lines.push('', `${name}: ${misses.length} queries with misses`);
		for (const q of misses) {
			lines.push(`- "${q.q}"${q.filters ? ` [${q.filters}]` : ''}: ${q.missing.join('; ')}`);
		}
	}
	return lines.join('\n');
}

async function main(): Promise<void> {
	const { createTestDb } = await import('../../src/lib/server/testing/db');
	const { seedDemoData } = await import('../../src/lib/server/seed');
	const handle = await createTestDb();
	try {
		await seedDemoData(handle.db, { now: RELEVANCE_NOW });
		const { engine, resolve, offers } = await prepareRelevance(handle.db, { now: RELEVANCE_NOW });
		const reports = await compareRelevance(handle.db, engine, resolve);
		console.log(`${handle.kind}, ${offers} öffentliche Demo-Angebote (Seed 1), ${relevanceSet.length} Anfragen\n`);
		console.log(formatRelevanceTable(reports.engine, reports.fts));
	} finally {
		await handle.close();
	}
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
	await main();
}
