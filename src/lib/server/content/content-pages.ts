/**
 * Content pages: Markdown texts staff write for the static pages (Impressum,
 * Datenschutz, Barrierefreiheit, Kontakt) and, later, guides under /seiten/….
 * One row per slug and language. The body is stored as written and only ever
 * shown through renderMarkdown (sanitized).
 */
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { contentPages } from '../db/schema';
import { AppError, ErrorCode } from '../errors';
import { recordAudit } from '../audit';
import { assertCan, isStaff, type Actor } from '../accounts';
import { renderMarkdown } from './markdown';

export const CONTENT_LOCALES = ['de', 'en'] as const;
export type TContentLocale = (typeof CONTENT_LOCALES)[number];

/** Slugs of the static pages whose text can be extended here; each has its own route. */
export const RESERVED_SLUGS = ['impressum', 'datenschutz', 'barrierefreiheit', 'kontakt'] as const;

export const MAX_BODY_LENGTH = 50_000;
export const SLUG_PATTERN = /^[a-z0-9-]{2,60}$/;

export const ZContentSlug = z.string().trim().regex(SLUG_PATTERN, {
	error:
		'Bitte 2 bis 60 Kleinbuchstaben, Ziffern oder Bindestriche verwenden (z. B. „ratgeber-kita“).'
});
export const ZContentLocale = z.enum(CONTENT_LOCALES, {
	error: 'Bitte Deutsch oder Englisch wählen.'
});

export const ZContentPageInput = z.object({
	slug: ZContentSlug,
	locale: ZContentLocale,
	title: z
		.string()
		.trim()
		.min(2, { error: 'Bitte geben Sie einen Titel an (mindestens 2 Zeichen).' })
		.max(200, { error: 'Höchstens 200 Zeichen.' }),
	body: z
		.string()
		.max(MAX_BODY_LENGTH, {
			error: `Der Text darf höchstens ${MAX_BODY_LENGTH} Zeichen lang sein.`
		})
		.refine((s) => s.trim().length > 0, { error: 'Bitte schreiben Sie einen Text.' })
});
export type TContentPageInput = z.input<typeof ZContentPageInput>;

export interface ContentPage {
	slug: string;
	locale: TContentLocale;
	title: string;
	body: string;
	/** The sanitized HTML of the body. */
	html: string;
	updatedAt: string;
}

export interface ContentPageSummary {
	slug: string;
	locale: TContentLocale;
	title: string;
	updatedAt: string;
}

const isLocale = (v: string): v is TContentLocale =>
	(CONTENT_LOCALES as readonly string[]).includes(v);

function toPage(row: typeof contentPages.$inferSelect): ContentPage {
	return {
		slug: row.slug,
		locale: isLocale(row.locale) ? row.locale : 'de',
		title: row.title,
		body: row.body,
		html: renderMarkdown(row.body),
		updatedAt: row.updatedAt.toISOString()
	};
}

async function findRow(db: Db, slug: string, locale: string) {
	const [row] = await db
		.select()
		.from(contentPages)
		.where(and(eq(contentPages.slug, slug), eq(contentPages.locale, locale)));
	return row;
}

/**
 * The page in `locale`; with `fallback`, the German page when the English one is
 * missing (the result's `locale` says which one it is). Undefined when none exists
 * or the slug is not a valid slug.
 */
export async function getContentPage(
	db: Db,
	slug: string,
	locale: string,
	opts: { fallback?: boolean } = {}
): Promise<ContentPage | undefined> {
	if (!SLUG_PATTERN.test(slug) || !isLocale(locale)) return undefined;
	const row = await findRow(db, slug, locale);
	if (row) return toPage(row);
	if (opts.fallback && locale !== 'de') {
		const de = await findRow(db, slug, 'de');
		if (de) return toPage(de);
	}
	return undefined;
}

/** All content pages, by slug and language. */
export async function listContentPages(db: Db): Promise<ContentPageSummary[]> {
	const rows = await db
		.select({
			slug: contentPages.slug,
			locale: contentPages.locale,
			title: contentPages.title,
			updatedAt: contentPages.updatedAt
		})
		.from(contentPages)
		.orderBy(asc(contentPages.slug), asc(contentPages.locale));
	return rows.map((r) => ({
		slug: r.slug,
		locale: isLocale(r.locale) ? r.locale : 'de',
		title: r.title,
		updatedAt: r.updatedAt.toISOString()
	}));
}

const auditId = (slug: string, locale: string) => `${slug}/${locale}`;

/** Creates or replaces the page for slug + locale (staff only). */
export async function saveContentPage(
	db: Db,
	{ actor, input }: { actor: Actor; input: TContentPageInput }
): Promise<ContentPage> {
	assertCan(isStaff(actor), 'Seiteninhalte bearbeitet nur das Bildungsbüro.');
	const parsed = ZContentPageInput.safeParse(input);
	if (!parsed.success) {
		const issues = parsed.error.issues.map((i) => ({
			field: i.path.join('.'),
			message: i.message
		}));
		throw new AppError(ErrorCode.InvalidInput, issues[0]?.message ?? 'Ungültige Eingabe.', issues);
	}
	const { slug, locale, title, body } = parsed.data;
	const updatedBy = actor.kind === 'user' ? actor.user.id : null;
	return db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		const before = await findRow(tx, slug, locale);
		const now = new Date();
		const [row] = await tx
			.insert(contentPages)
			.values({ slug, locale, title, body, updatedAt: now, updatedBy })
			.onConflictDoUpdate({
				target: [contentPages.slug, contentPages.locale],
				set: { title, body, updatedAt: now, updatedBy }
			})
			.returning();
		await recordAudit(tx, {
			actor,
			action: 'content.save',
			entityType: 'content_page',
			entityId: auditId(slug, locale),
			before: before ? { title: before.title, body: before.body } : null,
			after: { title, body }
		});
		return toPage(row!);
	});
}

/** Deletes the page for slug + locale (staff only). */
export async function deleteContentPage(
	db: Db,
	{ actor, slug, locale }: { actor: Actor; slug: string; locale: string }
): Promise<void> {
	assertCan(isStaff(actor), 'Seiteninhalte bearbeitet nur das Bildungsbüro.');
	const row = SLUG_PATTERN.test(slug) ? await findRow(db, slug, locale) : undefined;
	if (!row) throw new AppError(ErrorCode.NotFound, 'Diese Seite gibt es nicht.');
	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		await tx
			.delete(contentPages)
			.where(and(eq(contentPages.slug, slug), eq(contentPages.locale, locale)));
		await recordAudit(tx, {
			actor,
			action: 'content.delete',
			entityType: 'content_page',
			entityId: auditId(slug, locale),
			before: { title: row.title, body: row.body },
			after: null
		});
	});
}
