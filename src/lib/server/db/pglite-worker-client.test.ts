/**
 * PGlite in the worker thread, as the app uses it: drizzle queries, interactive
 * transactions, Postgres errors with their fields, migrations on a data folder,
 * the extensions, and an event loop that keeps running during a long query.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { messages } from '@electric-sql/pglite';
import { asc, count, eq, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertFixtures } from '../api/fixtures';
import { cityConfig } from '../config/city';
import { syncDistricts } from '../districts';
import { listPublishedOffers } from '../offers';
import { openPglite, type DbHandle } from './client';
import { institutions } from './schema';
import { createPglite } from './pglite-create.js';
import { PgliteWorkerClient } from './pglite-worker-client';

let handle: DbHandle;

/** Raw SQL rows (drizzle-orm/pglite's execute() gives PGlite's result object). */
async function rowsOf<T = Record<string, unknown>>(db: DbHandle['db'], query: SQL): Promise<T[]> {
	return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

beforeAll(async () => {
	handle = await openPglite(undefined, { worker: true });
	await handle.migrate();
	await syncDistricts(handle.db, cityConfig().districts);
	await insertFixtures(handle.db);
});
afterAll(() => handle.close());

const institutionCount = async () =>
	(await handle.db.select({ n: count() }).from(institutions))[0]!.n;

const newInstitution = (slug: string) => ({
	slug,
	name: `Testeinrichtung ${slug}`,
	type: 'vhs',
	street: 'Teststraße 1',
	postalCode: '38226',
	locality: 'Salzgitter',
	districtSlug: 'lebenstedt',
	lat: 52.15,
	lon: 10.33
});

describe('queries through the worker', () => {
	it('reads the published offers with the same types as in the process', async () => {
		const offers = await listPublishedOffers(handle.db);
		expect(offers.map((o) => o.title).sort()).toEqual([
			'Elternberatung',
			'Schwimmen für Kinder',
			'Sprachkurs Deutsch A1'
		]);
		const [inst] = await handle.db
			.select()
			.from(institutions)
			.where(eq(institutions.slug, 'vhs-salzgitter'));
		// Drizzle's own parsers (timestamps as text, then Date) and PGlite's (json, numbers).
		expect(inst!.createdAt).toBeInstanceOf(Date);
		expect(Number.isNaN(inst!.createdAt.getTime())).toBe(false);
		expect(inst!.openingHours).toEqual([{ days: 'Mo–Fr', opens: '08:00', closes: '16:00' }]);
		expect(inst!.languages).toEqual(['de', 'tr']);
		expect(inst!.lat).toBeCloseTo(52.1561);
	});

	it('gives timestamps as Postgres text to raw SQL, as drizzle-orm/pglite does in the process', async () => {
		const local = await openPglite(undefined, { worker: false });
		try {
			const q = sql`select timestamptz '2025-03-01 09:00:00+00' as t, 5::int8 as n, null::timestamptz as empty`;
			const viaWorker = await rowsOf(handle.db, q);
			const inProcess = await rowsOf(local.db, q);
			expect(viaWorker).toEqual(inProcess);
			expect(viaWorker).toEqual([{ t: '2025-03-01 09:00:00+00', n: 5, empty: null }]);
		} finally {
			await local.close();
		}
	});

	it('applies parsers given to query() on the main thread', async () => {
		const client = await PgliteWorkerClient.start();
		try {
			const result = await client.query<{ d: unknown; none: unknown }>(
				"select date '2025-03-01' as d, null::date as none",
				[],
				{ parsers: { 1082: (v: string) => `Tag ${v}` } }
			);
			expect(result.rows).toEqual([{ d: 'Tag 2025-03-01', none: null }]);
			const arrays = await client.query("select date '2025-03-01' as d", [], {
				rowMode: 'array',
				parsers: { 1082: (v: string) => v.slice(0, 4) }
			});
			expect(arrays.rows).toEqual([['2025']]);
		} finally {
			await client.close();
		}
	});

	it('gives large results exactly as in the process, plain JSON values and others alike', async () => {
		const worker = await PgliteWorkerClient.start();
		const local = await createPglite(undefined);
		try {
			// 500 rows of plain values (sent as JSON text) and 500 with a Date,
			// a BigInt, bytes and NaN (sent as a structured clone).
			const plain = `select g as n, 'Zeile ' || g as t, g % 2 = 0 as even, null as none,
				jsonb_build_object('a', g, 'b', array['x', 'ü']) as j, array[g, g + 1] as arr
				from generate_series(1, 500) g`;
			const typed = `select g, timestamptz '2025-03-01 09:00:00+00' + g * interval '1 day' as at,
				9007199254740993::int8 as big, '\\xdeadbeef'::bytea as bytes, 'NaN'::float8 as nan
				from generate_series(1, 500) g`;
			for (const query of [plain, typed]) {
				for (const rowMode of ['object', 'array'] as const) {
					const viaWorker = await worker.query(query, [], { rowMode });
					const inProcess = await local.query(query, [], { rowMode });
					expect(viaWorker.rows).toEqual(inProcess.rows);
					expect(viaWorker.fields).toEqual(inProcess.fields);
				}
			}
			const [row] = (await worker.query<{ at: unknown; big: unknown; bytes: unknown }>(typed)).rows;
			expect(row!.at).toBeInstanceOf(Date);
			expect(row!.big).toBe(9007199254740993n);
			expect(row!.bytes).toBeInstanceOf(Uint8Array);
		} finally {
			await worker.close();
			await local.close();
		}
	});

	it('has pg_trgm and unaccent, which search and quality checks use', async () => {
		const rows = await rowsOf<{ s: number; u: string }>(
			handle.db,
			sql`select similarity('Schwimmkurs', 'Schwimkurs') as s, unaccent('Müßiggang in Göttingen') as u`
		);
		expect(rows[0]!.s).toBeGreaterThan(0.5);
		expect(rows[0]!.u).toBe('Mussiggang in Gottingen');
	});
});

describe('transactions through the worker', () => {
	it('commits every statement of the transaction together', async () => {
		const before = await institutionCount();
		await handle.db.transaction(async (tx) => {
			await tx.insert(institutions).values(newInstitution('tx-commit-a'));
			await tx.insert(institutions).values(newInstitution('tx-commit-b'));
			const [inside] = await tx.select({ n: count() }).from(institutions);
			expect(inside!.n).toBe(before + 2);
		});
		expect(await institutionCount()).toBe(before + 2);
	});

	it('rolls everything back when the callback throws, and passes its error on unchanged', async () => {
		const before = await institutionCount();
		class Stop extends Error {}
		const stop = new Stop('abbrechen');
		await expect(
			handle.db.transaction(async (tx) => {
				await tx.insert(institutions).values(newInstitution('tx-rollback'));
				throw stop;
			})
		).rejects.toBe(stop);
		expect(await institutionCount()).toBe(before);
		const gone = await handle.db
			.select()
			.from(institutions)
			.where(eq(institutions.slug, 'tx-rollback'));
		expect(gone).toEqual([]);
	});

	it("rolls back on drizzle's tx.rollback() and keeps a nested savepoint's rollback local", async () => {
		const before = await institutionCount();
		await expect(
			handle.db.transaction(async (tx) => {
				await tx.insert(institutions).values(newInstitution('tx-explicit'));
				tx.rollback();
			})
		).rejects.toThrow('Rollback');
		await handle.db.transaction(async (tx) => {
			await tx.insert(institutions).values(newInstitution('tx-outer'));
			await tx
				.transaction(async (inner) => {
					await inner.insert(institutions).values(newInstitution('tx-inner'));
					throw new Error('nur der innere Teil');
				})
				.catch(() => undefined);
		});
		const slugs = (
			await handle.db
				.select({ slug: institutions.slug })
				.from(institutions)
				.orderBy(asc(institutions.slug))
		).map((r) => r.slug);
		expect(slugs).toContain('tx-outer');
		expect(slugs).not.toContain('tx-inner');
		expect(slugs).not.toContain('tx-explicit');
		expect(await institutionCount()).toBe(before + 1);
	});

	it('makes other queries wait until the transaction has committed', async () => {
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		let inserted!: () => void;
		const didInsert = new Promise<void>((r) => (inserted = r));
		const txDone = handle.db.transaction(async (tx) => {
			await tx.insert(institutions).values(newInstitution('tx-waiting'));
			inserted();
			await held;
		});
		await didInsert;
		let outsideDone = false;
		const outside = handle.db
			.select({ slug: institutions.slug })
			.from(institutions)
			.where(eq(institutions.slug, 'tx-waiting'))
			.then((rows) => {
				outsideDone = true;
				return rows;
			});
		// Give the worker time to answer if it did not wait.
		await new Promise((r) => setTimeout(r, 200));
		expect(outsideDone).toBe(false);
		release();
		await txDone;
		// The waiting query ran after COMMIT, so it sees the row.
		expect(await outside).toEqual([{ slug: 'tx-waiting' }]);
	});
});

describe('errors from the worker', () => {
	it('reports a unique violation as a DatabaseError with code, detail and constraint', async () => {
		const error = await handle.db
			.insert(institutions)
			.values(newInstitution('vhs-salzgitter'))
			.then(
				() => undefined,
				(e: unknown) => e
			);
		// drizzle wraps the driver's error; the app looks for code 23505 in the cause chain.
		const cause = (error as { cause?: unknown }).cause as messages.DatabaseError;
		expect(cause).toBeInstanceOf(messages.DatabaseError);
		expect(cause.code).toBe('23505');
		expect(cause.constraint).toBe('institutions_slug_unique');
		expect(cause.detail).toContain('vhs-salzgitter');
		expect(cause.message).toContain('duplicate key');
		expect(cause.table).toBe('institutions');
	});

	it('rolls back a transaction whose statement failed, and the database stays usable', async () => {
		const before = await institutionCount();
		await expect(
			handle.db.transaction(async (tx) => {
				await tx.insert(institutions).values(newInstitution('tx-then-dup'));
				await tx.insert(institutions).values(newInstitution('vhs-salzgitter'));
			})
		).rejects.toMatchObject({ cause: { code: '23505' } });
		expect(await institutionCount()).toBe(before);
		expect(await rowsOf(handle.db, sql`select 1 as one`)).toEqual([{ one: 1 }]);
	});

	it('reports a syntax error with its position and a value that cannot be copied as a TypeError', async () => {
		const client = await PgliteWorkerClient.start();
		try {
			await expect(client.query('selec 1')).rejects.toMatchObject({
				code: '42601',
				position: '1'
			});
			await expect(client.query('select $1', [() => 1])).rejects.toMatchObject({
				name: 'TypeError'
			});
			expect((await client.query('select 2 as two')).rows).toEqual([{ two: 2 }]);
		} finally {
			await client.close();
		}
		await expect(client.query('select 1')).rejects.toThrow('PGlite ist geschlossen');
	});
});

describe('a data folder through the worker', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'pglite-worker-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('migrates, keeps the data after close, and migrates again without change', async () => {
		const first = await openPglite(dir, { worker: true });
		await first.migrate();
		await syncDistricts(first.db, cityConfig().districts);
		await first.db.insert(institutions).values(newInstitution('bleibt'));
		await first.close();

		const second = await openPglite(dir, { worker: true });
		try {
			await second.migrate();
			const rows = await second.db
				.select({ slug: institutions.slug })
				.from(institutions)
				.where(eq(institutions.slug, 'bleibt'));
			expect(rows).toEqual([{ slug: 'bleibt' }]);
			const migrations = await rowsOf<{ n: number }>(
				second.db,
				sql`select count(*)::int as n from drizzle.__drizzle_migrations`
			);
			expect(migrations[0]!.n).toBeGreaterThan(0);
		} finally {
			await second.close();
		}
	});
});

describe('the event loop during a long query', () => {
	it('keeps running timers while the worker computes', async () => {
		let ticks = 0;
		const timer = setInterval(() => ticks++, 5);
		const started = performance.now();
		try {
			// About a second of work for Postgres (several seconds on a busy machine).
			await handle.db.execute(
				sql`select count(*) from generate_series(1, 3000000) g where md5(g::text) like 'a%'`
			);
		} finally {
			clearInterval(timer);
		}
		const ms = performance.now() - started;
		// In the process the loop would be blocked for the whole query: no tick at all.
		expect(ms).toBeGreaterThan(100);
		expect(ticks).toBeGreaterThanOrEqual(Math.floor(ms / 5 / 4));
	});
});
