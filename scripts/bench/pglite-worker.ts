/**
 * PGlite in the process or in a worker thread: what the event loop and each
 * query feel. Prints figures (no pass/fail); docs/handbook/pglite-worker.md
 * quotes them.
 *
 *   npx tsx scripts/bench/pglite-worker.ts [--offers 50000] [--data DIR] [--seconds 5] [--server]
 *
 * - Seeds N demo offers into a temporary folder (or uses --data DIR, a folder
 *   filled by `npm run seed`; the bench adds one user and session to it).
 * - For each mode, in this process: start-up (open, migrate, load the search
 *   index); the cost of one round trip (`select 1`, a session lookup, the
 *   district counts, all published offers); the event-loop delay
 *   (monitorEventLoopDelay) while DB-heavy work runs — four concurrent loops of
 *   the /api/v1/districts use case, then one loop of listPublishedOffers.
 * - With --server: the production build (npm start's build/index.js) in each
 *   mode — time to the first served search and RSS, then /api/v1/districts under 16
 *   connections while 2 more connections search /api/v1/offers.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { eq, sql } from 'drizzle-orm';
import { ensureBuild, root } from '../lib/ensure-build.mjs';
import { quantile } from './stats';

process.env.LOG_LEVEL ??= 'warn';
const { values } = parseArgs({
	options: {
		offers: { type: 'string', default: '50000' },
		data: { type: 'string' },
		seconds: { type: 'string', default: '5' },
		server: { type: 'boolean', default: false }
	}
});
const offerCount = Number(values.offers);
const seconds = Number(values.seconds);

const { openPglite } = await import('../../src/lib/server/db/client');
const { users } = await import('../../src/lib/server/db/schema');
const { cityConfig } = await import('../../src/lib/server/config/city');
const { syncDistricts } = await import('../../src/lib/server/districts');
const { seedDemoData } = await import('../../src/lib/server/seed');
const { buildSearch } = await import('../../src/lib/server/app');
const { listDistrictsApi } = await import('../../src/lib/server/api/districts');
const { listPublishedOffers } = await import('../../src/lib/server/offers');
const { countsByDistrict } = await import('../../src/lib/server/institutions');
const { createSession, createUser, systemActor, validateSession } = await import(
	'../../src/lib/server/accounts'
);

type DbHandle = Awaited<ReturnType<typeof openPglite>>;
type Mode = 'in-process' | 'worker';
const MODES: Mode[] = ['in-process', 'worker'];

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const de = (n: number) => n.toLocaleString('de-DE');

/** p50/p99 of `fn`'s latency over `n` sequential calls, in ms. */
async function latency(n: number, fn: () => Promise<unknown>) {
	for (let i = 0; i < Math.min(5, Math.ceil(n / 3)); i++) await fn(); // warm up
	const times: number[] = [];
	for (let i = 0; i < n; i++) {
		const t = performance.now();
		await fn();
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), n };
}

/**
 * Runs `concurrency` loops of `work` for `ms` and samples the event-loop delay
 * meanwhile (1 ms resolution): what any other request on this process waits.
 * Each loop yields to the event loop between calls (a 1 ms timer, after the
 * monitor's), as requests arriving over the network do; without that,
 * in-process PGlite would starve the timer and the histogram stay empty.
 * Each loop runs at least twice.
 */
async function loopDelayUnder(ms: number, concurrency: number, work: () => Promise<unknown>) {
	const histogram = monitorEventLoopDelay({ resolution: 1 });
	let done = 0;
	const started = performance.now();
	const until = started + ms;
	histogram.enable();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			for (let i = 0; i < 2 || performance.now() < until; i++) {
				await work();
				done++;
				await new Promise((res) => setTimeout(res, 0));
			}
		})
	);
	histogram.disable();
	// Histogram values are ns and include the 1 ms resolution itself.
	const delay = (v: number) => round(Math.max(0, v / 1e6 - 1));
	return {
		p50: delay(histogram.percentile(50)),
		p99: delay(histogram.percentile(99)),
		max: delay(histogram.max),
		perSecond: round(done / ((performance.now() - started) / 1000))
	};
}

/** A user with a session to look up, created once per data folder. */
async function benchSession(handle: DbHandle): Promise<string> {
	const email = 'bench-pglite-worker@example.org';
	let [user] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email));
	user ??= await createUser(handle.db, {
		actor: systemActor('bench'),
		input: {
			email,
			role: 'coordinator',
			password: 'Bench-Passwort-für-den-Worker-1',
			displayName: 'Bench'
		}
	});
	return (await createSession(handle.db, { userId: user.id })).token;
}

// --- data ---------------------------------------------------------------
let dataDir = values.data;
let tempDir: string | undefined;
if (!dataDir) {
	tempDir = mkdtempSync(path.join(tmpdir(), 'bl-bench-pglite-worker-'));
	dataDir = tempDir;
	const t = performance.now();
	const handle = await openPglite(dataDir, { worker: false });
	await handle.migrate();
	await syncDistricts(handle.db, cityConfig().districts);
	await seedDemoData(handle.db, { offers: offerCount });
	await handle.close();
	console.log(
		`${de(offerCount)} Angebote angelegt in ${round((performance.now() - t) / 1000)} s (${dataDir})`
	);
}

const results: Record<Mode, Record<string, unknown>> = { 'in-process': {}, worker: {} };
try {
	for (const mode of MODES) {
		const r = results[mode];
		console.log(`\n== PGlite ${mode === 'worker' ? 'im Worker-Thread' : 'im Prozess'}`);
		// Start-up as the app does it: open, migrate, districts, search index.
		let t = performance.now();
		const handle = await openPglite(dataDir, { worker: mode === 'worker' });
		r.openMs = round(performance.now() - t, 0);
		t = performance.now();
		await handle.migrate();
		await syncDistricts(handle.db, cityConfig().districts);
		r.migrateMs = round(performance.now() - t, 0);
		t = performance.now();
		const search = await buildSearch(handle);
		r.indexMs = round(performance.now() - t, 0);
		r.startupMs = round((r.openMs as number) + (r.migrateMs as number) + (r.indexMs as number), 0);
		console.log(
			`   Start ${de(r.startupMs as number)} ms (öffnen ${de(r.openMs as number)}, migrieren ${de(r.migrateMs as number)}, Suchindex ${de(r.indexMs as number)} für ${de(search.size)} Angebote)`
		);
		try {
			const token = await benchSession(handle);
			const app = { handle };
			const select1 = await latency(2000, () => handle.db.execute(sql`select 1`));
			const session = await latency(1000, () => validateSession(handle.db, token));
			const counts = await latency(10, () => countsByDistrict(handle.db));
			const all = await latency(3, () => listPublishedOffers(handle.db));
			Object.assign(r, {
				select1: select1,
				session: session,
				districtCounts: counts,
				listPublishedOffers: all
			});
			const ms = (x: { p50: number; p99: number }) => `p50 ${round(x.p50, 2)} ms, p99 ${round(x.p99, 2)} ms`;
			console.log(`   select 1             ${ms(select1)}`);
			console.log(`   Sitzung prüfen       ${ms(session)}`);
			console.log(`   Zählung je Stadtteil ${ms(counts)}`);
			console.log(`   listPublishedOffers  ${ms(all)}`);

			const idle = await loopDelayUnder(1000, 1, () => new Promise((res) => setTimeout(res, 50)));
			const districts = await loopDelayUnder(seconds * 1000, 4, () => listDistrictsApi(app));
			const offers = await loopDelayUnder(seconds * 1000, 1, () => listPublishedOffers(handle.db));
			Object.assign(r, { loopIdle: idle, loopDistricts: districts, loopAllOffers: offers });
			const loop = (x: typeof idle) => `p50 ${x.p50} ms, p99 ${x.p99} ms, max ${x.max} ms`;
			console.log(`   Event-Loop-Verzögerung, ruhig:                 ${loop(idle)}`);
			console.log(
				`   … bei 4 × /api/v1/districts (${districts.perSecond}/s):     ${loop(districts)}`
			);
			console.log(`   … bei listPublishedOffers in Schleife (${offers.perSecond}/s): ${loop(offers)}`);
		} finally {
			await handle.close();
		}
	}

	if (values.server) {
		ensureBuild();
		for (const mode of MODES) {
			results[mode].server = await benchServer(mode);
		}
	}
} finally {
	if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}

/** The production build in `mode`: first search after start, then districts under load. */
async function benchServer(mode: Mode) {
	const port = 3950 + (mode === 'worker' ? 1 : 0);
	const base = `http://127.0.0.1:${port}`;
	const started = performance.now();
	const server = spawn(process.execPath, ['build/index.js'], {
		cwd: root,
		env: {
			...process.env,
			DATA_DIR: dataDir,
			DATABASE_URL: '',
			PORT: String(port),
			HOST: '127.0.0.1',
			NODE_ENV: 'production',
			SEED_ON_EMPTY: 'false',
			JOBS_INTERVAL_MINUTES: '0',
			LOG_LEVEL: 'warn',
			PGLITE_WORKER: mode === 'worker' ? 'true' : 'false'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	try {
		for (;;) {
			try {
				if ((await fetch(`${base}/api/v1/offers?q=Kinder`)).ok) break;
			} catch {
				/* not up yet */
			}
			if (performance.now() - started > 300_000) throw new Error('Server antwortet nicht');
			await new Promise((res) => setTimeout(res, 50));
		}
		const firstSearchMs = round(performance.now() - started, 0);
		// Resident memory of the whole process (both threads), Linux only.
		const rssMb = () => {
			try {
				const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1];
				return kb ? Math.round(Number(kb) / 1024) : undefined;
			} catch {
				return undefined;
			}
		};
		await new Promise((res) => setTimeout(res, 1000));
		const rssAfterStartMb = rssMb();
		const run = (url: string, connections: number) =>
			new Promise<autocannon.Result>((resolve, reject) =>
				autocannon({ url, connections, duration: seconds }, (err, res) =>
					err ? reject(err) : resolve(res)
				)
			);
		const [districts, searchUnderLoad] = await Promise.all([
			run(`${base}/api/v1/districts`, 16),
			run(`${base}/api/v1/offers?q=Schwimmkurs`, 2)
		]);
		const out = {
			firstSearchMs,
			rssAfterStartMb,
			rssAfterLoadMb: rssMb(),
			districtsPerSecond: round(districts.requests.average),
			districtsP99: districts.latency.p99,
			searchP50: searchUnderLoad.latency.p50,
			searchP99: searchUnderLoad.latency.p99,
			searchPerSecond: round(searchUnderLoad.requests.average)
		};
		console.log(
			`\n== Produktions-Build, PGlite ${mode === 'worker' ? 'im Worker-Thread' : 'im Prozess'}: erste Suche nach ${de(firstSearchMs)} ms, RSS ${out.rssAfterStartMb} MB (nach Last ${out.rssAfterLoadMb} MB); ` +
				`16 × /api/v1/districts ${out.districtsPerSecond}/s (p99 ${out.districtsP99} ms), ` +
				`daneben 2 × Suche p50 ${out.searchP50} ms, p99 ${out.searchP99} ms (${out.searchPerSecond}/s)`
		);
		return out;
	} finally {
		server.kill('SIGTERM');
		await new Promise((res) => (server.exitCode !== null ? res(null) : server.once('exit', res)));
	}
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`\n${machine}; ${de(offerCount)} Angebote; ${seconds} s je Last\n`);
console.log(JSON.stringify(results, null, 1));
