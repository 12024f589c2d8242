import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { insertFixtures } from '../api/fixtures';
import { createTestDb } from '../testing/db';
import { makeActor } from '../testing/actors';
import type { Actor } from '../accounts';
import type { TOfferInputRaw } from './offer-input';
import { createOffer, saveOffer } from './offer-write';
import { approveOffer, requestChanges } from './moderation';
import { getReviewItem } from './review.queries';

let handle: DbHandle;
let editor: Actor;
let coordinator: Actor;

beforeAll(async () => {
	handle = await createTestDb();
	await insertFixtures(handle.db);
	editor = await makeActor(handle.db, {
		role: 'provider',
		institutions: [{ slug: 'vhs-salzgitter' }]
	});
	coordinator = await makeActor(handle.db, { role: 'coordinator' });
});
afterAll(() => handle.close());

const body = (over: Partial<TOfferInputRaw> = {}): TOfferInputRaw => ({
	institution: { slug: 'vhs-salzgitter' },
	title: 'Nähcafé für alle',
	description: 'Gemeinsam nähen, flicken und voneinander lernen – Maschinen sind vorhanden.',
	format: 'regelmaessig',
	topics: ['kunst'],
	lifePhases: ['erwachsene'],
	schedule: { type: 'ongoing', note: 'donnerstags 17–19 Uhr' },
	...over
});

describe('getReviewItem', () => {
	it('shows a new offer in full, then its pending change against the published version', async () => {
		const created = await createOffer(handle.db, { actor: editor, input: body(), submit: true });
		const asNew = await getReviewItem(handle.db, { actor: coordinator, offerId: created.id });
		expect(asNew.kind).toBe('new');
		expect(asNew.diff.find((r) => r.path === 'title')).toMatchObject({
			before: null,
			after: 'Nähcafé für alle',
			changed: false
		});

		await approveOffer(handle.db, { actor: coordinator, offerId: created.id, comment: 'Prima.' });
		const published = await getReviewItem(handle.db, { actor: coordinator, offerId: created.id });
		expect(published).toMatchObject({ kind: null, diff: [] });
		expect(published.comments.map((c) => [c.kind, c.body, c.fromOffice])).toEqual([
			['approved', 'Prima.', true]
		]);

		await saveOffer(handle.db, {
			actor: editor,
			offerId: created.id,
			input: body({ schedule: { type: 'ongoing', note: 'donnerstags 18–20 Uhr' } }),
			submit: true
		});
		const change = await getReviewItem(handle.db, {
			actor: coordinator,
			offerId: created.id,
			locale: 'en'
		});
		expect(change.kind).toBe('change');
		expect(change.offer.schedule.note).toBe('donnerstags 17–19 Uhr');
		expect(change.diff.filter((r) => r.changed)).toEqual([
			{
				path: 'schedule.note',
				labelKey: 'admin_field_schedule_note',
				label: 'Note on the schedule',
				before: 'donnerstags 17–19 Uhr',
				after: 'donnerstags 18–20 Uhr',
				changed: true
			}
		]);

		await requestChanges(handle.db, {
			actor: coordinator,
			offerId: created.id,
			comment: 'Bitte die Uhrzeit prüfen.'
		});
		const back = await getReviewItem(handle.db, { actor: coordinator, offerId: created.id });
		expect(back).toMatchObject({ kind: null, changeState: 'changes_requested' });
	});

	it('is for staff only and answers not found for unknown offers', async () => {
		const created = await createOffer(handle.db, { actor: editor, input: body(), submit: true });
		await expect(
			getReviewItem(handle.db, { actor: editor, offerId: created.id })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			getReviewItem(handle.db, {
				actor: coordinator,
				offerId: '00000000-0000-4000-8000-000000000000'
			})
		).rejects.toMatchObject({ code: 'not_found' });
	});
});
