import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { insertFixtures } from '../api/fixtures';
import { createTestDb } from '../testing/db';
import { makeActor } from '../testing/actors';
import { listDistricts } from '../districts';
import { getInstitutionById } from '../institutions';
import { offerToInput, type TOfferInput } from './offer-input';
import { getOfferById } from './offer.queries';
import { getOfferWorkspace, saveOffer } from './offer-write';
import {
	applyInputToOffer,
	institutionLocation,
	nextRecurringStart,
	type PreviewDistrict
} from './offer-preview';

let handle: DbHandle;
let fx: Awaited<ReturnType<typeof insertFixtures>>;
let districts: PreviewDistrict[];

beforeAll(async () => {
	handle = await createTestDb();
	fx = await insertFixtures(handle.db);
	districts = await listDistricts(handle.db);
});
afterAll(() => handle.close());

describe('the preview of a working copy', () => {
	it('is the offer itself when nothing changed', async () => {
		for (const o of Object.values(fx.offers)) {
			const offer = (await getOfferById(handle.db, o.id))!;
			expect(applyInputToOffer(offer, offerToInput(offer), districts)).toEqual(offer);
		}
	});

	it('is exactly what the public reads after the change is approved', async () => {
		// A published offer gets a pending change; its preview must equal the stored result.
		const actor = await makeActor(handle.db, {
			role: 'provider',
			institutions: [{ slug: 'kita-grosser-baer' }]
		});
		const ws = await getOfferWorkspace(handle.db, { actor, offerId: fx.offers.schwimmen.id });
		const input: TOfferInput = {
			...ws.input,
			title: 'Schwimmen für Kinder ab 6',
			translations: { en: { title: 'Swimming for children', summary: null, description: null } },
			cost: { type: 'paid', amountCents: 2500, note: null, reducedFeeAvailable: true },
			location: {
				atInstitution: false,
				name: 'Stadtbad',
				street: 'Am Bad 1',
				postalCode: '38226',
				locality: 'Salzgitter',
				district: { slug: 'lebenstedt' },
				lat: null,
				lon: null
			},
			schedule: {
				type: 'dates',
				note: null,
				rrule: null,
				start: null,
				until: null,
				durationMinutes: 45,
				exceptions: [],
				dates: [
					{ startsAt: '2026-05-12T13:00:00.000Z', endsAt: null, note: null },
					{
						startsAt: '2026-05-05T13:00:00.000Z',
						endsAt: '2026-05-05T13:45:00.000Z',
						note: 'Probe'
					}
				]
			}
		};
		await saveOffer(handle.db, { actor, offerId: fx.offers.schwimmen.id, input });
		const after = await getOfferWorkspace(handle.db, { actor, offerId: fx.offers.schwimmen.id });
		// The published version is untouched until review …
		expect(after.offer.title).toBe('Schwimmen für Kinder');
		const preview = applyInputToOffer(after.offer, after.input, districts);
		expect(preview).toMatchObject({
			id: fx.offers.schwimmen.id,
			status: 'published',
			title: 'Schwimmen für Kinder ab 6',
			translations: { en: { title: 'Swimming for children' } },
			cost: { type: 'paid', amountCents: 2500, reducedFeeAvailable: true },
			location: {
				atInstitution: false,
				name: 'Stadtbad',
				street: 'Am Bad 1',
				district: { slug: 'lebenstedt', name: 'Lebenstedt' }
			},
			schedule: { type: 'dates', rrule: null, start: null, exceptions: [] }
		});
		// … dates in order, and a venue without coordinates at its district's centre, as stored.
		expect(preview.schedule.dates.map((d) => d.note)).toEqual(['Probe', null]);
		const lebenstedt = districts.find((d) => d.slug === 'lebenstedt')!;
		expect([preview.location.lat, preview.location.lon]).toEqual([lebenstedt.lat, lebenstedt.lon]);
		expect(preview.translations.en).toEqual({ title: 'Swimming for children' });
	});

	it('moves a venue offer back to the institution’s address', async () => {
		const offer = (await getOfferById(handle.db, fx.offers.schwimmen.id))!;
		const inst = (await getInstitutionById(handle.db, fx.institutions.kita.id))!;
		const input = offerToInput(offer);
		input.location = { ...input.location, atInstitution: true };
		const preview = applyInputToOffer(offer, input, districts, institutionLocation(inst));
		expect(preview.location).toMatchObject({
			atInstitution: true,
			street: 'Bärenweg 1',
			district: { slug: 'thiede' }
		});
	});
});

describe('the next start of a recurring preview', () => {
	it('follows the rule, its exceptions and the city time', async () => {
		const offer = (await getOfferById(handle.db, fx.offers.schwimmen.id))!;
		const schedule = {
			...offer.schedule,
			rrule: 'FREQ=WEEKLY;BYDAY=TU',
			start: '2026-03-24T14:00:00.000Z',
			until: null,
			exceptions: ['2026-03-31T13:00:00.000Z']
		};
		const now = Date.parse('2026-03-25T00:00:00Z');
		// 31 March is cancelled; 7 April 15:00 Berlin (summer time) is 13:00 UTC.
		expect(nextRecurringStart(schedule, 'Europe/Berlin', now)).toBe('2026-04-07T13:00:00.000Z');
		expect(
			nextRecurringStart({ ...schedule, until: '2026-03-30T00:00:00.000Z' }, 'Europe/Berlin', now)
		).toBeNull();
		expect(nextRecurringStart({ ...schedule, type: 'ongoing' }, 'Europe/Berlin', now)).toBeNull();
	});
});
