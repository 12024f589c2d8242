import { sql } from 'drizzle-orm';
import {
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { institutions } from './institutions';

/**
 * Staff and provider roles. A pg enum so later roles (network partners) are one
 * `ALTER TYPE … ADD VALUE` away.
 */
export const userRole = pgEnum('user_role', ['admin', 'coordinator', 'provider']);
export const membershipRole = pgEnum('membership_role', ['editor', 'manager']);

export const users = pgTable(
	'users',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Always stored lower-cased (see create-user). */
		email: text('email').notNull(),
		/** Null for invited users who have not set a password yet. */
		passwordHash: text('password_hash'),
		role: userRole('role').notNull(),
		displayName: text('display_name').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		disabledAt: timestamp('disabled_at', { withTimezone: true })
	},
	(t) => [uniqueIndex('users_email_unique').on(sql`lower(${t.email})`)]
);

/** Who may edit which institution's offers. */
export const memberships = pgTable(
	'memberships',
	{
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		institutionId: uuid('institution_id')
			.notNull()
			.references(() => institutions.id, { onDelete: 'cascade' }),
		role: membershipRole('role').notNull().default('editor'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.institutionId] }),
		index('memberships_institution_idx').on(t.institutionId)
	]
);

/** A signed-in browser. `id` is the SHA-256 (hex) of the cookie token; the token itself is never stored. */
export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
		userAgent: text('user_agent')
	},
	(t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)]
);

/** Failed sign-ins per key (`account:<email>` or `ip:<address>`) for back-off. */
export const loginAttempts = pgTable('login_attempts', {
	key: text('key').primaryKey(),
	count: integer('count').notNull().default(0),
	windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
	lockedUntil: timestamp('locked_until', { withTimezone: true })
});

/** Mails kept in the database when SMTP_URL is unset (development, demos). */
export const outbox = pgTable('outbox', {
	id: uuid('id').primaryKey().defaultRandom(),
	to: text('to').notNull(),
	subject: text('subject').notNull(),
	text: text('text').notNull(),
	html: text('html').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	sentAt: timestamp('sent_at', { withTimezone: true }),
	error: text('error')
});

/** Password-reset links. `id` is the SHA-256 (hex) of the token in the mailed link. */
export const passwordResets = pgTable(
	'password_resets',
	{
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [index('password_resets_user_idx').on(t.userId)]
);

/** An invitation to join an institution; the mailed link lets the invitee set a password. */
export const invitations = pgTable(
	'invitations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** SHA-256 (hex) of the token in the mailed link. */
		tokenHash: text('token_hash').notNull().unique(),
		email: text('email').notNull(),
		institutionId: uuid('institution_id')
			.notNull()
			.references(() => institutions.id, { onDelete: 'cascade' }),
		membershipRole: membershipRole('membership_role').notNull().default('editor'),
		invitedBy: uuid('invited_by'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [index('invitations_institution_idx').on(t.institutionId)]
);

/** Personal API tokens of an institution, for the write API. Only the hash is stored. */
export const apiTokens = pgTable(
	'api_tokens',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		institutionId: uuid('institution_id')
			.notNull()
			.references(() => institutions.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		/** SHA-256 (hex) of the token. */
		tokenHash: text('token_hash').notNull().unique(),
		/** The first characters of the token, to tell tokens apart in lists. */
		prefix: text('prefix').notNull(),
		createdBy: uuid('created_by'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [index('api_tokens_institution_idx').on(t.institutionId)]
);

/** System settings (admin only), e.g. freshness periods. Values are validated by the settings module. */
export const settings = pgTable('settings', {
	key: text('key').primaryKey(),
	value: jsonb('value').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
	updatedBy: uuid('updated_by')
});
