/**
 * A fresh, migrated database for one test file: PGlite in memory (in the
 * process; through the worker thread with PGLITE_WORKER=true), or — when
 * DATABASE_URL is set (CI's PostgreSQL run) — a new database on that server,
 * dropped again by close().
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openPglite, openPostgres, type DbHandle } from '../db/client';
import { env } from '../env';
import { cityConfig } from '../config/city';
import { syncDistricts } from '../districts';

/** A test database; `databaseUrl` is set on PostgreSQL, for a second connection to it. */
export type TestDb = DbHandle & { databaseUrl?: string };

export async function createTestDb(opts: { withDistricts?: boolean } = {}): Promise<TestDb> {
	let handle: TestDb;
	if (env.DATABASE_URL) {
		const name = `test_${randomBytes(6).toString('hex')}`;
		const admin = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} });
		await admin.unsafe(`CREATE DATABASE ${name}`);
		await admin.end();
		const url = new URL(env.DATABASE_URL);
		url.pathname = `/${name}`;
		const inner = openPostgres(url.toString(), 4);
		handle = {
			...inner,
			databaseUrl: url.toString(),
			close: async () => {
				await inner.close();
				const a = postgres(env.DATABASE_URL!, { max: 1, onnotice: () => {} });
				await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
				await a.end();
			}
		};
	} else {
		// In the process unless PGLITE_WORKER=true (then through the worker, as the app runs).
		handle = await openPglite(undefined, { worker: env.PGLITE_WORKER ?? false });
	}
	await handle.migrate();
	if (opts.withDistricts !== false) await syncDistricts(handle.db, cityConfig().districts);
	return handle;
}
