/**
 * The running application: one database handle and one search engine per
 * process, set up once by `initApp()` (called from the `init` server hook and
 * by scripts). Start order: open → migrate → sync districts from config →
 * seed demo data if empty → build the search index → start the periodic jobs.
 */
import { count } from 'drizzle-orm';
import { openDatabase, type DbHandle } from './db/client';
import { offers } from './db/schema';
import { env } from './env';
import { logger } from './logger';
import { cityConfig } from './config/city';
import { listDistricts, syncDistricts } from './districts';
import { getPublishedOfferById, listPublishedOffers, onOffersChanged } from './offers';
import { createSearchEngine, type SearchEngine } from './search';
import { seedDemoData } from './seed';
import { startJobs, type JobRunner } from './jobs';
import { resumeImports } from './import/run';

export interface App {
	handle: DbHandle;
	search: SearchEngine;
}

let current: Promise<App> | undefined;
let jobs: JobRunner | undefined;

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
	const search = await buildSearch(handle);
	followOffersChanged(handle, search);
	logger.info(
		{ db: handle.kind, offers: search.size, ms: Math.round(performance.now() - t0) },
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
	await app?.handle.close();
}

/** Keeps the search index in step with writes and with offers hidden or shown by the jobs. */
export function followOffersChanged(handle: DbHandle, search: SearchEngine): () => void {
	return onOffersChanged(async (ids) => {
		for (const id of ids) {
			// Hidden offers count as not public, so they leave the index here too.
			const offer = await getPublishedOfferById(handle.db, id);
			if (offer) search.upsert(offer);
			else search.remove(id);
		}
	});
}

export async function buildSearch(handle: DbHandle): Promise<SearchEngine> {
	const search = createSearchEngine({
		districts: await listDistricts(handle.db),
		timeZone: cityConfig().city.timezone
	});
	// Only what the public may see: hidden (long unconfirmed) offers are left out.
	search.rebuild(await listPublishedOffers(handle.db));
	return search;
}
