import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { auditLog, contentPages } from '../db/schema';
import { insertFixtures } from '../api/fixtures';
import { createTestDb } from '../testing/db';
import { makeActor } from '../testing/actors';
import type { Actor } from '../accounts';
import {
	deleteContentPage,
	getContentPage,
	listContentPages,
	MAX_BODY_LENGTH,
	saveContentPage,
	type TContentPageInput
} from './content-pages';

let handle: DbHandle;
let coordinator: Actor;
let admin: Actor;
let provider: Actor;

beforeAll(async () => {
	handle = await createTestDb();
	await insertFixtures(handle.db);
	coordinator = await makeActor(handle.db, { role: 'coordinator' });
	admin = await makeActor(handle.db, { role: 'admin' });
	provider = await makeActor(handle.db, {
		role: 'provider',
		institutions: [{ slug: 'vhs-salzgitter', role: 'manager' }]
	});
});
afterAll(() => handle.close());

const auditFor = (entityId: string) =>
	handle.db.select().from(auditLog).where(eq(auditLog.entityId, entityId));

describe('saveContentPage', () => {
	it('stores a page, renders it sanitized and records the audit entry', async () => {
		const page = await saveContentPage(handle.db, {
			actor: coordinator,
			input: {
				slug: 'impressum',
				locale: 'de',
				title: 'Ergänzung',
				body: 'Text **fett** <script>window.__xss=1</script> [x](javascript:alert(1))'
			}
		});
		expect(page.html).toContain('<strong>fett</strong>');
		expect(page.html).not.toContain('<script');
		expect(page.html).not.toContain('<a');
		const entries = await auditFor('impressum/de');
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			action: 'content.save',
			entityType: 'content_page',
			before: null,
			after: { title: 'Ergänzung' }
		});
	});

	it('replaces the page of the same slug and language, keeping the old text in the audit', async () => {
		await saveContentPage(handle.db, {
			actor: admin,
			input: { slug: 'impressum', locale: 'de', title: 'Neu', body: 'Zweite Fassung' }
		});
		const rows = await handle.db
			.select()
			.from(contentPages)
			.where(eq(contentPages.slug, 'impressum'));
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ title: 'Neu', body: 'Zweite Fassung' });
		const entries = await auditFor('impressum/de');
		expect(entries.at(-1)).toMatchObject({
			before: { title: 'Ergänzung' },
			after: { title: 'Neu', body: 'Zweite Fassung' }
		});
	});

	it('refuses providers and tokens, and changes nothing', async () => {
		const token: Actor = {
			kind: 'token',
			tokenId: '00000000-0000-4000-8000-000000000001',
			institutionId: '00000000-0000-4000-8000-000000000002',
			prefix: 'bl_test',
			createdBy: null
		};
		for (const actor of [provider, token]) {
			await expect(
				saveContentPage(handle.db, {
					actor,
					input: { slug: 'provider-seite', locale: 'de', title: 'Titel', body: 'Text' }
				})
			).rejects.toMatchObject({ code: 'forbidden' });
		}
		expect(await getContentPage(handle.db, 'provider-seite', 'de')).toBeUndefined();
		expect(await auditFor('provider-seite/de')).toHaveLength(0);
	});

	it.each([
		[{ slug: 'A', locale: 'de', title: 'Titel', body: 'x' }, 'slug'],
		[{ slug: 'mit leerzeichen', locale: 'de', title: 'Titel', body: 'x' }, 'slug'],
		[{ slug: 'x'.repeat(61), locale: 'de', title: 'Titel', body: 'x' }, 'slug'],
		[{ slug: 'ratgeber', locale: 'fr', title: 'Titel', body: 'x' }, 'locale'],
		[{ slug: 'ratgeber', locale: 'de', title: '', body: 'x' }, 'title'],
		[{ slug: 'ratgeber', locale: 'de', title: 'Titel', body: '   ' }, 'body'],
		[
			{ slug: 'ratgeber', locale: 'de', title: 'Titel', body: 'x'.repeat(MAX_BODY_LENGTH + 1) },
			'body'
		]
	])('refuses %o with an issue at %s', async (input, field) => {
		const attempt = saveContentPage(handle.db, {
			actor: coordinator,
			input: input as TContentPageInput
		});
		await expect(attempt).rejects.toMatchObject({
			code: 'invalid_input',
			issues: expect.arrayContaining([expect.objectContaining({ field })])
		});
		expect(await getContentPage(handle.db, 'ratgeber', 'de')).toBeUndefined();
	});

	it('accepts a body of exactly the maximum length', async () => {
		await saveContentPage(handle.db, {
			actor: coordinator,
			input: { slug: 'lang', locale: 'de', title: 'Lang', body: 'x'.repeat(MAX_BODY_LENGTH) }
		});
		expect((await getContentPage(handle.db, 'lang', 'de'))?.body).toHaveLength(MAX_BODY_LENGTH);
	});
});

describe('getContentPage', () => {
	it('falls back to German when asked to and the English page is missing', async () => {
		await saveContentPage(handle.db, {
			actor: coordinator,
			input: { slug: 'ratgeber-kita', locale: 'de', title: 'Kita-Ratgeber', body: 'Deutsch' }
		});
		expect(await getContentPage(handle.db, 'ratgeber-kita', 'en')).toBeUndefined();
		expect(
			await getContentPage(handle.db, 'ratgeber-kita', 'en', { fallback: true })
		).toMatchObject({ locale: 'de', title: 'Kita-Ratgeber' });
		await saveContentPage(handle.db, {
			actor: coordinator,
			input: { slug: 'ratgeber-kita', locale: 'en', title: 'Daycare guide', body: 'English' }
		});
		expect(
			await getContentPage(handle.db, 'ratgeber-kita', 'en', { fallback: true })
		).toMatchObject({ locale: 'en', title: 'Daycare guide' });
	});

	it('returns nothing for invalid slugs and languages', async () => {
		expect(await getContentPage(handle.db, '../etc', 'de')).toBeUndefined();
		expect(await getContentPage(handle.db, 'ratgeber-kita', 'xx')).toBeUndefined();
	});

	it('lists the pages by slug and language', async () => {
		const list = await listContentPages(handle.db);
		const keys = list.map((p) => `${p.slug}/${p.locale}`);
		expect(keys).toEqual([...keys].sort());
		expect(keys).toEqual(
			expect.arrayContaining(['impressum/de', 'ratgeber-kita/de', 'ratgeber-kita/en'])
		);
	});
});

describe('deleteContentPage', () => {
	it('refuses providers and keeps the page', async () => {
		await expect(
			deleteContentPage(handle.db, { actor: provider, slug: 'ratgeber-kita', locale: 'en' })
		).rejects.toMatchObject({ code: 'forbidden' });
		expect(await getContentPage(handle.db, 'ratgeber-kita', 'en')).toBeDefined();
	});

	it('deletes one language and records the old text', async () => {
		await deleteContentPage(handle.db, { actor: coordinator, slug: 'ratgeber-kita', locale: 'en' });
		expect(await getContentPage(handle.db, 'ratgeber-kita', 'en')).toBeUndefined();
		expect(await getContentPage(handle.db, 'ratgeber-kita', 'de')).toBeDefined();
		const entries = await auditFor('ratgeber-kita/en');
		expect(entries.at(-1)).toMatchObject({
			action: 'content.delete',
			before: { title: 'Daycare guide', body: 'English' },
			after: null
		});
	});

	it('answers not_found for a page that does not exist', async () => {
		await expect(
			deleteContentPage(handle.db, { actor: coordinator, slug: 'gibt-es-nicht', locale: 'de' })
		).rejects.toMatchObject({ code: 'not_found' });
	});
});
