/**
 * `npm run bench` — the search benchmark of the search-performance issue.
 *
 * Per size (default 1,200, 50,000 and 500,000 offers), on a fresh embedded database:
 *  1. seeds the offers (`scripts/seed.ts`, deterministic);
 *  2. builds the PostgreSQL full-text baseline in the same database and times
 *     the same query classes one by one (fts-baseline.ts);
 *  3. at the demo size (1,200) evaluates the relevance set against engine and baseline;
 *  4. starts the production build (with probe.mjs for event-loop delay and RSS)
 *     and records the time from start to the first served search;
 *  5. after a 3 s warm-up per endpoint, drives /api/v1/offers and /angebote with
 *     autocannon, 16 connections,
 *     `--seconds` per query class; plus an "uncached" class whose every request
 *     is a query not asked before (so neither result nor page cache can answer),
 *     and a steady 100 requests/s run on the API over 4 connections (the latency of a
 *     normal day).
 * Prints a Markdown table and writes bench/results.json.
 *
 * Options: --sizes 1200,50000,500000  --seconds 20  --connections 16  --fts-runs N
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ensureBuild, root } from '../lib/ensure-build.mjs';
import { openDatabase } from '../../src/lib/server/db/client';
import { ZOfferSearchQuery, searchParamsToObject } from '../../src/lib/server/search';
import { prepareFtsBaseline, timeFts } from './fts-baseline';
import { compareRelevance, prepareRelevance } from './relevance';
import { quantile } from './stats';

interface RelevanceSummary {
	queries: number;
	recallAt10: number;
	ndcgAt10: number;
}

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1200,50000,500000' },
		seconds: { type: 'string', default: '20' },
		connections: { type: 'string', default: '16' },
		'fts-runs': { type: 'string' }
	}
});
const sizes = values.sizes.split(',').map(Number);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
/** Baseline runs per class: 200, fewer at 500,000 offers where one broad query takes seconds. */
const ftsRunsFor = (size: number) =>
	values['fts-runs'] ? Number(values['fts-runs']) : size > 100_000 ? 20 : 200;

/** Query classes: the same query strings for the API, the HTML page and the baseline. */
const classes: Record<string, string[]> = {
	selective: ['q=Schwimmkurs', 'q=Integrationskurs', 'q=Hausaufgabenhilfe+Grundschule'],
	broad: ['q=Kinder', 'q=Kurs', 'q=Angebot'],
	typo: ['q=Schwimkurs', 'q=Integratonskurs', 'q=Hausaufgabenhlife'],
	facets: [
		'q=Sprache&district=lebenstedt&free=1',
		'lifePhase=kita&topic=sprache&language=tr',
		'topic=bewegung&district=salzgitter-bad&format=kurs'
	],
	'facets only': ['lifePhase=grundschule', 'free=1&accessible=1', 'district=thiede&topic=natur']
};
const allQueries = Object.values(classes).flat();

/**
 * Every request a query not asked before in this run: the class queries with a
 * page size from 5 to 60 and a page from 1 to 5 (15 × 56 × 5 = 4,200 distinct
 * queries, more than the caches hold), in a fixed shuffled order.
 */
function uncachedQueries(): string[] {
	const out: string[] = [];
	for (let pageSize = 5; pageSize <= 60; pageSize++)
		for (let page = 1; page <= 5; page++)
			for (const q of allQueries) out.push(`${q}&pageSize=${pageSize}&page=${page}`);
	let seed = 7;
	for (let i = out.length - 1; i > 0; i--) {
		seed = (seed * 1103515245 + 12345) % 2 ** 31;
		const j = seed % (i + 1);
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/**
 * The steady load: 100 requests/s over 4 connections. (With 16, autocannon sends
 * on all connections at the same tick: bursts of 16 every 160 ms, which measures
 * queueing behind the burst rather than a steady day.)
 */
const STEADY_RATE = 100;
const STEADY_CONNECTIONS = 4;

const parseQuery = (qs: string) =>
	ZOfferSearchQuery.parse(searchParamsToObject(new URLSearchParams(qs)));

/** The p-th percentile of sorted latencies, in ms with one decimal. */
const percentile = (sorted: number[], p: number) => Math.round(quantile(sorted, p / 100) * 10) / 10;

interface Load {
	url: string;
	/** Query strings, asked in turn (and from the start again when exhausted). */
	queries: string[];
	/** Requests per second over all connections (a steady load), or as fast as possible. */
	overallRate?: number;
	connections?: number;
	/** Duration (default: --seconds). */
	seconds?: number;
}

async function drive({
	url,
	queries,
	overallRate,
	connections: conns = connections,
	seconds: duration = seconds
}: Load) {
	const latencies: number[] = [];
	let errors = 0;
	let next = 0;
	const pathname = new URL(url).pathname;
	const result = await new Promise<autocannon.Result>((resolve, reject) => {
		const instance = autocannon(
			{
				url,
				connections: conns,
				duration,
				...(overallRate ? { overallRate } : {}),
				requests: [
					{
						method: 'GET' as const,
						setupRequest: (req) => ({
							...req,
							path: `${pathname}?${queries[next++ % queries.length]}`
						})
					}
				]
			},
			(err, res) => (err ? reject(err) : resolve(res))
		);
		instance.on('response', (_client, status, _bytes, ms) => {
			if (status >= 400) errors++;
			latencies.push(ms);
		});
	});
	latencies.sort((a, b) => a - b);
	return {
		p50: percentile(latencies, 50),
		p95: percentile(latencies, 95),
		p99: percentile(latencies, 99),
		rps: Math.round(latencies.length / duration),
		requests: latencies.length,
		errors: errors + result.errors + result.timeouts
	};
}

/** The server under test, with probe.mjs answering over IPC. */
class Server {
	private child: ChildProcess;
	private waiting: ((m: Record<string, number>) => void)[] = [];

	constructor(env: NodeJS.ProcessEnv, heapMb: number | undefined) {
		this.child = spawn(
			process.execPath,
			[
				...(heapMb ? [`--max-old-space-size=${heapMb}`] : []),
				'--import',
				'./scripts/bench/probe.mjs',
				'build/index.js'
			],
			{ cwd: root, env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }
		);
		this.child.on('message', (m) => this.waiting.shift()?.(m as Record<string, number>));
	}

	ask(question: 'reset' | 'report'): Promise<Record<string, number>> {
		return new Promise((resolve) => {
			this.waiting.push(resolve);
			this.child.send(question);
		});
	}

	stop(): Promise<void> {
		return new Promise((resolve) => {
			if (this.child.exitCode !== null) return resolve();
			this.child.once('exit', () => resolve());
			this.child.kill('SIGTERM');
		});
	}
}

async function waitFor(url: string, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 25));
	}
	throw new Error(`${url} antwortete nicht`);
}

interface Row {
	offers: number;
	endpoint: string;
	class: string;
	p50: number;
	p95: number;
	p99: number;
	rps: number;
	requests: number;
	errors: number;
	lagP99: number;
	lagMax: number;
	rssMb: number;
	/** Baseline (PostgreSQL full-text on PGlite, one query at a time) p95 of the same class. */
	baselineP95: number | null;
	/** baselineP95 ÷ p95: how many times faster than the baseline. */
	speedup: number | null;
}

interface SizeReport {
	offers: number;
	seedSeconds: number;
	baseline: Record<string, { p50: number; p95: number; p99: number; meanTotal: number }>;
	firstSearchMs: number;
	rssAfterStartMb: number;
	steady: { rate: number; connections: number; p50: number; p95: number; p99: number; lagP99: number };
	relevance?: { engine: RelevanceSummary; baseline: RelevanceSummary };
}

ensureBuild();
const rows: Row[] = [];
const reports: SizeReport[] = [];
for (const size of sizes) {
	const dataDir = mkdtempSync(path.join(tmpdir(), `bl-bench-${size}-`));
	const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
	// A national-size catalogue needs more than V8's default old space while loading.
	const heapMb = size > 100_000 ? 8192 : undefined;
	try {
		console.log(`\n== ${size.toLocaleString('de-DE')} Angebote: Demodaten anlegen …`);
		const seedStart = performance.now();
		const seed = spawnSync(
			process.execPath,
			[
				...(heapMb ? [`--max-old-space-size=${heapMb}`] : []),
				'--import',
				'tsx',
				'scripts/seed.ts',
				'--offers',
				String(size)
			],
			{ cwd: root, env, stdio: 'inherit' }
		);
		if (seed.status !== 0) throw new Error('Seed fehlgeschlagen');
		const seedSeconds = Math.round((performance.now() - seedStart) / 1000);

		// The baseline and the relevance set run in this process, before the server owns the folder.
		process.env.DATA_DIR = dataDir;
		const handle = await openDatabase({ dataDir });
		// At the demo size the relevance set applies (it names offers of the demo data).
		let relevance: SizeReport['relevance'];
		if (size === 1200) {
			const { engine, resolve } = await prepareRelevance(handle.db);
			const r = await compareRelevance(handle.db, engine, resolve);
			const summary = (x: RelevanceSummary) => ({
				queries: x.queries,
				recallAt10: Math.round(x.recallAt10 * 1000) / 1000,
				ndcgAt10: Math.round(x.ndcgAt10 * 1000) / 1000
			});
			relevance = { engine: summary(r.engine), baseline: summary(r.fts) };
			console.log(
				`   Relevanz (${relevance.engine.queries} Anfragen): Suche recall@10 ${relevance.engine.recallAt10} nDCG@10 ${relevance.engine.ndcgAt10}; Baseline recall@10 ${relevance.baseline.recallAt10} nDCG@10 ${relevance.baseline.ndcgAt10}`
			);
		}
		const prepared = await prepareFtsBaseline(handle.db);
		console.log(`   Baseline (PostgreSQL-Volltext) vorbereitet in ${Math.round(prepared.ms)} ms`);
		const ftsClasses = Object.fromEntries(
			Object.entries(classes).map(([name, qs]) => [name, qs.map(parseQuery)])
		);
		const baseline = await timeFts(handle.db, ftsClasses, { runs: ftsRunsFor(size) });
		for (const [name, t] of Object.entries(baseline)) {
			console.log(
				`   Baseline ${name.padEnd(12)} p50 ${t.p50} ms  p95 ${t.p95} ms  p99 ${t.p99} ms  (${t.meanTotal} Treffer)`
			);
		}
		await handle.close();

		const port = 3900 + (size % 97);
		const base = `http://127.0.0.1:${port}`;
		const started = performance.now();
		const server = new Server(
			{
				...env,
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: base,
				SEED_ON_EMPTY: 'false',
				NODE_ENV: 'production'
			},
			heapMb
		);
		try {
			await waitFor(`${base}/api/v1/offers?q=Kinder`, 900_000);
			const firstSearchMs = Math.round(performance.now() - started);
			const afterStart = await server.ask('report');
			console.log(
				`   erste Suche ${firstSearchMs} ms nach dem Start, RSS ${afterStart.rssMb} MB`
			);
			const measure = async (endpoint: string, name: string, queries: string[], rate?: number) => {
				await server.ask('reset');
				const r = await drive({
					url: base + endpoint,
					queries,
					overallRate: rate,
					...(rate ? { connections: STEADY_CONNECTIONS } : {})
				});
				const probe = await server.ask('report');
				return { ...r, lagP99: probe.lagP99!, lagMax: probe.lagMax!, rssMb: probe.rssMb! };
			};
			const uncached = uncachedQueries();
			// Warm-up (not recorded): JIT, lazily built structures, the periodic jobs' first run.
			for (const endpoint of ['/api/v1/offers', '/angebote']) {
				await drive({ url: base + endpoint, queries: [...allQueries, ...uncached.slice(-300)], seconds: 3 });
			}
			for (const [name, queries] of [...Object.entries(classes), ['uncached', uncached] as const]) {
				for (const endpoint of ['/api/v1/offers', '/angebote']) {
					const r = await measure(endpoint, name, queries as string[]);
					const b = baseline[name]?.p95 ?? null;
					const row: Row = {
						offers: size,
						endpoint,
						class: name,
						...r,
						baselineP95: b,
						speedup: b === null ? null : Math.round((b / r.p95) * 10) / 10
					};
					rows.push(row);
					console.log(
						`   ${endpoint.padEnd(15)} ${name.padEnd(12)} p50 ${r.p50}  p95 ${r.p95}  p99 ${r.p99} ms  ${r.rps} req/s  Loop-p99 ${r.lagP99} ms  RSS ${r.rssMb} MB${r.errors ? `  ${r.errors} FEHLER` : ''}`
					);
				}
			}
			// A normal day: 100 requests/s spread over all classes (a quarter never asked before).
			const mixed = allQueries.flatMap((q, i) => [q, uncached[i]!, q, q]);
			const steadyRun = await measure('/api/v1/offers', 'steady', mixed, STEADY_RATE);
			const steady = { rate: STEADY_RATE, connections: STEADY_CONNECTIONS, ...steadyRun };
			console.log(
				`   /api/v1/offers bei 100 req/s: p50 ${steady.p50}  p95 ${steady.p95}  p99 ${steady.p99} ms  Loop-p99 ${steady.lagP99} ms`
			);
			reports.push({
				offers: size,
				seedSeconds,
				baseline,
				firstSearchMs,
				rssAfterStartMb: afterStart.rssMb!,
				steady,
				relevance
			});
		} finally {
			await server.stop();
		}
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const lines: string[] = [
	`Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}; ${connections} connections, ${seconds} s per query class and endpoint; baseline: PostgreSQL full-text search on PGlite in the same database, one query at a time, ${sizes.map((n) => `${ftsRunsFor(n)} runs per class at ${n.toLocaleString('en')}`).join(', ')}.`,
	'',
	'| offers | endpoint | class | p50 ms | p95 ms | p99 ms | req/s | loop lag p99 ms | RSS MB | baseline p95 ms | × faster (p95) |',
	'| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	...rows.map(
		(r) =>
			`| ${r.offers.toLocaleString('en')} | ${r.endpoint} | ${r.class} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.rps} | ${r.lagP99} | ${r.rssMb} | ${r.baselineP95 ?? '–'} | ${r.speedup ?? '–'} |`
	),
	'',
	`| offers | first search after start ms | RSS after start MB | API at a steady ${STEADY_RATE} req/s (${STEADY_CONNECTIONS} connections): p50 / p95 / p99 ms | loop lag p99 ms |`,
	'| ---: | ---: | ---: | --- | ---: |',
	...reports.map(
		(s) =>
			`| ${s.offers.toLocaleString('en')} | ${s.firstSearchMs} | ${s.rssAfterStartMb} | ${s.steady.p50} / ${s.steady.p95} / ${s.steady.p99} | ${s.steady.lagP99} |`
	),
	'',
	'| offers | baseline class | p50 ms | p95 ms | p99 ms | mean hits |',
	'| ---: | --- | ---: | ---: | ---: | ---: |',
	...reports.flatMap((s) =>
		Object.entries(s.baseline).map(
			([name, b]) =>
				`| ${s.offers.toLocaleString('en')} | ${name} | ${b.p50} | ${b.p95} | ${b.p99} | ${b.meanTotal} |`
		)
	),
	...reports
		.filter((s) => s.relevance)
		.flatMap((s) => [
			'',
			`Relevance set (${s.relevance!.engine.queries} queries over the ${s.offers.toLocaleString('en')} demo offers): engine recall@10 ${s.relevance!.engine.recallAt10}, nDCG@10 ${s.relevance!.engine.ndcgAt10}; PostgreSQL full-text baseline recall@10 ${s.relevance!.baseline.recallAt10}, nDCG@10 ${s.relevance!.baseline.ndcgAt10}.`
		])
];
const table = lines.join('\n');
console.log(`\n${table}\n`);

mkdirSync(path.join(root, 'bench'), { recursive: true });
writeFileSync(
	path.join(root, 'bench', 'results.json'),
	JSON.stringify(
		{ date: new Date().toISOString(), machine, connections, seconds, sizes: reports, rows },
		null,
		2
	) + '\n'
);
// BENCHMARKS.md keeps the latest full run between its markers (a partial run leaves it alone).
const fullRun = sizes.includes(50_000) && sizes.includes(500_000) && seconds >= 20;
const doc = path.join(root, 'BENCHMARKS.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const current = existsSync(doc) ? readFileSync(doc, 'utf8') : '';
if (fullRun && current.includes(START) && current.includes(END)) {
	writeFileSync(
		doc,
		current.slice(0, current.indexOf(START) + START.length) +
			`\n\n${table}\n\n` +
			current.slice(current.indexOf(END))
	);
	console.log('bench/results.json und BENCHMARKS.md geschrieben.');
} else {
	console.log('bench/results.json geschrieben (BENCHMARKS.md nur nach einem vollen Lauf).');
}
