/**
 * `npm run bench:import` — how fast the bulk import is: builds a 5,000-row
 * XLSX and CSV, then for each runs preview (parse + check + store) and the
 * import (new offers), and a second import of the same rows (updates by
 * externe_id), against a fresh PGlite — and against DATABASE_URL (a fresh
 * database on that server) when it is set. Prints parse ms, preview ms,
 * import ms, rows/s, the longest event-loop stall and the peak RSS, and
 * writes bench/import-results.json.
 *
 * Options: --rows 5000
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

process.env.LOG_LEVEL ??= 'warn';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '5000' } } });
const rowCount = Number(values.rows);
if (!Number.isInteger(rowCount) || rowCount < 1 || rowCount > 20_000) {
	console.error('--rows erwartet eine ganze Zahl von 1 bis 20000');
	process.exit(2);
}

const { env } = await import('../../src/lib/server/env');
const { openPglite } = await import('../../src/lib/server/db/client');
const { createTestDb } = await import('../../src/lib/server/testing/db');
const { makeActor } = await import('../../src/lib/server/testing/actors');
const { insertFixtures } = await import('../../src/lib/server/api/fixtures');
const { syncDistricts } = await import('../../src/lib/server/districts');
const { cityConfig } = await import('../../src/lib/server/config/city');
const { parseImportFile, previewImport, startImport, getImportJob } = await import(
	'../../src/lib/server/import'
);
const { buildSample, sampleCsv, sampleXlsx } = await import('../../src/lib/server/import/sample');
type DbHandle = Awaited<ReturnType<typeof openPglite>>;

const ms = (t0: number) => Math.round(performance.now() - t0);
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

interface Result {
	database: string;
	format: string;
	phase: 'neu' | 'Aktualisierung';
	rows: number;
	fileMb: number;
	parseMs: number;
	previewMs: number;
	importMs: number;
	rowsPerSecond: number;
	/** Longest event-loop stall during the import (what a page request could wait at most). */
	maxLoopStallMs: number;
	created: number;
	updated: number;
	failed: number;
}

async function runOne(
	handle: DbHandle,
	database: string,
	format: 'xlsx' | 'csv',
	phase: Result['phase'],
	bytes: Uint8Array,
	actor: Awaited<ReturnType<typeof makeActor>>,
	institutionId: string
): Promise<Result> {
	let t0 = performance.now();
	await parseImportFile(`bench.${format}`, bytes);
	const parseMs = ms(t0);

	t0 = performance.now();
	const preview = await previewImport(handle.db, {
		actor,
		institutionId,
		fileName: `bench.${format}`,
		bytes,
		submit: true
	});
	const previewMs = ms(t0);
	if (preview.invalidRows > 0) throw new Error(`${preview.invalidRows} Zeilen mit Fehlern`);

	const loop = monitorEventLoopDelay({ resolution: 10 });
	loop.enable();
	t0 = performance.now();
	const { done } = await startImport(handle.db, { actor, jobId: preview.id });
	await done;
	const importMs = ms(t0);
	loop.disable();
	const job = await getImportJob(handle.db, { actor, jobId: preview.id });
	if (job.status !== 'done') throw new Error(`Import endete mit Status ${job.status}`);
	return {
		database,
		format,
		phase,
		rows: preview.validRows,
		fileMb: mb(bytes.byteLength),
		parseMs,
		previewMs,
		importMs,
		rowsPerSecond: Math.round(preview.validRows / (importMs / 1000)),
		maxLoopStallMs: Math.round(loop.max / 1e6),
		created: job.created,
		updated: job.updated,
		failed: job.failed
	};
}

async function benchDatabase(name: string, open: () => Promise<DbHandle>): Promise<Result[]> {
	const handle = await open();
	const out: Result[] = [];
	try {
		await handle.migrate();
		await syncDistricts(handle.db, cityConfig().districts);
		await insertFixtures(handle.db);
		const actor = await makeActor(handle.db, {
			role: 'provider',
			email: 'bench@example.org',
			institutions: [{ slug: 'vhs-salzgitter' }]
		});
		const institutionId = actor.user.memberships[0]!.institutionId;
		for (const format of ['xlsx', 'csv'] as const) {
			const idPrefix = `BENCH-${format.toUpperCase()}`;
			for (const phase of ['neu', 'Aktualisierung'] as const) {
				const sample = buildSample({
					rows: rowCount,
					idPrefix,
					titlePrefix: phase === 'neu' ? 'Bench' : 'Bench geändert'
				});
				const bytes = format === 'xlsx' ? await sampleXlsx(sample) : sampleCsv(sample);
				const r = await runOne(handle, name, format, phase, bytes, actor, institutionId);
				out.push(r);
				console.log(
					`${name.padEnd(10)} ${format.padEnd(4)} ${phase.padEnd(14)} ${String(r.rows).padStart(5)} Zeilen ` +
						`(${r.fileMb} MB): lesen ${r.parseMs} ms, Vorschau ${r.previewMs} ms, ` +
						`Import ${r.importMs} ms = ${r.rowsPerSecond} Zeilen/s, längste Blockade ${r.maxLoopStallMs} ms`
				);
			}
		}
	} finally {
		await handle.close();
	}
	return out;
}

const results: Result[] = [];
results.push(...(await benchDatabase('PGlite', () => openPglite())));
if (env.DATABASE_URL) {
	results.push(
		...(await benchDatabase('PostgreSQL', async () => {
			const h = await createTestDb({ withDistricts: false });
			return { ...h, migrate: async () => {} };
		}))
	);
}

const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`\n${machine}; Spitzen-RSS ${peakRssMb} MB\n`);
console.log(
	'| Datenbank | Datei | Import | Zeilen | Lesen ms | Vorschau ms | Import ms | Zeilen/s | längste Blockade ms |'
);
console.log('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
	console.log(
		`| ${r.database} | ${r.format} | ${r.phase} | ${r.rows} | ${r.parseMs} | ${r.previewMs} | ${r.importMs} | ${r.rowsPerSecond} | ${r.maxLoopStallMs} |`
	);
}
const root = path.resolve('.');
mkdirSync(path.join(root, 'bench'), { recursive: true });
writeFileSync(
	path.join(root, 'bench', 'import-results.json'),
	JSON.stringify({ date: new Date().toISOString(), machine, peakRssMb, results }, null, 2) + '\n'
);
