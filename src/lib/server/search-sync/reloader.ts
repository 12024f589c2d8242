/**
 * Brings the in-memory search index up to date with the database, one batch at
 * a time. Changed ids are collected while a batch runs and reloaded together
 * in the next one (one query per 500 ids, not one per offer). Batches never
 * overlap and each reads the database after the ids of it were reported, so a
 * later change can never be overwritten by an earlier read.
 */
import type { Db } from '../db/client';
import { logger } from '../logger';
import { listPublishedOffersByIds, loadPublishedOffersForIndex } from '../offers/offer.queries';
import type { SearchEngine } from '../search';

export interface ReloaderStats {
	/** Batches run (reloads of ids, rebuilds, or both). */
	batches: number;
	/** Ids reloaded in those batches (after merging duplicates). */
	ids: number;
	/** Full rebuilds from the database. */
	rebuilds: number;
	/** Failed batches (logged and tried again). */
	failures: number;
}

export interface IndexReloader {
	/**
	 * Reloads these offers: upserts the ones the public may see, removes the
	 * rest. Resolves once a batch started after this call is applied. Never
	 * rejects: a failed batch is logged and tried again after a pause.
	 */
	reload(ids: readonly string[]): Promise<void>;
	/** Replaces the whole index by the public offers in the database; rejects if that fails. */
	rebuild(): Promise<void>;
	/** Resolves when nothing is queued or running. */
	idle(): Promise<void>;
	/** Lets the running batch finish; later requests are ignored. */
	stop(): Promise<void>;
	readonly stats: Readonly<ReloaderStats>;
}

/** Offers applied between two yields to the event loop (requests keep flowing during big batches). */
const APPLY_SLICE = 500;
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Waiting {
	promise: Promise<unknown>;
	/** Settles with the batch's error (undefined on success). */
	settle(error: unknown): void;
}

function waiting(): Waiting {
	let settle!: (error: unknown) => void;
	const promise = new Promise<unknown>((resolve) => (settle = resolve));
	return { promise, settle };
}

export function createIndexReloader(db: Db, search: SearchEngine): IndexReloader {
	let pending = new Set<string>();
	let rebuildWanted = false;
	let next: Waiting | undefined;
	let draining: Promise<void> | undefined;
	let stopped = false;
	let retryMs = RETRY_FIRST_MS;
	let retryTimer: NodeJS.Timeout | undefined;
	const stats: ReloaderStats = { batches: 0, ids: 0, rebuilds: 0, failures: 0 };

	function request(): Promise<unknown> {
		if (stopped) return Promise.resolve(undefined);
		next ??= waiting();
		const promise = next.promise;
		draining ??= drain();
		return promise;
	}

	async function drain(): Promise<void> {
		// The check and the reset of `draining` happen in one synchronous step, so a
		// request arriving at any time either joins this loop or starts a new one.
		while (!stopped && (pending.size > 0 || rebuildWanted)) {
			const ids = [...pending];
			const full = rebuildWanted;
			const done = next!;
			pending = new Set();
			rebuildWanted = false;
			next = undefined;
			stats.batches++;
			let error: unknown;
			try {
				if (full) await rebuildNow();
				else await reloadNow(ids);
				retryMs = RETRY_FIRST_MS;
			} catch (err) {
				error = err;
				stats.failures++;
				logger.error(
					{ err, ids: ids.length, rebuild: full },
					'Suchindex: Abgleich mit der Datenbank fehlgeschlagen, neuer Versuch folgt'
				);
				retryLater(full, ids);
			}
			done.settle(error);
		}
		draining = undefined;
	}

	function retryLater(full: boolean, ids: string[]): void {
		if (stopped) return;
		const delay = retryMs;
		retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
		const timer = setTimeout(() => {
			if (full) rebuildWanted = true;
			for (const id of ids) pending.add(id);
			void request();
		}, delay);
		timer.unref();
		retryTimer = timer;
	}

	async function reloadNow(ids: string[]): Promise<void> {
		stats.ids += ids.length;
		// Hidden and unpublished offers are not returned, so they leave the index here.
		const found = await listPublishedOffersByIds(db, ids);
		const visible = new Set<string>();
		for (let i = 0; i < found.length; i++) {
			if (i > 0 && i % APPLY_SLICE === 0) await yieldToRequests();
			search.upsert(found[i]!);
			visible.add(found[i]!.id);
		}
		for (const id of ids) if (!visible.has(id)) search.remove(id);
	}

	async function rebuildNow(): Promise<void> {
		stats.rebuilds++;
		search.rebuild(await loadPublishedOffersForIndex(db));
	}

	return {
		async reload(ids) {
			if (ids.length === 0) return;
			for (const id of ids) pending.add(id);
			await request();
		},
		async rebuild() {
			rebuildWanted = true;
			const error = await request();
			if (error) throw error;
		},
		async idle() {
			while (draining) await draining;
		},
		async stop() {
			stopped = true;
			clearTimeout(retryTimer);
			await draining;
			next?.settle(undefined);
			next = undefined;
		},
		stats
	};
}
