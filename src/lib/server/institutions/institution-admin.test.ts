import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { insertFixtures } from '../api/fixtures';
import { createTestDb } from '../testing/db';
import { makeActor } from '../testing/actors';
import type { Actor } from '../accounts';
import {
	listInstitutionChoices,
	listInstitutionsForAdmin,
	ZAdminInstitutionFilter
} from './institution-admin';

let handle: DbHandle;
let coordinator: Actor;
let provider: Actor;

beforeAll(async () => {
	handle = await createTestDb();
	await insertFixtures(handle.db);
	coordinator = await makeActor(handle.db, { role: 'coordinator' });
	provider = await makeActor(handle.db, {
		role: 'provider',
		institutions: [{ slug: 'vhs-salzgitter', role: 'manager' }]
	});
	await makeActor(handle.db, {
		role: 'provider',
		institutions: [{ slug: 'vhs-salzgitter' }, { slug: 'kita-grosser-baer' }]
	});
});
afterAll(() => handle.close());

describe('listInstitutionsForAdmin', () => {
	it('lists institutions with published offers and members', async () => {
		const r = await listInstitutionsForAdmin(handle.db, { actor: coordinator, filter: {} });
		expect(r.pageSize).toBe(50);
		const vhs = r.items.find((i) => i.slug === 'vhs-salzgitter')!;
		const verein = r.items.find((i) => i.slug === 'sv-mueller')!;
		expect(vhs.members).toBe(2);
		expect(verein.members).toBe(0);
		expect(r.items.reduce((n, i) => n + i.publishedOffers, 0)).toBe(3);
	});

	it('filters by name, type and district, ignoring blank filters', async () => {
		const byName = await listInstitutionsForAdmin(handle.db, {
			actor: coordinator,
			filter: { q: 'baer', type: '', district: '' }
		});
		expect(byName.items.map((i) => i.slug)).toEqual(['kita-grosser-baer']);
		const byType = await listInstitutionsForAdmin(handle.db, {
			actor: coordinator,
			filter: { type: 'kita' }
		});
		expect(byType.items.every((i) => i.slug === 'kita-grosser-baer')).toBe(true);
	});

	it('reads the filter form as the page gets it: every field a string, no page', () => {
		// /admin/einrichtungen?q=baer — the route passes '' for the parameters not given.
		const parsed = ZAdminInstitutionFilter.safeParse({
			q: 'baer',
			type: '',
			district: '',
			page: ''
		});
		expect(parsed.success && parsed.data).toEqual({ q: 'baer', page: 1 });
	});

	it('is for staff only', async () => {
		await expect(
			listInstitutionsForAdmin(handle.db, { actor: provider, filter: {} })
		).rejects.toMatchObject({ code: 'forbidden' });
	});
});

describe('listInstitutionChoices', () => {
	it('lists every institution by name for staff only', async () => {
		const choices = await listInstitutionChoices(handle.db, { actor: coordinator });
		expect(choices.map((c) => c.slug)).toHaveLength(3);
		const names = choices.map((c) => c.name.toLowerCase());
		expect(names).toEqual([...names].sort());
		await expect(listInstitutionChoices(handle.db, { actor: provider })).rejects.toMatchObject({
			code: 'forbidden'
		});
	});
});
