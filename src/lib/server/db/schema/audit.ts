import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every write: who, when, what, before/after. Append-only — a trigger in
 * migration 0003 rejects UPDATE and DELETE, and no code path offers either.
 */
export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		/** Null when the system acted (CLI, start-up jobs, API token without user). */
		actorId: uuid('actor_id'),
		/** E-mail of the user, `system:<name>` or `token:<prefix>`. */
		actorLabel: text('actor_label').notNull(),
		/** Dotted verb, e.g. offer.submit, user.create, institution.update. */
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: text('entity_id').notNull(),
		/** The institution concerned, so providers' steps can be filtered per institution. */
		institutionId: uuid('institution_id'),
		before: jsonb('before'),
		after: jsonb('after')
	},
	(t) => [
		index('audit_log_at_idx').on(t.at),
		index('audit_log_entity_idx').on(t.entityType, t.entityId),
		index('audit_log_actor_idx').on(t.actorId)
	]
);
