import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { auditLog, offerDates, offers, outbox } from '../db/schema';
import { insertFixtures } from '../api/fixtures';
import { createTestDb } from '../testing/db';
import { makeActor } from '../testing/actors';
import type { Actor } from '../accounts';
import { onOffersChanged } from './offer-events';
import { parseOfferInput, type TOfferInputRaw } from './offer-input';
import { getOfferById, getPublishedOfferById } from './offer.queries';
import {
	archiveOffer,
	createOffer,
	duplicateOffer,
	getOfferWorkspace,
	reverifyOffer,
	saveOffer,
	submitOffer
} from './offer-write';
import {
	approveOffer,
	bulkApprove,
	listReviewComments,
	listReviewQueue,
	rejectOffer,
	requestChanges
} from './moderation';

let handle: DbHandle;
let fx: Awaited<ReturnType<typeof insertFixtures>>;
let vhsEditor: Actor;
let kitaEditor: Actor;
let coordinator: Actor;
const changed: string[] = [];

beforeAll(async () => {
	handle = await createTestDb();
	fx = await insertFixtures(handle.db);
	vhsEditor = await makeActor(handle.db, {
		role: 'provider',
		email: 'editor@vhs.example',
		institutions: [{ slug: 'vhs-salzgitter' }]
	});
	kitaEditor = await makeActor(handle.db, {
		role: 'provider',
		institutions: [{ slug: 'kita-grosser-baer' }]
	});
	coordinator = await makeActor(handle.db, { role: 'coordinator' });
	onOffersChanged((ids) => {
		changed.push(...ids);
	});
});
afterAll(() => handle.close());

const body = (over: Partial<TOfferInputRaw> = {}): TOfferInputRaw => ({
	institution: { slug: 'vhs-salzgitter' },
	title: 'Deutsch im Alltag',
	description: 'Ein Gesprächskurs für Menschen, die Deutsch im Alltag sicherer sprechen möchten.',
	format: 'kurs',
	topics: ['sprache'],
	lifePhases: ['erwachsene'],
	schedule: {
		type: 'dates',
		dates: [
			{ startsAt: '2027-03-02T17:00:00+01:00', endsAt: '2027-03-02T18:30:00+01:00' },
			{ startsAt: '2027-03-09T17:00:00+01:00' }
		]
	},
	...over
});

describe('parseOfferInput', () => {
	it('lists every invalid field with a German message and its path', () => {
		const r = parseOfferInput({
			institution: { slug: 'vhs-salzgitter' },
			title: 'A',
			description: '',
			format: 'zaubern',
			topics: [],
			lifePhases: ['erwachsene'],
			schedule: { type: 'dates', dates: [] },
			registration: { url: 'ftp://x', email: 'kein-mail' }
		});
		expect(r.ok).toBe(false);
		const fields = r.ok ? [] : r.issues.map((i) => i.field);
		expect(fields).toEqual(
			expect.arrayContaining([
				'title',
				'description',
				'format',
				'topics',
				'registration.url',
				'registration.email'
			])
		);
		const title = r.ok ? undefined : r.issues.find((i) => i.field === 'title');
		expect(title?.message).toBe('Mindestens 3 Zeichen.');
	});

	it('answers in English when asked', () => {
		const r = parseOfferInput({ ...body(), title: '' }, 'en');
		expect(r.ok ? [] : r.issues).toContainEqual({
			field: 'title',
			message: 'Please fill in this field.'
		});
	});

	it('needs a date for dated offers, a rule for recurring ones, an address for other venues', () => {
		const r = parseOfferInput({
			...body(),
			schedule: { type: 'recurring', rrule: 'FREQ=SOMETIMES' },
			location: { atInstitution: false }
		});
		const fields = r.ok ? [] : r.issues.map((i) => i.field);
		expect(fields).toEqual(
			expect.arrayContaining([
				'schedule.rrule',
				'schedule.start',
				'location.street',
				'location.postalCode'
			])
		);
	});

	it('accepts a published offer as GET returns it (round trip)', async () => {
		const offer = await getOfferById(handle.db, fx.offers.schwimmen.id);
		const r = parseOfferInput({
			...offer,
			description: 'Schwimmen lernen in kleinen Gruppen, mit Spaß und Geduld.'
		});
		expect(r.ok ? [] : r.issues).toEqual([]);
	});
});

describe('a new offer through review', () => {
	it('is a draft, invisible to the public, then published once approved', async () => {
		const created = await createOffer(handle.db, { actor: vhsEditor, input: body() });
		expect(created.status).toBe('draft');
		expect(await getPublishedOfferById(handle.db, created.id)).toBeUndefined();
		const dates = await handle.db
			.select()
			.from(offerDates)
			.where(eq(offerDates.offerId, created.id));
		expect(dates).toHaveLength(2);

		await submitOffer(handle.db, { actor: vhsEditor, offerId: created.id });
		const queue = await listReviewQueue(handle.db, { actor: coordinator });
		expect(queue.map((q) => q.offerId)).toContain(created.id);

		await requestChanges(handle.db, {
			actor: coordinator,
			offerId: created.id,
			comment: 'Bitte die Kosten ergänzen.'
		});
		expect((await getOfferById(handle.db, created.id))?.status).toBe('changes_requested');
		const mails = await handle.db.select().from(outbox).where(eq(outbox.to, 'editor@vhs.example'));
		expect(mails.at(-1)?.text).toContain('Bitte die Kosten ergänzen.');

		await saveOffer(handle.db, {
			actor: vhsEditor,
			offerId: created.id,
			input: body({ cost: { type: 'paid', amountCents: 2500 } }),
			submit: true
		});
		await approveOffer(handle.db, { actor: coordinator, offerId: created.id });
		const pub = await getPublishedOfferById(handle.db, created.id);
		expect(pub?.cost.amountCents).toBe(2500);
		expect(pub?.lastVerifiedAt).not.toBeNull();
		expect(changed).toContain(created.id);

		const thread = await listReviewComments(handle.db, { actor: vhsEditor, offerId: created.id });
		expect(thread.map((c) => c.kind)).toEqual(['changes_requested', 'approved']);
		const actions = (
			await handle.db.select().from(auditLog).where(eq(auditLog.entityId, created.id))
		).map((a) => a.action);
		expect(actions).toEqual([
			'offer.create',
			'offer.submit',
			'offer.request_changes',
			'offer.submit',
			'offer.approve'
		]);
	});

	it('keeps the published version online while a change waits for review', async () => {
		const id = fx.offers.sprachkurs.id;
		const ws = await getOfferWorkspace(handle.db, { actor: vhsEditor, offerId: id });
		await saveOffer(handle.db, {
			actor: vhsEditor,
			offerId: id,
			input: {
				...ws.input,
				title: 'Sprachkurs Deutsch A1 (neu)',
				description: 'Deutsch lernen, Schritt für Schritt, jetzt mit Abendgruppe.'
			},
			submit: true
		});
		expect((await getPublishedOfferById(handle.db, id))?.title).toBe('Sprachkurs Deutsch A1');
		const queue = await listReviewQueue(handle.db, {
			actor: coordinator,
			filter: { kind: 'change' }
		});
		expect(queue.find((q) => q.offerId === id)?.title).toBe('Sprachkurs Deutsch A1 (neu)');

		await rejectOffer(handle.db, { actor: coordinator, offerId: id, comment: 'Doppelter Kurs.' });
		expect((await getPublishedOfferById(handle.db, id))?.title).toBe('Sprachkurs Deutsch A1');
		const after = await getOfferWorkspace(handle.db, { actor: vhsEditor, offerId: id });
		expect(after.change).toBeNull();

		await saveOffer(handle.db, {
			actor: vhsEditor,
			offerId: id,
			input: { ...ws.input, title: 'Sprachkurs Deutsch A1 – Abendgruppe' },
			submit: true
		});
		const result = await bulkApprove(handle.db, {
			actor: coordinator,
			offerIds: [id, fx.offers.beratung.id]
		});
		expect(result.approved).toEqual([id]);
		expect(result.failed.map((f) => f.offerId)).toEqual([fx.offers.beratung.id]);
		expect((await getPublishedOfferById(handle.db, id))?.title).toBe(
			'Sprachkurs Deutsch A1 – Abendgruppe'
		);
	});
});

describe('policies in the module', () => {
	it('refuses another institution’s offer and changes nothing', async () => {
		const before = await getOfferById(handle.db, fx.offers.sprachkurs.id);
		await expect(
			saveOffer(handle.db, {
				actor: kitaEditor,
				offerId: fx.offers.sprachkurs.id,
				input: body({ title: 'Gekapert' })
			})
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			createOffer(handle.db, { actor: kitaEditor, input: body() })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			archiveOffer(handle.db, { actor: kitaEditor, offerId: fx.offers.sprachkurs.id })
		).rejects.toMatchObject({ code: 'forbidden' });
		expect(await getOfferById(handle.db, fx.offers.sprachkurs.id)).toEqual(before);
	});

	it('lets only the office review', async () => {
		await submitOffer(handle.db, { actor: vhsEditor, offerId: fx.offers.entwurf.id }).catch(
			() => {}
		);
		await expect(
			approveOffer(handle.db, { actor: vhsEditor, offerId: fx.offers.entwurf.id })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(listReviewQueue(handle.db, { actor: vhsEditor })).rejects.toMatchObject({
			code: 'forbidden'
		});
	});
});

describe('re-verify, duplicate, archive', () => {
	it('re-verifies with one call, duplicates as draft, archives offline', async () => {
		const id = fx.offers.beratung.id;
		const r = await reverifyOffer(handle.db, { actor: kitaEditor, offerId: id });
		expect((await getPublishedOfferById(handle.db, id))?.lastVerifiedAt).toBe(r.lastVerifiedAt);

		const copy = await duplicateOffer(handle.db, { actor: kitaEditor, offerId: id });
		const dup = await getOfferById(handle.db, copy.id);
		expect(dup).toMatchObject({ status: 'draft', title: 'Elternberatung (Kopie)' });

		await archiveOffer(handle.db, { actor: kitaEditor, offerId: id });
		expect(await getPublishedOfferById(handle.db, id)).toBeUndefined();
		const [row] = await handle.db.select().from(offers).where(eq(offers.id, id));
		expect(row?.status).toBe('archived');
	});
});

describe('audit log', () => {
	it('cannot be changed or deleted', async () => {
		await expect(handle.db.update(auditLog).set({ action: 'x' })).rejects.toThrow();
		await expect(handle.db.delete(auditLog)).rejects.toThrow();
	});
});
