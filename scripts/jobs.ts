/**
 * `npm run jobs`: runs the periodic jobs once — stale reminders, hiding,
 * clean-up — against the database (DATA_DIR or DATABASE_URL, like the app)
 * and exits. The running server runs the same jobs every
 * JOBS_INTERVAL_MINUTES by itself; use this for cron set-ups with
 * JOBS_INTERVAL_MINUTES=0, or to check the system. On PGlite, run it only
 * while the server is stopped (one process per database folder).
 */
import path from 'node:path';
import { openDatabase } from '../src/lib/server/db/client';
import { env } from '../src/lib/server/env';
import { runJobsOnce } from '../src/lib/server/jobs';
import { announceChangesToInstances } from '../src/lib/server/search-sync';

const USAGE = `Aufruf: npm run jobs

Führt die regelmäßigen Aufgaben einmal aus und beendet sich:
  - Erinnerungs-E-Mails für Angebote, die bald veralten (eine Sammel-Mail je Person)
  - ausgeblendete Angebote melden (der laufende Server aktualisiert seine Suche selbst)
  - abgelaufene Sitzungen und Anmeldeversuche löschen`;

async function main(): Promise<void> {
	if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
		console.log(USAGE);
		return;
	}
	if (process.argv.length > 2) {
		console.error(`Unbekannte Option: ${process.argv.slice(2).join(' ')}\n\n${USAGE}`);
		process.exit(2);
	}
	const target = env.DATABASE_URL
		? 'PostgreSQL (DATABASE_URL)'
		: `PGlite in ${path.resolve(env.DATA_DIR, 'pglite')}`;
	console.log(`Datenbank: ${target}`);
	const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
	// On PostgreSQL, running app instances learn of the offers hidden here (search-sync/).
	const stopAnnouncing = announceChangesToInstances(handle);
	try {
		await handle.migrate();
		const r = await runJobsOnce(handle.db);
		if (r.reminders) {
			console.log(
				`Erinnerungen: ${r.reminders.offers} Angebote, ${r.reminders.mails} E-Mail(s)` +
					(r.reminders.failed ? `, ${r.reminders.failed} fehlgeschlagen (im Postausgang)` : '') +
					(env.SMTP_URL ? '' : ' (ohne SMTP_URL im Postausgang gespeichert)')
			);
		}
		// A new process has no previous run: it counts every hidden offer.
		if (r.hidden) console.log(`Ausgeblendete Angebote: ${r.hidden.announced}`);
		if (r.cleanup) console.log(`Abgelaufene Sitzungen gelöscht: ${r.cleanup.sessions}`);
		console.log(`Fertig in ${r.ms} ms.`);
		if (r.failed.length > 0) {
			console.error(`Fehlgeschlagen: ${r.failed.join(', ')} (Details im Log)`);
			process.exitCode = 1;
		}
	} finally {
		stopAnnouncing();
		await handle.close();
	}
}

main().catch((e: unknown) => {
	console.error(
		'Die Aufgaben konnten nicht ausgeführt werden:',
		e instanceof Error ? e.message : e
	);
	process.exit(1);
});
