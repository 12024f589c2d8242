/**
 * The database: PGlite (Postgres in-process, data in DATA_DIR) when DATABASE_URL
 * is unset, otherwise that PostgreSQL server. Same schema, same migrations.
 *
 * PGlite has one connection and runs queries on the event loop: keep queries
 * few and small on request paths (the search index is in memory for this reason).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import * as schema from './schema';

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

/** Opens PGlite in `dataDir`, or in memory when dataDir is undefined (tests). */
export async function openPglite(dataDir?: string): Promise<DbHandle> {
	if (dataDir) mkdirSync(dataDir, { recursive: true });
	const client = await PGlite.create(dataDir ? path.resolve(dataDir, 'pglite') : undefined, {
		extensions: { pg_trgm, unaccent }
	});
	const db = drizzlePglite(client, { schema }) as unknown as Db;
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

export async function openDatabase(opts: {
	databaseUrl?: string;
	dataDir: string;
}): Promise<DbHandle> {
	return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}
