/**
 * PGlite in a worker thread, seen from the main thread: an object with the
 * parts of PGlite's interface that drizzle-orm/pglite uses (`query`, `exec`,
 * `transaction`) plus `close`. Every call is a message to pglite-worker.js;
 * the main thread only copies parameters out and rows back in, so a 150 ms
 * query no longer stalls every other request. Why and the measured figures:
 * docs/handbook/pglite-worker.md.
 *
 * Semantics kept from in-process PGlite:
 * - results have the same shape (`rows`, `fields`, `affectedRows`, …);
 * - `parsers` (functions) are applied here: the worker sends the raw text of
 *   those types, exactly what PGlite would pass to them;
 * - errors from Postgres arrive as pg-protocol `DatabaseError`s with their
 *   fields (`code`, `detail`, `constraint`, `table`, …), so `code === '23505'`
 *   checks keep working;
 * - an interactive transaction keeps PGlite's lock in the worker until its
 *   callback here returns (COMMIT) or throws (ROLLBACK); other queries wait.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { messages, type QueryOptions, type Results, type Transaction } from '@electric-sql/pglite';
import { logger } from '../logger';

type Parsers = NonNullable<QueryOptions['parsers']>;
/** PGlite calls a parser with the text value and the column's type OID. */
type Parser = (value: string, typeId: number) => unknown;
type RowMode = 'array' | 'object';

/** What drizzle-orm/pglite (and our code) needs of a PGlite instance. */
export type PgliteClient = {
	query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
	exec(sql: string, options?: QueryOptions): Promise<Array<Results>>;
	transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
	close(): Promise<void>;
};

type Request =
	| {
			op: 'query';
			tx?: number;
			sql: string;
			params?: unknown[];
			rowMode?: RowMode;
			rawTypes?: number[];
			paramTypes?: number[];
	  }
	| { op: 'exec'; tx?: number; sql: string; rowMode?: RowMode; rawTypes?: number[] }
	| { op: 'begin' }
	| { op: 'rollback'; tx: number }
	| { op: 'end'; tx: number; commit: boolean }
	| { op: 'close' };

type Reply =
	{ id: number; ok: true; result: unknown } | { id: number; ok: false; error: ErrorData };

type ErrorData = { message: string; name?: string; stack?: string; database?: boolean } & Record<
	string,
	unknown
>;

interface Pending {
	resolve(value: unknown): void;
	reject(error: Error): void;
}

const WORKER_FILE = 'pglite-worker.js';

/**
 * The worker's entry file. Beside this module in the source tree (vite dev,
 * tests, tsx scripts). In the production build this module is bundled into
 * build/server/chunks/…, so the file is looked up in the project folder that
 * holds the build (and, last, the working directory, as for the migrations).
 */
export function pgliteWorkerFile(): URL {
	const source = path.join('src', 'lib', 'server', 'db', WORKER_FILE);
	const candidates: string[] = [];
	const here = new URL(`./${WORKER_FILE}`, import.meta.url);
	if (here.protocol === 'file:') {
		candidates.push(fileURLToPath(here));
		for (let dir = path.dirname(fileURLToPath(here)), i = 0; i < 6; i++) {
			dir = path.dirname(dir);
			candidates.push(path.join(dir, source));
		}
	}
	candidates.push(path.resolve(source));
	const found = candidates.find((file) => existsSync(file));
	if (found) return pathToFileURL(found);
	throw new Error(
		`PGlite-Worker ${source} nicht gefunden. Den Server aus dem Projektordner starten ` +
			'(npm start) oder PGLITE_WORKER=false setzen.'
	);
}

/** Turns the worker's error data back into an Error with the same fields. */
function toError(data: ErrorData): Error {
	const { message, name, stack, database, ...fields } = data;
	const error = (
		database
			? new messages.DatabaseError(message, Number(fields.length ?? 0), 'error')
			: new Error(message)
	) as Error & Record<string, unknown>;
	Object.assign(error, fields);
	if (name && !database) error.name = name;
	if (stack) error.stack = `${stack}\n    (im PGlite-Worker-Thread)`;
	return error;
}

/** The OIDs whose values the caller parses itself (as PGlite would with `parsers`). */
function rawTypesOf(options: QueryOptions | undefined): number[] | undefined {
	if (!options) return undefined;
	if (options.serializers || options.blob || options.onNotice) {
		throw new TypeError(
			'PGlite im Worker: serializers, blob und onNotice werden nicht unterstützt (PGLITE_WORKER=false)'
		);
	}
	if (!options.parsers) return undefined;
	const oids = Object.keys(options.parsers).map(Number);
	return oids.length > 0 ? oids : undefined;
}

/** Applies the caller's parsers to the raw text values, as PGlite does in the process. */
function applyParsers(result: Results<unknown>, parsers: Parsers, rowMode: RowMode): void {
	const fields = result.fields;
	// In object mode a repeated column name keeps the last column's value.
	const keys = new Map<string | number, { parser: Parser; typeId: number }>();
	fields.forEach((field, i) => {
		const key = rowMode === 'array' ? i : field.name;
		const parser = parsers[field.dataTypeID] as Parser | undefined;
		if (parser) keys.set(key, { parser, typeId: field.dataTypeID });
		else keys.delete(key);
	});
	if (keys.size === 0) return;
	for (const row of result.rows as Record<string | number, unknown>[]) {
		for (const [key, { parser, typeId }] of keys) {
			const value = row[key];
			if (value !== null && value !== undefined) row[key] = parser(value as string, typeId);
		}
	}
}

export class PgliteWorkerClient implements PgliteClient {
	readonly #worker: Worker;
	readonly #pending = new Map<number, Pending>();
	#nextId = 1;
	/** Set once the worker is gone; every later call fails with it. */
	#stopped: Error | undefined;
	#closing: Promise<void> | undefined;

	private constructor(worker: Worker) {
		this.#worker = worker;
		worker.on('message', (reply: Reply) => this.#settle(reply));
		worker.on('error', (e) => this.#stop(e));
		worker.on('exit', (code) =>
			this.#stop(new Error(`Der PGlite-Worker hat sich beendet (Code ${code})`))
		);
		worker.unref();
	}

	/** Starts the worker and opens PGlite in `dataDir` (in memory when undefined). */
	static async start(dataDir?: string): Promise<PgliteWorkerClient> {
		const worker = new Worker(pgliteWorkerFile(), {
			workerData: { dataDir: dataDir ? path.resolve(dataDir) : undefined },
			// The worker needs no stdin; its console output goes to ours.
			stdin: false
		});
		const client = new PgliteWorkerClient(worker);
		try {
			await client.#call(0);
		} catch (e) {
			client.#stopped = e as Error;
			await worker.terminate();
			throw e;
		}
		return client;
	}

	query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
		return this.#query<T>(undefined, sql, params, options);
	}

	exec(sql: string, options?: QueryOptions): Promise<Array<Results>> {
		return this.#exec(undefined, sql, options);
	}

	async transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
		const id = (await this.#send({ op: 'begin' })) as number;
		let closed = false;
		const open = () => {
			if (closed) throw new Error('Transaction is closed');
		};
		const tx: Transaction = {
			query: <R>(sql: string, params?: unknown[], options?: QueryOptions) => {
				open();
				return this.#query<R>(id, sql, params, options);
			},
			sql: () => Promise.reject(new Error('PGlite im Worker: tx.sql wird nicht unterstützt')),
			exec: (sql: string, options?: QueryOptions) => {
				open();
				return this.#exec(id, sql, options);
			},
			rollback: async () => {
				open();
				await this.#send({ op: 'rollback', tx: id });
				closed = true;
			},
			listen: () => Promise.reject(new Error('PGlite im Worker: listen wird nicht unterstützt')),
			get closed() {
				return closed;
			}
		};
		let result: T;
		try {
			result = await fn(tx);
		} catch (e) {
			closed = true;
			// The callback's error is what the caller needs, even if the worker is gone.
			await this.#send({ op: 'end', tx: id, commit: false }).catch(() => undefined);
			throw e;
		}
		closed = true;
		await this.#send({ op: 'end', tx: id, commit: true });
		return result;
	}

	/** Closes PGlite (data written) and ends the worker. Safe to call twice. */
	close(): Promise<void> {
		this.#closing ??= (async () => {
			try {
				if (!this.#stopped) await this.#send({ op: 'close' });
			} finally {
				this.#stopped ??= new Error('PGlite ist geschlossen');
				await this.#worker.terminate();
			}
		})();
		return this.#closing;
	}

	async #query<T>(
		tx: number | undefined,
		sql: string,
		params: unknown[] | undefined,
		options: QueryOptions | undefined
	): Promise<Results<T>> {
		const rawTypes = rawTypesOf(options);
		const rowMode = options?.rowMode ?? 'object';
		const result = (await this.#send({
			op: 'query',
			tx,
			sql,
			params,
			rowMode,
			rawTypes,
			paramTypes: options?.paramTypes
		})) as Results<T>;
		if (rawTypes) applyParsers(result, options!.parsers!, rowMode);
		return result;
	}

	async #exec(
		tx: number | undefined,
		sql: string,
		options: QueryOptions | undefined
	): Promise<Array<Results>> {
		const rawTypes = rawTypesOf(options);
		const rowMode = options?.rowMode ?? 'object';
		const results = (await this.#send({ op: 'exec', tx, sql, rowMode, rawTypes })) as Results[];
		if (rawTypes) for (const r of results) applyParsers(r, options!.parsers!, rowMode);
		return results;
	}

	#send(request: Request): Promise<unknown> {
		if (this.#stopped) return Promise.reject(this.#stopped);
		const id = this.#nextId++;
		const reply = this.#call(id);
		try {
			this.#worker.postMessage({ id, ...request });
		} catch (e) {
			// A parameter that cannot be copied to the worker (a function, …).
			this.#settle({ id, ok: false, error: { message: (e as Error).message, name: 'TypeError' } });
		}
		return reply;
	}

	/** Registers a pending call; keeps the process alive only while calls are pending. */
	#call(id: number): Promise<unknown> {
		return new Promise((resolve, reject) => {
			if (this.#pending.size === 0) this.#worker.ref();
			this.#pending.set(id, { resolve, reject });
		});
	}

	#settle(reply: Reply): void {
		const pending = this.#pending.get(reply.id);
		if (!pending) return;
		this.#pending.delete(reply.id);
		if (this.#pending.size === 0) this.#worker.unref();
		if (!reply.ok) pending.reject(toError(reply.error));
		else if ('json' in reply) pending.resolve(JSON.parse(reply.json as string));
		else pending.resolve(reply.result);
	}

	#stop(error: Error): void {
		if (!this.#stopped) {
			if (!this.#closing) logger.error({ err: error }, 'PGlite-Worker unerwartet beendet');
			this.#stopped = error;
		}
		for (const pending of this.#pending.values()) pending.reject(error);
		this.#pending.clear();
	}
}
