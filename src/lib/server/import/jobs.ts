/**
 * Reads of import jobs for the pages: the job with its totals and progress,
 * its row errors page by page, a sample of its valid rows, recent jobs, and
 * the institutions an actor may import for. Each read checks the policy.
 *
 * The stored rows can be megabytes of JSON; progress polls read only the
 * counters. Totals that never change after the preview (valid rows, rows
 * with errors) are computed once per job and process.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import type { Db } from '../db/client';
import { importJobs, institutions } from '../db/schema';
import { AppError, ErrorCode } from '../errors';
import { assertCan, canEditInstitutionOffers, isStaff, type Actor } from '../accounts';
import type { TOfferInput } from '../offers/offer-input';
import type { ImportRowError } from './parse';

export type ImportStatus = (typeof importJobs.$inferSelect)['status'];

export interface ImportJobView {
	id: string;
	institutionId: string;
	institutionName: string;
	fileName: string;
	status: ImportStatus;
	submit: boolean;
	/** Data rows in the file (blank rows not counted). */
	totalRows: number;
	/** Rows without errors: the ones that are (or were) imported. */
	validRows: number;
	/** Rows with at least one error in the preview. */
	invalidRows: number;
	/** Error messages of the preview (a row can have several). */
	errorCount: number;
	processed: number;
	created: number;
	updated: number;
	failed: number;
	createdAt: Date;
	startedAt: Date | null;
	finishedAt: Date | null;
}

interface StaticTotals {
	valid: number;
	invalidRows: number;
	errorCount: number;
}
const totalsCache = new Map<string, StaticTotals>();

async function staticTotals(db: Db, jobId: string): Promise<StaticTotals> {
	const cached = totalsCache.get(jobId);
	if (cached) return cached;
	const [row] = await db
		.select({
			valid: sql<number>`jsonb_array_length(${importJobs.rows})::int`,
			errorCount: sql<number>`(select count(*) from jsonb_array_elements(${importJobs.errors}) e where not (e ? 'phase'))::int`,
			invalidRows: sql<number>`(select count(distinct e->>'row') from jsonb_array_elements(${importJobs.errors}) e where not (e ? 'phase'))::int`,
			status: importJobs.status
		})
		.from(importJobs)
		.where(eq(importJobs.id, jobId));
	const totals = {
		valid: Number(row?.valid ?? 0),
		invalidRows: Number(row?.invalidRows ?? 0),
		errorCount: Number(row?.errorCount ?? 0)
	};
	// Finished jobs no longer keep their rows: their valid count is `processed`.
	if (row && row.status !== 'done') {
		if (totalsCache.size > 1000) totalsCache.clear();
		totalsCache.set(jobId, totals);
	}
	return totals;
}

/** What a job summary shows: the job with its institution's name. */
const jobFields = {
	id: importJobs.id,
	institutionId: importJobs.institutionId,
	institutionName: institutions.name,
	fileName: importJobs.fileName,
	status: importJobs.status,
	submit: importJobs.submit,
	totalRows: importJobs.totalRows,
	processed: importJobs.processed,
	created: importJobs.created,
	updated: importJobs.updated,
	failed: importJobs.failed,
	createdAt: importJobs.createdAt,
	startedAt: importJobs.startedAt,
	finishedAt: importJobs.finishedAt
};

/** A job the actor may see, or NotFound / Forbidden. */
export async function getImportJob(
	db: Db,
	{ actor, jobId }: { actor: Actor; jobId: string }
): Promise<ImportJobView> {
	if (!z.uuid().safeParse(jobId).success) {
		throw new AppError(ErrorCode.NotFound, m.import_not_found());
	}
	const [job] = await db
		.select(jobFields)
		.from(importJobs)
		.innerJoin(institutions, eq(institutions.id, importJobs.institutionId))
		.where(eq(importJobs.id, jobId));
	if (!job) throw new AppError(ErrorCode.NotFound, m.import_not_found());
	assertCan(canEditInstitutionOffers(actor, job.institutionId), m.import_forbidden_job());
	const totals = await staticTotals(db, jobId);
	return {
		...job,
		submit: job.submit === 'review',
		validRows: job.status === 'done' ? job.processed : totals.valid,
		invalidRows: totals.invalidRows,
		errorCount: totals.errorCount
	};
}

/** One page of a job's row errors: those of the preview, or those of the run. */
export async function listImportErrors(
	db: Db,
	{
		actor,
		jobId,
		phase = 'preview',
		page = 1,
		pageSize = 50
	}: { actor: Actor; jobId: string; phase?: 'preview' | 'run'; page?: number; pageSize?: number }
): Promise<{ total: number; page: number; pageSize: number; items: ImportRowError[] }> {
	await getImportJob(db, { actor, jobId });
	const cond = phase === 'run' ? sql`(e ? 'phase')` : sql`not (e ? 'phase')`;
	const offset = (Math.max(1, page) - 1) * pageSize;
	const [row] = await db
		.select({
			total: sql<number>`(select count(*) from jsonb_array_elements(${importJobs.errors}) e where ${cond})::int`,
			items: sql<
				ImportRowError[]
			>`coalesce((select jsonb_agg(t.e order by t.i) from (select e, i from jsonb_array_elements(${importJobs.errors}) with ordinality as x(e, i) where ${cond} order by i offset ${offset} limit ${pageSize}) t), '[]'::jsonb)`
		})
		.from(importJobs)
		.where(eq(importJobs.id, jobId));
	const items = (row?.items ?? []).map((e) => ({
		row: e.row,
		column: e.column,
		message: e.message
	}));
	return { total: Number(row?.total ?? 0), page: Math.max(1, page), pageSize, items };
}

/** The first valid rows of a previewed job (for a look before importing). */
export async function listValidSample(
	db: Db,
	{ actor, jobId, limit = 10 }: { actor: Actor; jobId: string; limit?: number }
): Promise<{ row: number; input: TOfferInput }[]> {
	await getImportJob(db, { actor, jobId });
	const last = Math.max(0, Math.min(100, limit) - 1);
	const [row] = await db
		.select({
			sample: sql<
				{ row: number; input: TOfferInput }[]
			>`jsonb_path_query_array(${importJobs.rows}, ${`$[0 to ${last}]`}::jsonpath)`
		})
		.from(importJobs)
		.where(eq(importJobs.id, jobId));
	return row?.sample ?? [];
}

/** Institutions the actor may import offers for: memberships; staff: all. */
export async function listImportInstitutions(
	db: Db,
	actor: Actor
): Promise<{ id: string; name: string }[]> {
	if (isStaff(actor)) {
		return db
			.select({ id: institutions.id, name: institutions.name })
			.from(institutions)
			.orderBy(institutions.name);
	}
	if (actor.kind === 'user') {
		return actor.user.memberships
			.map((ms) => ({ id: ms.institutionId, name: ms.institutionName }))
			.sort((a, b) => a.name.localeCompare(b.name, 'de'));
	}
	if (actor.kind === 'token') {
		return db
			.select({ id: institutions.id, name: institutions.name })
			.from(institutions)
			.where(eq(institutions.id, actor.institutionId));
	}
	return [];
}

/** The latest jobs of the actor's institutions (staff: of everyone). */
export async function listRecentImports(
	db: Db,
	{ actor, limit = 10 }: { actor: Actor; limit?: number }
): Promise<Omit<ImportJobView, 'validRows' | 'invalidRows' | 'errorCount'>[]> {
	const own = actor.kind === 'user' ? actor.user.memberships.map((ms) => ms.institutionId) : [];
	if (!isStaff(actor) && own.length === 0) return [];
	const rows = await db
		.select(jobFields)
		.from(importJobs)
		.innerJoin(institutions, eq(institutions.id, importJobs.institutionId))
		.where(isStaff(actor) ? undefined : and(inArray(importJobs.institutionId, own)))
		.orderBy(desc(importJobs.createdAt))
		.limit(limit);
	return rows.map((r) => ({ ...r, submit: r.submit === 'review' }));
}
