/**
 * `npm run bench:search` — p50/p95/p99 of /api/v1/offers and /angebote at 1,200
 * and 50,000 offers with 16 concurrent clients (autocannon), on the production
 * build and a fresh embedded database per size. Prints a table and writes
 * bench/search-results.json.
 *
 * Options: --sizes 1200,50000  --seconds 5  --connections 16
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ensureBuild, root } from '../lib/ensure-build.mjs';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1200,50000' },
		seconds: { type: 'string', default: '5' },
		connections: { type: 'string', default: '16' }
	}
});
const sizes = values.sizes.split(',').map(Number);
const seconds = Number(values.seconds);
const connections = Number(values.connections);

/** Query classes: the same query strings for the API and the HTML page. */
const classes: Record<string, string[]> = {
	selective: ['q=Schwimmkurs', 'q=Integrationskurs', 'q=Hausaufgabenhilfe+Grundschule'],
	broad: ['q=Kinder', 'q=Kurs', 'q=Angebot'],
	typo: ['q=Schwimkurs', 'q=Integratonskurs', 'q=Sprachfoerderung'],
	facets: [
		'q=Sprache&district=lebenstedt&free=1',
		'lifePhase=kita&topic=sprache&language=tr',
		'topic=bewegung&district=salzgitter-bad&format=kurs'
	],
	'facets only': ['lifePhase=grundschule', 'free=1&accessible=1', 'district=thiede&topic=natur']
};

/** The p-th percentile of sorted latencies, in ms with one decimal. */
const percentile = (sorted: number[], p: number) =>
	sorted.length === 0
		? NaN
		: Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) /
			10;

async function measure(url: string, queries: string[]) {
	const latencies: number[] = [];
	let errors = 0;
	const result = await new Promise<autocannon.Result>((resolve, reject) => {
		const instance = autocannon(
			{
				url,
				connections,
				duration: seconds,
				requests: queries.map((q) => ({ method: 'GET' as const, path: `${new URL(url).pathname}?${q}` }))
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
		rps: Math.round(result.requests.average),
		requests: latencies.length,
		errors: errors + result.errors + result.timeouts
	};
}

async function waitFor(url: string, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`${url} antwortete nicht`);
}

ensureBuild();
const rows: Record<string, unknown>[] = [];
for (const size of sizes) {
	const dataDir = mkdtempSync(path.join(tmpdir(), `bl-bench-${size}-`));
	const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
	console.log(`\n== ${size} Angebote: Demodaten anlegen …`);
	const seed = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', '--offers', String(size)], {
		cwd: root,
		env,
		stdio: 'inherit'
	});
	if (seed.status !== 0) throw new Error('Seed fehlgeschlagen');
	const port = 3900 + (size % 97);
	const started = performance.now();
	const server = spawn(process.execPath, ['build/index.js'], {
		cwd: root,
		env: { ...env, PORT: String(port), HOST: '127.0.0.1', SEED_ON_EMPTY: 'false', NODE_ENV: 'production' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	try {
		const base = `http://127.0.0.1:${port}`;
		await waitFor(`${base}/api/v1/offers?q=Kinder`, 300_000);
		const firstSearchMs = Math.round(performance.now() - started);
		console.log(`   erste Suche ${firstSearchMs} ms nach dem Start`);
		for (const [name, queries] of Object.entries(classes)) {
			for (const endpoint of ['/api/v1/offers', '/angebote']) {
				const r = await measure(base + endpoint, queries);
				const row = { offers: size, endpoint, class: name, ...r, firstSearchMs };
				rows.push(row);
				console.log(
					`   ${endpoint.padEnd(15)} ${name.padEnd(12)} p50 ${r.p50} ms  p95 ${r.p95} ms  p99 ${r.p99} ms  ${r.rps} req/s${r.errors ? `  ${r.errors} Fehler` : ''}`
				);
			}
		}
	} finally {
		server.kill('SIGTERM');
		rmSync(dataDir, { recursive: true, force: true });
	}
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`\n${machine}; ${connections} Verbindungen, ${seconds} s je Abfrageklasse und Endpunkt\n`);
console.log('| offers | endpoint | class | p50 ms | p95 ms | p99 ms | req/s |');
console.log('| ---: | --- | --- | ---: | ---: | ---: | ---: |');
for (const r of rows) {
	console.log(`| ${r.offers} | ${r.endpoint} | ${r.class} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.rps} |`);
}
mkdirSync(path.join(root, 'bench'), { recursive: true });
writeFileSync(
	path.join(root, 'bench', 'search-results.json'),
	JSON.stringify({ date: new Date().toISOString(), machine, connections, seconds, rows }, null, 2) + '\n'
);
