import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { institutions } from './institutions';

export const importStatus = pgEnum('import_status', [
	'preview',
	'running',
	'done',
	'failed',
	'cancelled'
]);

/**
 * One bulk import (CSV/XLSX) of offers for one institution: parsed and checked
 * on upload (preview), then run row by row with its progress stored here.
 */
export const importJobs = pgTable(
	'import_jobs',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		institutionId: uuid('institution_id')
			.notNull()
			.references(() => institutions.id, { onDelete: 'cascade' }),
		createdBy: uuid('created_by'),
		fileName: text('file_name').notNull(),
		status: importStatus('status').notNull().default('preview'),
		/** Submit imported offers for review right away (else they stay drafts). */
		submit: text('submit').notNull().default('review'),
		/** The valid rows as write bodies, with their row numbers: [{ row, input }]. */
		rows: jsonb('rows').$type<unknown[]>().notNull().default([]),
		/** Every row error: [{ row, column, message }]. */
		errors: jsonb('errors').$type<unknown[]>().notNull().default([]),
		totalRows: integer('total_rows').notNull().default(0),
		processed: integer('processed').notNull().default(0),
		created: integer('created').notNull().default(0),
		updated: integer('updated').notNull().default(0),
		failed: integer('failed').notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		startedAt: timestamp('started_at', { withTimezone: true }),
		finishedAt: timestamp('finished_at', { withTimezone: true })
	},
	(t) => [index('import_jobs_institution_idx').on(t.institutionId, t.createdAt)]
);
