/**
 * Micro-benchmark of the in-memory search engine (no HTTP, no database):
 *   npx tsx scripts/bench/search-engine.ts [offers=50000]
 * For heap figures without garbage, run with NODE_OPTIONS=--expose-gc.
 * Targets in-process at 50k offers: build < 2 s, p95 < 5 ms per query.
 */
import { loadavg } from 'node:os';
import { cityConfig } from '../../src/lib/server/config/city';
import type { TDistrict } from '../../src/lib/server/districts';
import {
	createSearchEngine,
	ZOfferSearchQuery,
	type TOfferSearchQuery
} from '../../src/lib/server/search';
import { prng, syntheticOffers } from '../../src/lib/server/search/synthetic-offers';
import { quantile } from './stats';

const COUNT = Number(process.argv[2] ?? 50_000);
const RUNS_PER_CLASS = 400;
const NOW = new Date('2025-03-03T10:00:00Z');

const q = (input: Record<string, string>) => ZOfferSearchQuery.parse(input);
const classes: Record<string, TOfferSearchQuery[]> = {
	'selective terms': [
		q({ q: 'Schwimmkurs Lebenstedt' }),
		q({ q: 'Integrationskurs für Frauen' }),
		q({ q: 'Bibliotheksführung' }),
		q({ q: 'Robotik Thiede' }),
		q({ q: 'Babymassage' })
	],
	'broad term (Kinder)': [q({ q: 'Kinder' }), q({ q: 'Kinder', page: '3' })],
	'compound part': [q({ q: 'Kurs' }), q({ q: 'Beratung' }), q({ q: 'Förderung' })],
	typo: [
		q({ q: 'Schwimkurs' }),
		q({ q: 'Integratonskurs' }),
		q({ q: 'Hausaufgabenhlife' }),
		q({ q: 'Elterncafe Lebenstadt' })
	],
	'text + facets': [
		q({ q: 'Kurs', topic: 'sprache,integration', district: 'lebenstedt', free: 'true' }),
		q({ q: 'Kinder', lifePhase: 'grundschule', language: 'tr', but: '1' }),
		q({ q: 'Sprachkurs', district: 'thiede,lebenstedt', format: 'kurs' })
	],
	'empty q + facets': [
		q({}),
		q({ district: 'lebenstedt' }),
		q({ topic: 'sprache', free: 'true', accessible: '1' }),
		q({ lifePhase: 'kita,u3', sdg: '4' })
	],
	'date range + date sort': [
		q({ from: '2025-03-10', to: '2025-03-16', sort: 'date' }),
		q({ q: 'Kinder', from: '2025-04-01', to: '2025-04-30' })
	],
	// Distinct misspellings (two letters swapped): every query misses the expansion cache.
	'typo, uncached': uncachedTypos(RUNS_PER_CLASS),
	'distance sort': [q({ sort: 'distance', near: 'thiede' }), q({ q: 'Kurs', sort: 'distance', near: 'salzgitter-bad' })]
};

/** Up to n distinct misspellings (swap, drop or double a letter; ± plural e), shuffled. */
function uncachedTypos(n: number): TOfferSearchQuery[] {
	const words = [
		'Schwimmkurs',
		'Integrationskurs',
		'Hausaufgabenhilfe',
		'Bewerbungstraining',
		'Theatergruppe',
		'Digitalwerkstatt',
		'Programmierkurs',
		'Fahrradwerkstatt'
	];
	const variants = new Set<string>();
	for (const w of words) {
		for (let i = 1; i < w.length - 1; i++) {
			for (const typo of [
				w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2),
				w.slice(0, i) + w.slice(i + 1),
				w.slice(0, i) + w[i] + w.slice(i)
			]) {
				variants.add(typo);
				variants.add(`${typo}e`);
			}
		}
	}
	const random = prng(7);
	const list = [...variants].sort(() => random() - 0.5).slice(0, n);
	return list.map((typo) => q({ q: typo }));
}

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function main() {
	const districts: TDistrict[] = cityConfig().districts;
	const offers = syntheticOffers(COUNT, districts, 42, NOW);
	gc?.();
	const heapBefore = process.memoryUsage().heapUsed;

	const engine = createSearchEngine({ districts, now: () => NOW, resultCache: 0 });
	const t0 = performance.now();
	engine.rebuild(offers);
	const buildMs = performance.now() - t0;
	gc?.();
	const memory = process.memoryUsage();

	const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
	console.log(`offers: ${engine.size}, build: ${buildMs.toFixed(0)} ms (load average ${load()})`);
	console.log(
		`heap: ${mb(memory.heapUsed)} total, index ≈ ${mb(memory.heapUsed - heapBefore)} (offers themselves ${mb(heapBefore)}); RSS ${mb(memory.rss)}${gc ? '' : ' (no --expose-gc: figures include garbage)'}`
	);

	// Warm-up: JIT and caches, as in a running server.
	for (const [name, list] of Object.entries(classes)) {
		if (name.includes('uncached')) continue;
		for (let i = 0; i < 50; i++) engine.search(list[i % list.length]!, 'de');
	}

	const rows: string[][] = [];
	for (const [name, list] of Object.entries(classes)) {
		const times: number[] = [];
		let hits = 0;
		for (let i = 0; i < RUNS_PER_CLASS; i++) {
			const query = list[i % list.length]!;
			const start = performance.now();
			const result = engine.search(query, i % 2 ? 'en' : 'de');
			times.push(performance.now() - start);
			hits += result.total;
		}
		times.sort((a, b) => a - b);
		rows.push([
			name,
			String(Math.round(hits / RUNS_PER_CLASS)),
			...[0.5, 0.95, 0.99].map((p) => quantile(times, p).toFixed(2)),
			times.at(-1)!.toFixed(2)
		]);
	}

	const t1 = performance.now();
	const updates = 1000;
	for (let i = 0; i < updates; i++) engine.upsert({ ...offers[i]!, title: `${offers[i]!.title} neu` });
	const upsertMs = (performance.now() - t1) / updates;

	const header = ['query class', 'avg total', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
	console.log();
	console.log(line(header));
	console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`);
	for (const r of rows) console.log(line(r));
	console.log(`\nupsert: ${upsertMs.toFixed(3)} ms per offer (${updates} updates); load average ${load()}`);
}

main();
