/**
 * The running application: one database handle and one search engine per
 * process, set up once by `initApp()` (called from the `init` server hook and
 * by scripts). Start order: open → migrate → sync districts from config →
 * seed demo data if empty → build the search index and keep it in step with the
 * database (search-sync/: this process's writes, and on PostgreSQL the other
 * instances' over LISTEN/NOTIFY) → start the periodic jobs.
 */
import { count } from 'drizzle-orm';
import { openDatabase, type DbHandle } from './db/client';
import { offers } from './db/schema';
import { env } from './env';
import { exposeGc } from './db/expose-gc.js';
import { logger } from './logger';
import { cityConfig } from './config/city';
import { listDistricts, syncDistricts } from './districts';
import { loadPublishedOffersForIndex } from './offers';
import { createSearchEngine, type SearchEngine } from './search';
import { followLocalOfferChanges, startSearchSync, type SearchSync } from './search-sync';
import { seedDemoData } from './seed';
import { startJobs, type JobRunner } from './jobs';
import { resumeImports } from './import/run';

export interface App {
	handle: DbHandle;
	search: SearchEngine;
}

let current: Promise<App> | undefined;
let jobs: JobRunner | undefined;
let searchSync: SearchSync | undefined;

export function initApp(): Promise<App> {
	current ??= start().catch((e: unknown) => {
		current = undefined;
		throw e;
	});
	return current;
}

/** The initialised app; waits for start-up if it is still running. */
export const getApp = initApp;

async function start(): Promise<App> {
	const t0 = performance.now();
	const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
	await handle.migrate();
	await syncDistricts(handle.db, cityConfig().districts);
	if (env.SEED_ON_EMPTY) {
		const [row] = await handle.db.select({ n: count() }).from(offers);
		if ((row?.n ?? 0) === 0) {
			logger.info('Datenbank ist leer: Demodaten für %s werden angelegt', cityConfig().city.name);
			const result = await seedDemoData(handle.db, {});
			logger.info(result, 'Demodaten angelegt');
		}
	}
	const indexBuiltAt = new Date();
	const search = await newSearchEngine(handle);
	// Listens first (PostgreSQL), then builds the index: no change in between is lost.
	searchSync = await startSearchSync(handle, search);
	// Loading the index leaves its parsed JSON behind: collect it before serving.
	exposeGc()?.();
	logger.info(
		{
			db: handle.kind,
			offers: search.size,
			sync: searchSync.mode,
			ms: Math.round(performance.now() - t0)
		},
		'Bildungslandschaft bereit'
	);
	jobs = startJobs(handle.db, { intervalMinutes: env.JOBS_INTERVAL_MINUTES, indexBuiltAt });
	// Imports left running by a stopped process continue in the background.
	resumeImports(handle.db).catch((err: unknown) => logger.error({ err }, 'Importe fortsetzen'));
	return { handle, search };
}

/** Closes the database (on shutdown), so no open pool keeps the process alive. */
export async function closeApp(): Promise<void> {
	if (!current) return;
	const app = await current.catch(() => undefined);
	current = undefined;
	await jobs?.stop();
	jobs = undefined;
	await searchSync?.stop();
	searchSync = undefined;
	await app?.handle.close();
}

/** Keeps the search index in step with this process's writes (tests; the app uses startSearchSync). */
export const followOffersChanged = followLocalOfferChanges;

async function newSearchEngine(handle: DbHandle): Promise<SearchEngine> {
	return createSearchEngine({
		districts: await listDistricts(handle.db),
		timeZone: cityConfig().city.timezone
	});
}

export async function buildSearch(handle: DbHandle): Promise<SearchEngine> {
	const search = await newSearchEngine(handle);
	// Only what the public may see: hidden (long unconfirmed) offers are left out.
	search.rebuild(await loadPublishedOffersForIndex(handle.db));
	return search;
}
