/**
 * Keeps this instance's search index in step with the database.
 *
 * - Writes in this process: the offers module reports changed ids after commit
 *   (`offersChanged`); they are reloaded in batches (reloader.ts) before the
 *   request answers.
 * - Other instances (PostgreSQL only): after the local index is updated, the
 *   ids go out with `pg_notify` on SEARCH_SYNC_CHANNEL; every instance LISTENs
 *   and reloads the ids sent by others through the same batches. Settings
 *   updates are announced the same way, so cached settings are dropped.
 * - When the LISTEN connection comes back after a break, notifications may
 *   have been missed: the index is rebuilt from the database.
 * - PGlite: one process owns the data folder, so every write happens in this
 *   process and its local events are all there is to follow.
 */
import { randomUUID } from 'node:crypto';
import type { DbHandle } from '../db/client';
import { logger } from '../logger';
import { onOffersChanged } from '../offers/offer-events';
import type { SearchEngine } from '../search';
import { clearSettingsCache, onSettingsChanged } from '../settings/settings';
import {
	SEARCH_SYNC_CHANNEL,
	offerMessages,
	parseMessage,
	settingsMessage,
	type SyncMessage
} from './messages';
import { createIndexReloader, type ReloaderStats } from './reloader';

export interface SearchSyncOptions {
	/**
	 * Build the index from the database once listening, so no change between
	 * reading and listening is lost (default true). The engine may start empty.
	 */
	build?: boolean;
	/**
	 * Follow the writes of this process (default true). A test that stands in
	 * for a second process in the same one sets false, so it learns of changes
	 * only the way another process would: over NOTIFY.
	 */
	followLocalWrites?: boolean;
	/** Default SEARCH_SYNC_CHANNEL; tests may use their own. */
	channel?: string;
}

export interface SearchSyncStats extends ReloaderStats {
	/** NOTIFY payloads sent. */
	sent: number;
	/** Messages received from other instances, by kind. */
	receivedOffers: number;
	receivedSettings: number;
	/** Payloads that were not a valid message (logged, ignored). */
	invalid: number;
	/** Times the LISTEN connection came back (each followed by a rebuild). */
	reconnects: number;
}

export interface SearchSync {
	/** This instance's id, the `origin` of the messages it sends. */
	readonly instanceId: string;
	/** 'notify': LISTEN/NOTIFY with other instances; 'single-process': PGlite. */
	readonly mode: 'notify' | 'single-process';
	/** A snapshot of the counters. */
	readonly stats: SearchSyncStats;
	/** Resolves when every change reported so far is in the index. */
	idle(): Promise<void>;
	stop(): Promise<void>;
}

/** Sends payloads in order; a failure is logged, never thrown into the write that caused it. */
function publisher(
	notify: NonNullable<DbHandle['notify']>,
	channel: string,
	onSent: () => void = () => {}
): (payloads: string[]) => Promise<void> {
	return async (payloads) => {
		for (const payload of payloads) {
			try {
				await notify(channel, payload);
				onSent();
			} catch (err) {
				logger.error(
					{ err, channel },
					'Suchabgleich: Benachrichtigung der anderen Instanzen fehlgeschlagen'
				);
			}
		}
	};
}

export async function startSearchSync(
	handle: DbHandle,
	search: SearchEngine,
	opts: SearchSyncOptions = {}
): Promise<SearchSync> {
	const instanceId = randomUUID();
	const channel = opts.channel ?? SEARCH_SYNC_CHANNEL;
	const reloader = createIndexReloader(handle.db, search);
	const counts = { sent: 0, receivedOffers: 0, receivedSettings: 0, invalid: 0, reconnects: 0 };
	const { listen, notify } = handle;
	const crossInstance = handle.kind === 'postgres' && listen && notify ? { listen, notify } : null;
	const unsubscribe: (() => void)[] = [];
	let stopped = false;

	const publish = crossInstance
		? publisher(crossInstance.notify, channel, () => counts.sent++)
		: async () => {};

	if (opts.followLocalWrites !== false) {
		unsubscribe.push(
			onOffersChanged(async (ids) => {
				await reloader.reload(ids);
				await publish(offerMessages(instanceId, ids));
			})
		);
	}

	if (crossInstance) {
		unsubscribe.push(
			onSettingsChanged(async (db) => {
				if (db === handle.db) await publish([settingsMessage(instanceId)]);
			})
		);

		const receive = (message: SyncMessage) => {
			if ('settings' in message) {
				counts.receivedSettings++;
				clearSettingsCache(handle.db);
			} else {
				counts.receivedOffers++;
				void reloader.reload(message.ids);
			}
		};
		let listens = 0;
		const listening = await crossInstance.listen(
			channel,
			(payload) => {
				if (stopped) return;
				const message = parseMessage(payload);
				if (!message) {
					counts.invalid++;
					logger.warn(
						{ channel, payload: payload.slice(0, 200) },
						'Suchabgleich: unbekannte Nachricht'
					);
				} else if (message.origin !== instanceId) {
					receive(message);
				}
			},
			() => {
				listens++;
				if (listens === 1 || stopped) return;
				counts.reconnects++;
				// While the connection was gone, messages were lost: start over from the database.
				logger.warn(
					{ channel },
					'Suchabgleich: Verbindung zu PostgreSQL wieder da, Suchindex wird neu aufgebaut'
				);
				clearSettingsCache(handle.db);
				const t0 = performance.now();
				reloader.rebuild().then(
					() =>
						logger.info(
							{ offers: search.size, ms: Math.round(performance.now() - t0) },
							'Suchabgleich: Suchindex neu aufgebaut'
						),
					() => {} // logged by the reloader, which tries again
				);
			}
		);
		unsubscribe.push(() => void listening.unlisten().catch(() => {}));
	}

	const sync: SearchSync = {
		instanceId,
		mode: crossInstance ? 'notify' : 'single-process',
		get stats() {
			return { ...reloader.stats, ...counts };
		},
		idle: () => reloader.idle(),
		async stop() {
			stopped = true;
			for (const off of unsubscribe.splice(0)) off();
			await reloader.stop();
		}
	};
	if (opts.build !== false) {
		try {
			await reloader.rebuild();
		} catch (err) {
			await sync.stop();
			throw err;
		}
	}
	return sync;
}

/**
 * Only the writes of this process, without NOTIFY: for tests that check the
 * index follows the use cases. Returns the unsubscribe function.
 */
export function followLocalOfferChanges(handle: DbHandle, search: SearchEngine): () => void {
	const reloader = createIndexReloader(handle.db, search);
	const off = onOffersChanged((ids) => reloader.reload(ids));
	return () => {
		off();
		void reloader.stop();
	};
}

/**
 * For a process without a search index that writes to a PostgreSQL server
 * (`npm run jobs` from cron): tells the running instances which offers and
 * settings its writes changed. On PGlite it does nothing: a script may use the
 * data folder only while the app is stopped. Returns the unsubscribe function.
 */
export function announceChangesToInstances(
	handle: DbHandle,
	channel = SEARCH_SYNC_CHANNEL
): () => void {
	if (handle.kind !== 'postgres' || !handle.notify) return () => {};
	const origin = randomUUID();
	const publish = publisher(handle.notify, channel);
	const offOffers = onOffersChanged((ids) => publish(offerMessages(origin, ids)));
	const offSettings = onSettingsChanged((db) =>
		db === handle.db ? publish([settingsMessage(origin)]) : undefined
	);
	return () => {
		offOffers();
		offSettings();
	};
}
