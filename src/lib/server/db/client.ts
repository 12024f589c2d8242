/**
 * The database: PGlite (embedded Postgres, data in DATA_DIR) when DATABASE_URL
 * is unset, otherwise that PostgreSQL server. Same schema, same migrations.
 *
 * PGlite has one connection. The app runs it in a worker thread
 * (pglite-worker-client.ts) so its queries do not block the event loop;
 * PGLITE_WORKER=false runs it in the process instead. Either way queries run
 * one at a time: keep them few and small on request paths.
 */
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import * as schema from './schema';
import { env } from '../env';
import { logger } from '../logger';
import { createPglite } from './pglite-create.js';
import { PgliteWorkerClient } from './pglite-worker-client';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface DbHandle {
	db: Db;
	kind: 'pglite' | 'postgres';
	migrate(): Promise<void>;
	close(): Promise<void>;
	/**
	 * PostgreSQL only: LISTEN on a channel over a dedicated connection that
	 * postgres.js re-opens (and re-LISTENs) by itself; `onListen` runs after
	 * every (re)start of listening. Absent on PGlite (one process per data folder).
	 */
	listen?(
		channel: string,
		onNotify: (payload: string) => void,
		onListen?: () => void
	): Promise<{ unlisten(): Promise<void> }>;
	/** PostgreSQL only: pg_notify(channel, payload) (payload under 8,000 bytes). */
	notify?(channel: string, payload: string): Promise<void>;
}

export const MIGRATIONS_DIR = path.resolve('drizzle');

/**
 * Opens PGlite in `dataDir`, or in memory when dataDir is undefined (tests):
 * in a worker thread when `worker` is true, otherwise in this process.
 */
export async function openPglite(
	dataDir?: string,
	opts: { worker?: boolean } = {}
): Promise<DbHandle> {
	const started = performance.now();
	const client = opts.worker
		? await PgliteWorkerClient.start(dataDir)
		: await createPglite(dataDir);
	logger.debug(
		{
			dataDir,
			thread: opts.worker ? 'worker' : 'main',
			ms: Math.round(performance.now() - started)
		},
		'PGlite geöffnet'
	);
	// The worker client has the part of PGlite's interface drizzle uses.
	const db = drizzlePglite(client as PGlite, { schema }) as unknown as Db;
	return {
		db,
		kind: 'pglite',
		migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR }),
		close: () => client.close()
	};
}

export function openPostgres(url: string, max = 10): DbHandle {
	const client = postgres(url, { max, onnotice: () => {} });
	const db = drizzlePostgres(client, { schema }) as unknown as Db;
	return {
		db,
		kind: 'postgres',
		migrate: () => migratePostgres(db as never, { migrationsFolder: MIGRATIONS_DIR }),
		close: () => client.end({ timeout: 5 }),
		listen: async (channel, onNotify, onListen) => {
			const { unlisten } = await client.listen(channel, onNotify, onListen);
			return { unlisten };
		},
		notify: async (channel, payload) => {
			await client.notify(channel, payload);
		}
	};
}

/**
 * The database of the app and the scripts. PGlite runs in a worker thread
 * unless `pgliteWorker` (default: PGLITE_WORKER, on) is false.
 */
export async function openDatabase(opts: {
	databaseUrl?: string;
	dataDir: string;
	pgliteWorker?: boolean;
}): Promise<DbHandle> {
	if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
	return openPglite(opts.dataDir, { worker: opts.pgliteWorker ?? env.PGLITE_WORKER ?? true });
}
