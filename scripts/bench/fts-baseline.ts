/**
 * The PostgreSQL full-text search baseline of the search-performance issue:
 * what a well-indexed, plain Postgres implementation of the offer finder would
 * run. The benchmark times it against the same data as the engine, and the
 * relevance test compares its recall with the engine's.
 *
 * - `prepareFtsBaseline(db)` builds the table `bench_fts` in the bench database
 *   (never in the app's migrations): one row per public offer (the rule of
 *   `listPublishedOffers`), a weighted `german` tsvector with a GIN index, the
 *   facet columns (GIN on the arrays, B-tree on district) and a trigram GIN
 *   index on the folded title.
 * - `ftsSearch(db, query)` runs ONE statement per call for the engine's query
 *   contract (`ZOfferSearchQuery`): `websearch_to_tsquery('german', q)` (all
 *   words must match, "quoted phrases" and -exclusions work), filters in
 *   WHERE, `ts_rank` ordering for the page, the total, and facet counts for
 *   district/topic/lifePhase/format/language via GROUPING SETS. When the text
 *   query matches nothing, the same statement falls back to trigram word
 *   similarity on the title (`<%`, pg_trgm's default threshold 0.6) — the
 *   "trigram fallback for a typo". An empty q orders by title.
 * - `timeFts(db, classes, { runs })` times query classes sequentially.
 *
 * Same SQL on PGlite (Postgres 17/18) and PostgreSQL 15: drizzle's `sql` and
 * `db.execute`, parameters only as text (codes are joined with commas).
 *
 * Deliberate differences from the engine (documented, not hidden):
 * - facet counts are over the filtered hits (filters in WHERE), not
 *   disjunctive like the engine's (cheaper for Postgres);
 * - `from`/`to` (date range), `sort=date` and `sort=distance` are ignored:
 *   occurrences of recurring offers are not in SQL; `sort=name` orders by title.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../src/lib/server/db/client';
import { taxonomies, type TaxonomyName } from '../../src/lib/server/config/taxonomies';
import { publicOffersWhere } from '../../src/lib/server/freshness/visibility';
import type { TOfferSearchQuery } from '../../src/lib/server/search/search.schemas';
import { quantile } from './stats';

export const FTS_TABLE = 'bench_fts';

/** The facets the baseline counts (the finder's main facets). */
export const ftsFacets = ['district', 'topic', 'lifePhase', 'format', 'language'] as const;
export type FtsFacet = (typeof ftsFacets)[number];

export interface FtsResult {
	/** Offer ids of the requested page, best first. */
	ids: string[];
	total: number;
	/** Count per value of each facet in `ftsFacets` (values with no hit are absent). */
	facets: Record<string, Record<string, number>>;
	/** true when the text query matched nothing and the hits come from the trigram fallback. */
	fuzzy: boolean;
}

/** Rows of db.execute on both drivers (postgres-js: an array; PGlite: { rows }). */
function rowsOf<T>(result: unknown): T[] {
	return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

/** German and English labels of the taxonomy codes, keyed "taxonomy:code" (the engine indexes both). */
function labelMap(): Record<string, string> {
	const out: Record<string, string> = {};
	const all = taxonomies();
	for (const name of ['topics', 'life-phases', 'languages', 'formats'] as TaxonomyName[]) {
		for (const t of all[name]) out[`${name}:${t.code}`] = t.de === t.en ? t.de : `${t.de} ${t.en}`;
	}
	return out;
}

/**
 * (Re)creates `bench_fts` from the public offers and indexes it. The text
 * mirrors what the engine indexes, in four weights:
 * A title; B summary, institution and venue name, translated titles;
 * C description, district name, topic/life-phase/format labels (de + en) and
 * non-German languages held in; D translated summaries and descriptions.
 */
export async function prepareFtsBaseline(
	db: Db,
	opts: { now?: Date } = {}
): Promise<{ offers: number; ms: number }> {
	const t0 = performance.now();
	const visible = await publicOffersWhere(db, { now: opts.now });
	const labels = JSON.stringify(labelMap());
	const label = (taxonomy: string, codes: SQL) =>
		sql`coalesce((select string_agg(${labels}::jsonb ->> (${taxonomy} || ':' || c), ' ') from unnest(${codes}) c), '')`;

	await db.execute(sql.raw(`drop table if exists ${FTS_TABLE}`));
	await db.execute(
		sql.raw(`create table ${FTS_TABLE} (
			offer_id uuid primary key,
			title text not null,
			title_folded text not null,
			district text not null,
			provider text not null,
			format text not null,
			topics text[] not null,
			life_phases text[] not null,
			languages text[] not null,
			sdgs integer[] not null,
			free boolean not null,
			accessible boolean not null,
			but boolean not null,
			document tsvector not null
		)`)
	);
	await db.execute(sql`
		insert into ${sql.raw(FTS_TABLE)}
		select
			offers.id,
			offers.title,
			lower(f_unaccent(offers.title)),
			case when offers.venue_street is null then inst_district.slug
				else coalesce(venue_district.slug, inst_district.slug) end,
			institutions.slug,
			offers.format,
			offers.topics,
			offers.life_phases,
			offers.languages,
			offers.sdgs,
			offers.cost_type = 'free',
			coalesce(offers.wheelchair_accessible, false),
			offers.but_eligible,
			setweight(to_tsvector('german', offers.title), 'A')
			|| setweight(to_tsvector('german', concat_ws(' ',
				offers.summary,
				institutions.name,
				case when offers.venue_street is not null then offers.venue_name end,
				(select string_agg(t.value ->> 'title', ' ') from jsonb_each(offers.translations) t)
			)), 'B')
			|| setweight(to_tsvector('german', concat_ws(' ',
				offers.description,
				case when offers.venue_street is null then inst_district.name
					else coalesce(venue_district.name, inst_district.name) end,
				${label('topics', sql`offers.topics`)},
				${label('life-phases', sql`offers.life_phases`)},
				${label('formats', sql`array[offers.format]`)},
				${label('languages', sql`array_remove(offers.languages, 'de')`)}
			)), 'C')
			|| setweight(to_tsvector('german', coalesce((
				select string_agg(concat_ws(' ', t.value ->> 'summary', t.value ->> 'description'), ' ')
				from jsonb_each(offers.translations) t
			), '')), 'D')
		from offers
		join institutions on institutions.id = offers.institution_id
		join districts inst_district on inst_district.slug = institutions.district_slug
		left join districts venue_district on venue_district.slug = offers.venue_district_slug
		where ${visible}`);
	for (const ddl of [
		`create index ${FTS_TABLE}_document_idx on ${FTS_TABLE} using gin (document)`,
		`create index ${FTS_TABLE}_title_trgm_idx on ${FTS_TABLE} using gin (title_folded gin_trgm_ops)`,
		`create index ${FTS_TABLE}_topics_idx on ${FTS_TABLE} using gin (topics)`,
		`create index ${FTS_TABLE}_life_phases_idx on ${FTS_TABLE} using gin (life_phases)`,
		`create index ${FTS_TABLE}_languages_idx on ${FTS_TABLE} using gin (languages)`,
		`create index ${FTS_TABLE}_district_idx on ${FTS_TABLE} (district)`,
		`create index ${FTS_TABLE}_title_idx on ${FTS_TABLE} (title, offer_id)`,
		`analyze ${FTS_TABLE}`
	]) {
		await db.execute(sql.raw(ddl));
	}
	const [row] = rowsOf<{ n: number }>(
		await db.execute(sql.raw(`select count(*)::int as n from ${FTS_TABLE}`))
	);
	return { offers: Number(row?.n ?? 0), ms: Math.round(performance.now() - t0) };
}

/** A list of codes as a text[] constant (codes are [a-z0-9-], see zCode). */
const codes = (list: readonly (string | number)[]) => sql`string_to_array(${list.join(',')}, ',')`;

/** The query's filters as one condition on `b` (true when none). */
function filtersOf(query: TOfferSearchQuery): SQL {
	const parts: SQL[] = [];
	if (query.district.length) parts.push(sql`b.district = any(${codes(query.district)})`);
	if (query.format.length) parts.push(sql`b.format = any(${codes(query.format)})`);
	if (query.provider.length) parts.push(sql`b.provider = any(${codes(query.provider)})`);
	if (query.topic.length) parts.push(sql`b.topics && ${codes(query.topic)}`);
	if (query.lifePhase.length) parts.push(sql`b.life_phases && ${codes(query.lifePhase)}`);
	if (query.language.length) parts.push(sql`b.languages && ${codes(query.language)}`);
	if (query.sdg.length) parts.push(sql`b.sdgs && ${codes(query.sdg)}::integer[]`);
	if (query.free) parts.push(sql`b.free`);
	if (query.accessible) parts.push(sql`b.accessible`);
	if (query.but) parts.push(sql`b.but`);
	return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

const HIT_COLUMNS = sql.raw('b.offer_id, b.title, b.district, b.format, b.topics, b.life_phases, b.languages');

/**
 * One search: the page of ids, the total and the facet counts, in a single
 * statement. See the module comment for the semantics.
 */
export async function ftsSearch(db: Db, query: TOfferSearchQuery): Promise<FtsResult> {
	const q = query.q.trim();
	const where = filtersOf(query);
	const pageSize = query.pageSize;
	const offset = (query.page - 1) * pageSize;
	const table = sql.raw(`${FTS_TABLE} b`);
	const byRank = q !== '' && query.sort !== 'name';

	const hits = q
		? sql`
			fts as materialized (
				select ${HIT_COLUMNS}, ts_rank(b.document, websearch_to_tsquery('german', ${q})) as rank, false as fuzzy
				from ${table}
				where b.document @@ websearch_to_tsquery('german', ${q}) and ${where}
			),
			trgm as materialized (
				select ${HIT_COLUMNS}, word_similarity(lower(f_unaccent(${q})), b.title_folded) as rank, true as fuzzy
				from ${table}
				where not exists (select 1 from fts)
					and lower(f_unaccent(${q})) <% b.title_folded and ${where}
			),
			hits as (select * from fts union all select * from trgm)`
		: sql`
			hits as materialized (
				select ${HIT_COLUMNS}, 0::real as rank, false as fuzzy from ${table} where ${where}
			)`;

	const result = await db.execute(sql`
		with ${hits},
		page as (
			select offer_id, rank, title from hits
			order by ${byRank ? sql`rank desc, ` : sql``}title, offer_id
			limit ${pageSize} offset ${offset}
		),
		facet_counts as (
			select
				case
					when grouping(u.district) = 0 then 'district'
					when grouping(u.format) = 0 then 'format'
					when grouping(u.topic) = 0 then 'topic'
					when grouping(u.life_phase) = 0 then 'lifePhase'
					else 'language'
				end as facet,
				coalesce(u.district, u.format, u.topic, u.life_phase, u.language) as value,
				count(*)::int as n
			from hits h,
				unnest(array[h.district], array[h.format], h.topics, h.life_phases, h.languages)
					as u(district, format, topic, life_phase, language)
			group by grouping sets ((u.district), (u.format), (u.topic), (u.life_phase), (u.language))
		)
		select
			(select count(*)::int from hits) as total,
			(select coalesce(bool_or(fuzzy), false) from hits) as fuzzy,
			(select coalesce(json_agg(offer_id order by ${byRank ? sql`rank desc, ` : sql``}title, offer_id), '[]')::text from page) as ids,
			(select coalesce(json_agg(json_build_array(facet, value, n)), '[]')::text
				from facet_counts where value is not null) as facets`);

	const [row] = rowsOf<{ total: number; fuzzy: boolean; ids: string; facets: string }>(result);
	const facets: Record<string, Record<string, number>> = Object.fromEntries(
		ftsFacets.map((f) => [f, {}])
	);
	for (const [facet, value, n] of JSON.parse(row?.facets ?? '[]') as [string, string, number][]) {
		facets[facet]![value] = n;
	}
	return {
		ids: JSON.parse(row?.ids ?? '[]') as string[],
		total: Number(row?.total ?? 0),
		facets,
		fuzzy: row?.fuzzy === true
	};
}

export interface FtsTiming {
	runs: number;
	p50: number;
	p95: number;
	p99: number;
	max: number;
	/** Mean total hits per query (to see what the class measures). */
	meanTotal: number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * Times query classes one query at a time (no concurrency): `runs` searches
 * per class, cycling through the class's queries, after `warmup` untimed
 * rounds of each query. Latencies in ms (two decimals).
 */
export async function timeFts(
	db: Db,
	classes: Record<string, TOfferSearchQuery[]>,
	opts: { runs?: number; warmup?: number } = {}
): Promise<Record<string, FtsTiming>> {
	const runs = opts.runs ?? 50;
	const warmup = opts.warmup ?? 1;
	const out: Record<string, FtsTiming> = {};
	for (const [name, queries] of Object.entries(classes)) {
		if (queries.length === 0) continue;
		for (let w = 0; w < warmup; w++) for (const query of queries) await ftsSearch(db, query);
		const times: number[] = [];
		let totals = 0;
		for (let i = 0; i < runs; i++) {
			const start = performance.now();
			const r = await ftsSearch(db, queries[i % queries.length]!);
			times.push(performance.now() - start);
			totals += r.total;
		}
		times.sort((a, b) => a - b);
		out[name] = {
			runs,
			p50: round(quantile(times, 0.5)),
			p95: round(quantile(times, 0.95)),
			p99: round(quantile(times, 0.99)),
			max: round(times.at(-1)!),
			meanTotal: Math.round(totals / runs)
		};
	}
	return out;
}

/** The issue's baseline rows, as query classes of the search contract. */
export function defaultFtsClasses(parse: (raw: Record<string, string>) => TOfferSearchQuery) {
	return {
		'selective terms': [
			parse({ q: 'Schwimmkurs' }),
			parse({ q: 'Integrationskurs' }),
			parse({ q: 'Hausaufgabenhilfe Grundschule' })
		],
		'broad term (Kinder)': [parse({ q: 'Kinder' })],
		'with filters': [
			parse({ q: 'Sprache', district: 'lebenstedt', free: '1' }),
			parse({ lifePhase: 'kita', topic: 'sprache', language: 'tr' }),
			parse({ topic: 'bewegung', district: 'salzgitter-bad', format: 'kurs' })
		],
		'trigram fallback (typo)': [
			parse({ q: 'Schwimkurs' }),
			parse({ q: 'Integratonskurs' }),
			parse({ q: 'Hausaufgabenhlife' })
		],
		'empty q + facets': [parse({ lifePhase: 'grundschule' }), parse({ free: '1', accessible: '1' })]
	} satisfies Record<string, TOfferSearchQuery[]>;
}

/**
 * `npx tsx scripts/bench/fts-baseline.ts [--runs N]`: builds bench_fts in the
 * database of DATA_DIR / DATABASE_URL (like the app; fill it first with
 * `npm run seed -- --offers N`) and prints p50/p95/p99 per query class.
 */
async function main(): Promise<void> {
	const { parseArgs } = await import('node:util');
	const { env } = await import('../../src/lib/server/env');
	const { openDatabase } = await import('../../src/lib/server/db/client');
	const { ZOfferSearchQuery } = await import('../../src/lib/server/search/search.schemas');
	const { values } = parseArgs({ options: { runs: { type: 'string', default: '50' } } });
	const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
	try {
		const prepared = await prepareFtsBaseline(handle.db);
		console.log(`${handle.kind}: bench_fts mit ${prepared.offers} Angeboten in ${prepared.ms} ms angelegt`);
		const timings = await timeFts(handle.db, defaultFtsClasses((raw) => ZOfferSearchQuery.parse(raw)), {
			runs: Number(values.runs)
		});
		console.log('| query class | hits | p50 ms | p95 ms | p99 ms |');
		console.log('| --- | ---: | ---: | ---: | ---: |');
		for (const [name, t] of Object.entries(timings)) {
			console.log(`| ${name} | ${t.meanTotal} | ${t.p50} | ${t.p95} | ${t.p99} |`);
		}
	} finally {
		await handle.close();
	}
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
	await main();
}
