import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Editable pages (Markdown) for the static pages and, later, guides. The body
 * is sanitized when rendered, never trusted.
 */
export const contentPages = pgTable(
	'content_pages',
	{
		slug: text('slug').notNull(),
		locale: text('locale').notNull(),
		title: text('title').notNull(),
		body: text('body').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		updatedBy: uuid('updated_by')
	},
	(t) => [primaryKey({ columns: [t.slug, t.locale] })]
);
