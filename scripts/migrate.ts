/**
 * `npm run db:migrate`: applies the SQL migrations in drizzle/ to the database
 * (DATA_DIR or DATABASE_URL, like the app) and syncs the districts from the
 * city configuration.
 */
import path from 'node:path';
import { count, sql } from 'drizzle-orm';
import { cityConfig } from '../src/lib/server/config/city';
import { MIGRATIONS_DIR, openDatabase, type Db } from '../src/lib/server/db/client';
import { districts } from '../src/lib/server/db/schema';
import { syncDistricts } from '../src/lib/server/districts';
import { env } from '../src/lib/server/env';

/** Number of applied migrations (0 before the first run, when drizzle's table is missing). */
async function appliedMigrations(db: Db): Promise<number> {
	try {
		const result = await db.execute(
			sql`select count(*)::int as n from drizzle.__drizzle_migrations`
		);
		const raw = result as unknown as { n: number }[] | { rows: { n: number }[] };
		const rows = Array.isArray(raw) ? raw : raw.rows;
		return Number(rows[0]?.n ?? 0);
	} catch {
		return 0;
	}
}

async function main(): Promise<void> {
	const target = env.DATABASE_URL
		? 'PostgreSQL (DATABASE_URL)'
		: `PGlite in ${path.resolve(env.DATA_DIR, 'pglite')}`;
	console.log(`Datenbank: ${target}`);
	const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
	try {
		const before = await appliedMigrations(handle.db);
		await handle.migrate();
		const after = await appliedMigrations(handle.db);
		console.log(
			after > before
				? `${after - before} Migration(en) aus ${MIGRATIONS_DIR} angewendet (jetzt ${after}).`
				: `Schema ist aktuell (${after} Migrationen angewendet).`
		);
		const { city, districts: list } = cityConfig();
		await syncDistricts(handle.db, list);
		const [row] = await handle.db.select({ n: count() }).from(districts);
		console.log(
			`${list.length} Stadtteile von ${city.name} abgeglichen (${row?.n ?? 0} in der Datenbank).`
		);
	} finally {
		await handle.close();
	}
}

main().catch((e: unknown) => {
	console.error('Migration fehlgeschlagen:', e instanceof Error ? e.message : e);
	process.exit(1);
});
