/**
 * `npm run seed [-- --offers N] [--seed N] [--reset]`: fills the database
 * (DATA_DIR or DATABASE_URL, like the app) with deterministic demo data.
 * Refuses to touch a database that already has data unless --reset is given.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { count, eq } from 'drizzle-orm';
import { cityConfig } from '../src/lib/server/config/city';
import { openDatabase } from '../src/lib/server/db/client';
import { institutions, offerDates, offers } from '../src/lib/server/db/schema';
import { syncDistricts } from '../src/lib/server/districts';
import { env } from '../src/lib/server/env';
import { resetDemoData, seedDemoData } from '../src/lib/server/seed';

const USAGE = `Aufruf: npm run seed -- [--offers N] [--seed N] [--reset]

  --offers N   Anzahl veröffentlichter Angebote (Standard: 1200)
  --seed N     Startwert des Zufallsgenerators (Standard: 1); gleicher Wert = gleiche Daten
  --reset      vorhandene Angebote, Termine und Einrichtungen vorher löschen`;

function parseCount(value: string | undefined, name: string, fallback: number): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 0) {
		console.error(`--${name} erwartet eine ganze Zahl ≥ 0, nicht „${value}“.\n\n${USAGE}`);
		process.exit(2);
	}
	return n;
}

const de = (n: number) => n.toLocaleString('de-DE');

async function main(): Promise<void> {
	let args;
	try {
		args = parseArgs({
			options: {
				offers: { type: 'string' },
				seed: { type: 'string' },
				reset: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		}).values;
	} catch (e) {
		console.error(`${(e as Error).message}\n\n${USAGE}`);
		process.exit(2);
	}
	if (args.help) {
		console.log(USAGE);
		return;
	}
	const offerCount = parseCount(args.offers, 'offers', 1200);
	const seed = parseCount(args.seed, 'seed', 1);

	const target = env.DATABASE_URL
		? 'PostgreSQL (DATABASE_URL)'
		: `PGlite in ${path.resolve(env.DATA_DIR, 'pglite')}`;
	console.log(`Datenbank: ${target}`);
	const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
	try {
		await handle.migrate();
		await syncDistricts(handle.db, cityConfig().districts);
		const { db } = handle;

		const [existingOffers] = await db.select({ n: count() }).from(offers);
		const [existingInstitutions] = await db.select({ n: count() }).from(institutions);
		const hasData = (existingOffers?.n ?? 0) > 0 || (existingInstitutions?.n ?? 0) > 0;
		if (hasData && !args.reset) {
			console.error(
				`Die Datenbank enthält bereits ${de(existingOffers?.n ?? 0)} Angebote und ` +
					`${de(existingInstitutions?.n ?? 0)} Einrichtungen. Es wurde nichts verändert.\n` +
					'Zum Ersetzen durch Demodaten: npm run seed -- --reset (löscht alle Angebote, Termine und Einrichtungen).'
			);
			process.exitCode = 1;
			return;
		}
		if (hasData) {
			await resetDemoData(db);
			console.log('Vorhandene Angebote, Termine und Einrichtungen gelöscht.');
		}

		const t0 = performance.now();
		const result = await seedDemoData(db, { offers: offerCount, seed });
		const seconds = (performance.now() - t0) / 1000;
		const [all] = await db.select({ n: count() }).from(offers);
		const [published] = await db
			.select({ n: count() })
			.from(offers)
			.where(eq(offers.status, 'published'));
		const [dates] = await db.select({ n: count() }).from(offerDates);
		const unpublished = (all?.n ?? 0) - (published?.n ?? 0);
		console.log(
			`Demodaten angelegt (Seed ${seed}): ${de(result.institutions)} Einrichtungen, ` +
				`${de(published?.n ?? 0)} veröffentlichte Angebote (+ ${de(unpublished)} Entwürfe, in Prüfung oder archiviert), ` +
				`${de(dates?.n ?? 0)} Termine in ${seconds.toLocaleString('de-DE', { maximumFractionDigits: 1 })} s.`
		);
	} finally {
		await handle.close();
	}
}

main().catch((e: unknown) => {
	console.error('Demodaten konnten nicht angelegt werden:', e instanceof Error ? e.message : e);
	process.exit(1);
});
