/**
 * Periodic jobs: stale reminders, hiding, housekeeping. The app starts the
 * runner after start-up (every JOBS_INTERVAL_MINUTES, first run shortly after
 * start); `npm run jobs` runs them once. Each job is wrapped: an error is
 * logged and the next job still runs; nothing here may crash the process.
 * Jobs work in batches and yield between them, so requests sharing the single
 * PGlite connection stay responsive.
 */
import type { Db } from '../db/client';
import { logger } from '../logger';
import type { MailTransportOptions } from '../mail';
import { clearSettingsCache, getSettings } from '../settings/settings';
import { cleanupExpiredAccountsData } from './cleanup';
import type { CleanupResult } from '../accounts/cleanup';
import { announceNewlyHiddenOffers, primeHiddenOffers } from './hide-stale';
import { sendStaleReminders, type ReminderReport } from './stale-reminders';

export interface RunJobsOptions {
	/** Default: the current time. Tests move it forward. */
	now?: Date;
	/** SMTP settings for the reminder mails (default SMTP_URL / MAIL_FROM). */
	mail?: MailTransportOptions;
	/** Stops between batches (shutdown). */
	signal?: AbortSignal;
}

export interface JobsReport {
	reminders: ReminderReport | null;
	hidden: { announced: number } | null;
	cleanup: CleanupResult | null;
	/** Names of the jobs that failed (their errors are logged). */
	failed: string[];
	ms: number;
}

async function guarded<T>(
	name: string,
	failed: string[],
	job: () => Promise<T>
): Promise<T | null> {
	try {
		return await job();
	} catch (err) {
		failed.push(name);
		logger.error({ err, job: name }, 'job failed');
		return null;
	}
}

/** Runs every job once; never throws. */
export async function runJobsOnce(db: Db, opts: RunJobsOptions = {}): Promise<JobsReport> {
	const t0 = performance.now();
	const now = opts.now ?? new Date();
	const failed: string[] = [];
	// Another process (an admin on another instance) may have changed the periods.
	clearSettingsCache(db);
	const settings = await guarded('settings', failed, () => getSettings(db));
	const freshness = settings?.freshness;
	const reminders = freshness
		? await guarded('reminders', failed, () =>
				sendStaleReminders(db, { now, freshness, mail: opts.mail, signal: opts.signal })
			)
		: null;
	const hidden =
		freshness && !opts.signal?.aborted
			? await guarded('hidden', failed, () => announceNewlyHiddenOffers(db, { now, freshness }))
			: null;
	const cleanup = opts.signal?.aborted
		? null
		: await guarded('cleanup', failed, () => cleanupExpiredAccountsData(db, { now }));
	return { reminders, hidden, cleanup, failed, ms: Math.round(performance.now() - t0) };
}

export interface JobRunner {
	/** Clears the timer and waits for a running pass to reach a batch boundary. */
	stop(): Promise<void>;
}

/**
 * Runs the jobs every `intervalMinutes` (0 disables), the first time after
 * `firstRunDelayMs`. Runs never overlap. `indexBuiltAt` is when the search
 * index was built, so the first hiding run announces only what crossed since.
 */
export function startJobs(
	db: Db,
	opts: { intervalMinutes: number; firstRunDelayMs?: number; indexBuiltAt?: Date }
): JobRunner {
	if (opts.intervalMinutes <= 0) {
		logger.info('periodic jobs disabled (JOBS_INTERVAL_MINUTES=0)');
		return { stop: async () => {} };
	}
	const controller = new AbortController();
	let running: Promise<void> | null = null;
	const builtAt = opts.indexBuiltAt ?? new Date();
	const primed = getSettings(db)
		.then((s) => primeHiddenOffers(db, builtAt, s.freshness))
		.catch((err: unknown) => logger.error({ err }, 'jobs: reading the settings failed'));

	const tick = () => {
		if (running || controller.signal.aborted) return;
		running = (async () => {
			await primed;
			const report = await runJobsOnce(db, { signal: controller.signal });
			logger.info(report, 'jobs run');
		})()
			.catch((err: unknown) => logger.error({ err }, 'jobs run failed'))
			.finally(() => {
				running = null;
			});
	};
	const first = setTimeout(tick, opts.firstRunDelayMs ?? 15_000);
	const every = setInterval(tick, opts.intervalMinutes * 60_000);
	// Timers never keep the process alive (scripts, tests, shutdown).
	first.unref();
	every.unref();
	return {
		async stop() {
			controller.abort();
			clearTimeout(first);
			clearInterval(every);
			await running;
		}
	};
}
