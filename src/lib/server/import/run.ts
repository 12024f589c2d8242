/**
 * Bulk import use cases: preview (parse + check, store the job) and run
 * (write the valid rows in short batches in the background, with progress).
 *
 * Each batch is one transaction: the rows (each in its own savepoint, so one
 * failing row is recorded and the others commit) and the job's counters
 * commit together. A job interrupted by a crash therefore continues exactly
 * after its last committed batch when the server starts again
 * (resumeImports). Rows are upserted by `externe_id` within the institution:
 * an existing offer is saved (published → pending change), a new one is
 * created (submit → in review, else draft).
 */
import { and, eq, sql } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Db } from '../db/client';
import { importJobs, institutions } from '../db/schema';
import { AppError, ErrorCode } from '../errors';
import { recordAudit } from '../audit';
import {
	assertCan,
	canEditInstitutionOffers,
	loadSessionUser,
	systemActor,
	userActor,
	type Actor
} from '../accounts';
import { logger } from '../logger';
import type { TOfferInput } from '../offers/offer-input';
import type { ImportLocale } from './columns';
import { mapRow } from './map';
import { parseImportFile, type ImportRowError } from './parse';
import { getImportJob, type ImportJobView } from './jobs';
import { writeBatch } from './batch';

/** Rows per transaction: short, because PGlite blocks the event loop per query. */
export const BATCH_SIZE = 50;

export interface StoredRow {
	row: number;
	input: TOfferInput;
}
/** Errors found while running carry phase 'run'; preview errors have none. */
export type StoredError = ImportRowError & { phase?: 'run' };

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function actorUserId(actor: Actor): string | null {
	if (actor.kind === 'user') return actor.user.id;
	if (actor.kind === 'token') return actor.createdBy;
	return null;
}

/**
 * Parses and checks an uploaded file and stores it as a job in status
 * "preview": the valid rows as write bodies, every row error, the totals.
 * Problems with the file as a whole throw invalid_input (nothing is stored).
 */
export async function previewImport(
	db: Db,
	{
		actor,
		institutionId,
		fileName,
		bytes,
		submit,
		locale = 'de'
	}: {
		actor: Actor;
		institutionId: string;
		fileName: string;
		bytes: Uint8Array;
		submit: boolean;
		locale?: ImportLocale;
	}
): Promise<ImportJobView> {
	assertCan(
		canEditInstitutionOffers(actor, institutionId),
		m.import_forbidden_institution({}, { locale })
	);
	const [inst] = await db
		.select({ id: institutions.id })
		.from(institutions)
		.where(eq(institutions.id, institutionId));
	if (!inst) throw new AppError(ErrorCode.NotFound, m.import_err_no_institution({}, { locale }));

	const parsed = await parseImportFile(fileName, bytes, locale);
	const errors: StoredError[] = [...parsed.rowErrors];
	const badRows = new Set(parsed.rowErrors.map((e) => e.row));
	const valid: StoredRow[] = [];
	const externalIds = new Map<string, number>();
	for (const [i, row] of parsed.rows.entries()) {
		if (i > 0 && i % 500 === 0) await yieldToEventLoop();
		const mapped = mapRow(row, { institutionId, locale });
		if (!mapped.ok) {
			errors.push(...mapped.errors);
			continue;
		}
		const ext = mapped.input.externalId;
		const first = ext ? externalIds.get(ext) : undefined;
		if (ext && first !== undefined) {
			errors.push({
				row: row.row,
				column: 'externe_id',
				message: m.import_err_duplicate_external_id({ row: first }, { locale })
			});
			continue;
		}
		if (ext) externalIds.set(ext, row.row);
		if (!badRows.has(row.row)) valid.push({ row: row.row, input: mapped.input });
	}
	errors.sort((a, b) => a.row - b.row);

	const [job] = await db
		.insert(importJobs)
		.values({
			institutionId,
			createdBy: actorUserId(actor),
			fileName: fileName.slice(0, 200),
			status: 'preview',
			submit: submit ? 'review' : 'draft',
			rows: valid,
			errors,
			totalRows: parsed.rows.length
		})
		.returning({ id: importJobs.id });
	return getImportJob(db, { actor, jobId: job!.id });
}

/** Background runs of this process, by job id (tests await them). */
const running = new Map<string, Promise<void>>();

/**
 * Starts a previewed job: status "running", then the rows are written in the
 * background (not awaited by the request). `done` settles when the run ends.
 * Starting a job that already runs or ran changes nothing.
 */
export async function startImport(
	db: Db,
	{ actor, jobId }: { actor: Actor; jobId: string }
): Promise<{ job: ImportJobView; done: Promise<void> }> {
	const job = await getImportJob(db, { actor, jobId });
	if (job.status === 'preview') {
		if (job.validRows === 0) {
			throw new AppError(ErrorCode.Conflict, m.import_err_nothing_to_import());
		}
		const [claimed] = await db
			.update(importJobs)
			.set({ status: 'running', startedAt: new Date() })
			.where(and(eq(importJobs.id, jobId), eq(importJobs.status, 'preview')))
			.returning({ id: importJobs.id });
		if (claimed) {
			return {
				job: await getImportJob(db, { actor, jobId }),
				done: runInBackground(db, actor, jobId)
			};
		}
	}
	return {
		job: await getImportJob(db, { actor, jobId }),
		done: running.get(jobId) ?? Promise.resolve()
	};
}

function runInBackground(db: Db, actor: Actor, jobId: string): Promise<void> {
	const existing = running.get(jobId);
	if (existing) return existing;
	const run = runJob(db, actor, jobId)
		.catch(async (err: unknown) => {
			logger.error({ err, jobId }, 'Import abgebrochen');
			await finishJob(db, actor, jobId, 'failed').catch((e: unknown) =>
				logger.error({ err: e, jobId }, 'Import konnte nicht als fehlgeschlagen markiert werden')
			);
		})
		.finally(() => running.delete(jobId));
	running.set(jobId, run);
	return run;
}

async function runJob(db: Db, actor: Actor, jobId: string): Promise<void> {
	const [job] = await db
		.select({
			rows: importJobs.rows,
			processed: importJobs.processed,
			institutionId: importJobs.institutionId,
			submit: importJobs.submit
		})
		.from(importJobs)
		.where(eq(importJobs.id, jobId));
	if (!job) return;
	assertCan(canEditInstitutionOffers(actor, job.institutionId), m.import_forbidden_institution());
	const rows = job.rows as StoredRow[];
	const submit = job.submit === 'review';
	for (let start = job.processed; start < rows.length; start += BATCH_SIZE) {
		const batch = rows.slice(start, start + BATCH_SIZE);
		await db.transaction(async (txRaw) => {
			const tx = txRaw as unknown as Db;
			const { created, updated, failures } = await writeBatch(tx, {
				actor,
				institutionId: job.institutionId,
				submit,
				batch
			});
			await tx
				.update(importJobs)
				.set({
					processed: sql`${importJobs.processed} + ${batch.length}`,
					created: sql`${importJobs.created} + ${created}`,
					updated: sql`${importJobs.updated} + ${updated}`,
					failed: sql`${importJobs.failed} + ${failures.length}`,
					...(failures.length > 0
						? { errors: sql`${importJobs.errors} || ${JSON.stringify(failures)}::jsonb` }
						: {})
				})
				.where(eq(importJobs.id, jobId));
		});
		await yieldToEventLoop();
	}
	await finishJob(db, actor, jobId, 'done');
}

/** Ends a job: status, finish time, the valid rows dropped (they are offers now), one audit entry. */
async function finishJob(db: Db, actor: Actor, jobId: string, status: 'done' | 'failed') {
	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		const [job] = await tx
			.select({
				institutionId: importJobs.institutionId,
				fileName: importJobs.fileName,
				submit: importJobs.submit,
				totalRows: importJobs.totalRows,
				processed: importJobs.processed,
				created: importJobs.created,
				updated: importJobs.updated,
				failed: importJobs.failed,
				status: importJobs.status
			})
			.from(importJobs)
			.where(eq(importJobs.id, jobId));
		if (!job || job.status !== 'running') return;
		await tx
			.update(importJobs)
			.set({ status, finishedAt: new Date(), ...(status === 'done' ? { rows: [] } : {}) })
			.where(eq(importJobs.id, jobId));
		const { status: _before, ...counts } = job;
		await recordAudit(tx, {
			actor,
			action: 'import.run',
			entityType: 'import_job',
			entityId: jobId,
			institutionId: job.institutionId,
			before: null,
			after: { ...counts, status }
		});
	});
}

/**
 * On start-up: jobs left "running" by a stopped or crashed process continue
 * after their last committed batch, acting as the user who started them.
 * When that user no longer exists, is disabled or lost the right to edit the
 * institution's offers, the job is marked failed instead.
 */
export async function resumeImports(db: Db): Promise<{ resumed: number; failed: number }> {
	const jobs = await db
		.select({
			id: importJobs.id,
			createdBy: importJobs.createdBy,
			institutionId: importJobs.institutionId
		})
		.from(importJobs)
		.where(eq(importJobs.status, 'running'));
	let resumed = 0;
	let failed = 0;
	for (const job of jobs) {
		if (running.has(job.id)) continue;
		const user = job.createdBy ? await loadSessionUser(db, job.createdBy) : undefined;
		const actor = user ? userActor(user) : undefined;
		if (actor && canEditInstitutionOffers(actor, job.institutionId)) {
			logger.info({ jobId: job.id }, 'Unterbrochener Import wird fortgesetzt');
			void runInBackground(db, actor, job.id);
			resumed++;
		} else {
			logger.warn({ jobId: job.id }, 'Unterbrochener Import kann nicht fortgesetzt werden');
			await finishJob(db, systemActor('import'), job.id, 'failed');
			failed++;
		}
	}
	return { resumed, failed };
}

/** Waits for every background run of this process (tests, graceful shutdown). */
export async function settleImports(): Promise<void> {
	await Promise.all([...running.values()]);
}
