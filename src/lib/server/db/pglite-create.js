/**
 * How PGlite is opened, in one place for both ways of running it: in the
 * process (`openPglite(…, { worker: false })`) and in the worker thread
 * (pglite-worker.js). Plain JavaScript so the worker can load it without a
 * build step.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

/**
 * Opens PGlite with the extensions the schema needs: data in `<dataDir>/pglite`,
 * or in memory when dataDir is undefined (tests).
 * @param {string | undefined} dataDir
 * @returns {Promise<PGlite>}
 */
export async function createPglite(dataDir) {
	if (dataDir) mkdirSync(dataDir, { recursive: true });
	return PGlite.create(dataDir ? path.resolve(dataDir, 'pglite') : undefined, {
		extensions: { pg_trgm, unaccent },
		// PostgreSQL's default 128 MB of shared buffers live in PGlite's WebAssembly
		// memory for the life of the process; one connection with the operating
		// system's file cache underneath needs far less (−50 MB resident).
		postgresqlconf: ['shared_buffers = 16MB']
	});
}
