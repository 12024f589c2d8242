/**
 * The PGlite worker thread: owns the embedded database so its queries run off
 * the main event loop. The main thread (pglite-worker-client.ts) sends
 * requests and receives rows; see docs/handbook/pglite-worker.md.
 *
 * Plain JavaScript on purpose: Node starts it as it is, from the source tree in
 * `vite dev`, tests and tsx scripts, and from the same path in production.
 *
 * Requests (`{ id, op, … }`, answered by `{ id, ok: true, result }`, `{ id,
 * ok: true, json }` for large plain results, or `{ id, ok: false, error }`):
 * - `query` — `pg.query(sql, params, options)`, or the open transaction's
 *   `tx.query` when `tx` is set. `rawTypes` lists the type OIDs the caller
 *   parses itself (parsers are functions and cannot cross threads): their
 *   values come back as Postgres text and the main thread applies the parsers.
 * - `exec` — `pg.exec(sql)` / `tx.exec(sql)`, same options.
 * - `begin` — opens `pg.transaction()` and answers with its number. PGlite's own
 *   lock keeps every other query waiting until the transaction ends, exactly as
 *   in the process.
 * - `rollback` — `tx.rollback()`.
 * - `end` — `commit: true` lets the transaction callback return (COMMIT),
 *   `false` makes it throw (ROLLBACK); answers when PGlite has finished.
 * - `close` — `pg.close()`.
 * The first message (id 0) says whether PGlite opened.
 */
// @ts-check
import { parentPort, workerData } from 'node:worker_threads';
import { createPglite } from './pglite-create.js';
import { exposeGc } from './expose-gc.js';

/** @typedef {import('@electric-sql/pglite').PGlite} PGlite */
/** @typedef {import('@electric-sql/pglite').Transaction} Transaction */
/** @typedef {import('@electric-sql/pglite').QueryOptions} QueryOptions */
/**
 * @typedef {object} OpenTx
 * @property {Transaction} tx
 * @property {(commit: boolean) => void} finish
 * @property {Promise<unknown>} done  resolves to the error PGlite ended with, or null
 */
/**
 * @typedef {{ id: number, op: 'query', tx?: number, sql: string, params?: unknown[], rowMode?: 'array' | 'object', rawTypes?: number[], paramTypes?: number[] }
 *   | { id: number, op: 'exec', tx?: number, sql: string, rowMode?: 'array' | 'object', rawTypes?: number[] }
 *   | { id: number, op: 'begin' }
 *   | { id: number, op: 'rollback', tx: number }
 *   | { id: number, op: 'end', tx: number, commit: boolean }
 *   | { id: number, op: 'close' }} Request
 */

if (!parentPort) throw new Error('pglite-worker.js läuft nur als Worker-Thread');
const port = parentPort;

/** Thrown into the transaction callback to make PGlite roll back. */
const ROLLBACK = Symbol('rollback');

/** @type {Map<number, OpenTx>} */
const openTxs = new Map();
let nextTx = 1;

/**
 * From this many rows on, a result whose values are all plain JSON travels as
 * one JSON string: the main thread's JSON.parse costs about a third of
 * structured-clone deserialisation (50,000 offers: ~350 instead of ~930 ms of
 * main-thread time). Smaller results, or any with a Date, BigInt, bytes or
 * NaN, go as they are.
 */
const JSON_MIN_ROWS = 100;

/**
 * True when JSON.parse(JSON.stringify(value)) gives the value back exactly.
 * @param {unknown} value
 * @returns {boolean}
 */
function jsonSafe(value) {
	switch (typeof value) {
		case 'string':
		case 'boolean':
			return true;
		case 'number':
			return Number.isFinite(value) && !Object.is(value, -0);
		case 'object': {
			if (value === null) return true;
			if (Array.isArray(value)) return value.every(jsonSafe);
			const proto = Object.getPrototypeOf(value);
			if (proto !== Object.prototype && proto !== null) return false;
			for (const v of Object.values(value)) if (!jsonSafe(v)) return false;
			return true;
		}
		default:
			return false;
	}
}

/**
 * The reply for a query result: as JSON text when that is exact and pays off.
 * @param {number} id
 * @param {unknown} result
 */
function resultReply(id, result) {
	const rows = /** @type {{ rows?: unknown[] } | null} */ (result)?.rows;
	if (rows && rows.length >= JSON_MIN_ROWS && rows.every(jsonSafe)) {
		return { id, ok: true, json: JSON.stringify(result) };
	}
	return { id, ok: true, result };
}

/**
 * A large result leaves hundreds of MB of garbage in this thread's heap (the
 * parsed rows, their JSON text). An idle worker allocates too little for V8 to
 * collect it, so it would stay in the process's RSS for good (measured at
 * 50,000 offers: 1.45 GB instead of 1.0 GB after start-up). So the worker
 * collects once after such a result. `gc` is exposed with V8's flag at run
 * time: Worker's execArgv refuses --expose-gc.
 */
const LARGE_RESULT_ROWS = 5_000;
const collectGarbage = exposeGc();
/** @type {ReturnType<typeof setTimeout> | undefined} */
let gcTimer;

/** @param {unknown} result */
function collectAfter(result) {
	const rows = /** @type {{ rows?: unknown[] } | null} */ (result)?.rows;
	if (!collectGarbage || !rows || (rows.length < LARGE_RESULT_ROWS && !hasLargeText(rows))) return;
	const gc = collectGarbage;
	clearTimeout(gcTimer);
	// After a pause, so a batch of large queries (the start-up) is collected once.
	gcTimer = setTimeout(() => gc(), 200);
}

/**
 * A few rows that carry megabytes of text (the search index's start-up read
 * gets its offers as JSON, 5,000 per row) count as a large result too.
 * @param {unknown[]} rows
 */
function hasLargeText(rows) {
	for (const row of rows.slice(0, 4)) {
		const values = Array.isArray(row) ? row : Object.values(/** @type {object} */ (row ?? {}));
		if (values.some((v) => typeof v === 'string' && v.length > 1_000_000)) return true;
	}
	return false;
}

/** @type {Map<string, Record<number, (value: string) => string>>} */
const rawParsersCache = new Map();

/**
 * Identity parsers for the OIDs the main thread parses itself.
 * @param {number[] | undefined} rawTypes
 */
function rawParsers(rawTypes) {
	if (!rawTypes || rawTypes.length === 0) return undefined;
	const key = rawTypes.join(',');
	let parsers = rawParsersCache.get(key);
	if (!parsers) {
		parsers = {};
		for (const oid of rawTypes) parsers[oid] = (value) => value;
		rawParsersCache.set(key, parsers);
	}
	return parsers;
}

/**
 * An error as plain data: message, name, stack and the Postgres fields
 * (code, detail, constraint, table, …). PGlite's `queryOptions` holds
 * functions and is left out.
 * @param {unknown} e
 */
function serializeError(e) {
	if (!(e instanceof Error)) return { message: String(e) };
	/** @type {Record<string, unknown>} */
	const out = {
		name: e.name,
		message: e.message,
		stack: e.stack,
		// pg-protocol's DatabaseError (every error Postgres itself reports)
		database: 'severity' in e && 'code' in e
	};
	for (const [key, value] of Object.entries(e)) {
		if (key === 'queryOptions' || typeof value === 'function') continue;
		out[key] = value;
	}
	return out;
}

/** @param {number | undefined} id */
function txOf(id) {
	if (id === undefined) return undefined;
	const open = openTxs.get(id);
	if (!open) throw new Error(`Transaktion ${id} ist nicht (mehr) offen`);
	return open.tx;
}

/**
 * @param {PGlite} pg
 * @returns {Promise<number>}
 */
function begin(pg) {
	return new Promise((began, failed) => {
		const id = nextTx++;
		let started = false;
		/** @type {Partial<OpenTx>} */
		const open = {};
		open.done = pg
			.transaction(
				(tx) =>
					new Promise((commit, rollback) => {
						open.tx = tx;
						open.finish = (ok) => (ok ? commit(undefined) : rollback(ROLLBACK));
						openTxs.set(id, /** @type {OpenTx} */ (open));
						started = true;
						began(id);
					})
			)
			.then(
				() => null,
				(e) => (e === ROLLBACK ? null : e)
			)
			.then((error) => {
				if (!started) failed(error ?? new Error('Transaktion endete vor ihrem Beginn'));
				return error;
			});
	});
}

/**
 * @param {PGlite} pg
 * @param {Request} msg
 * @returns {Promise<unknown>}
 */
async function handle(pg, msg) {
	switch (msg.op) {
		case 'query': {
			/** @type {QueryOptions} */
			const options = { rowMode: msg.rowMode, parsers: rawParsers(msg.rawTypes) };
			if (msg.paramTypes) options.paramTypes = msg.paramTypes;
			return (txOf(msg.tx) ?? pg).query(msg.sql, msg.params, options);
		}
		case 'exec':
			return (txOf(msg.tx) ?? pg).exec(msg.sql, {
				rowMode: msg.rowMode,
				parsers: rawParsers(msg.rawTypes)
			});
		case 'begin':
			return begin(pg);
		case 'rollback': {
			const tx = txOf(msg.tx);
			await tx?.rollback();
			return null;
		}
		case 'end': {
			const open = openTxs.get(msg.tx);
			if (!open) throw new Error(`Transaktion ${msg.tx} ist nicht (mehr) offen`);
			openTxs.delete(msg.tx);
			open.finish(msg.commit);
			const error = await open.done;
			if (error) throw error;
			return null;
		}
		case 'close':
			await pg.close();
			return null;
		default:
			throw new Error(`Unbekannte Anfrage ${/** @type {{ op: unknown }} */ (msg).op}`);
	}
}

/**
 * @param {number} id
 * @param {unknown} error
 */
function replyError(id, error) {
	try {
		port.postMessage({ id, ok: false, error: serializeError(error) });
	} catch {
		// A field that cannot be cloned: send what matters.
		const e = /** @type {{ message?: unknown, code?: unknown }} */ (error ?? {});
		port.postMessage({
			id,
			ok: false,
			error: { message: String(e.message ?? error), code: e.code }
		});
	}
}

let pg;
try {
	pg = await createPglite(/** @type {{ dataDir?: string }} */ (workerData).dataDir);
	port.postMessage({ id: 0, ok: true, result: null });
} catch (e) {
	replyError(0, e);
}
if (pg) {
	const db = pg;
	port.on('message', (/** @type {Request} */ msg) => {
		handle(db, msg).then(
			(result) => {
				try {
					port.postMessage(resultReply(msg.id, result));
					collectAfter(result);
				} catch (e) {
					replyError(msg.id, e);
				}
			},
			(e) => replyError(msg.id, e)
		);
	});
}
