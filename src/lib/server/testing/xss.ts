/**
 * XSS payloads, and fixtures that carry them in every text field a provider or
 * the office can write. Each payload would set `window.__xss` if it ever ran;
 * the end-to-end test (e2e/security) opens every page that shows these texts
 * and checks that nothing ran and that no markup was injected.
 */
import type { Db } from '../db/client';
import { systemActor } from '../accounts/accounts.schemas';
import { createInstitution } from '../institutions/institution-write';
import { addReviewComment, approveOffer, createOffer, saveOffer } from '../offers';
import { saveContentPage } from '../content/content-pages';

export const XSS_PAYLOADS = [
	'<script>window.__xss=1</script>',
	'"><img src=x onerror="window.__xss=2">',
	"'><svg onload=window.__xss=3>",
	'<a href="javascript:window.__xss=4">klick</a>',
	'[Link](javascript:window.__xss=5)',
	'<iframe srcdoc="<script>parent.__xss=6</script>"></iframe>',
	'</textarea><script>window.__xss=7</script>',
	'</title><script>window.__xss=8</script>',
	'<details open ontoggle=window.__xss=9>',
	'{{constructor.constructor("window.__xss=10")()}}',
	'<style>@import "javascript:window.__xss=11"</style>',
	'&lt;script&gt;window.__xss=12&lt;/script&gt;'
] as const;

/** All payloads in one text, with a readable marker in front. */
export const xssText = (marker: string): string => `${marker} ${XSS_PAYLOADS.join(' ')}`;

/** A short text with one payload (for fields with length limits). */
export const xssShort = (i: number): string => XSS_PAYLOADS[i % XSS_PAYLOADS.length]!;

export interface XssFixtures {
	institutionSlug: string;
	/** Published, with a pending change in review (so the diff shows payloads on both sides). */
	offerId: string;
	offerSlug: string;
	offerTitle: string;
	/** A content page (/seiten/<slug>) whose Markdown carries the payloads. */
	pageSlug: string;
}

/**
 * Creates an institution and an offer whose every free-text field carries
 * payloads, publishes the offer, and leaves a change with more payloads in
 * review with a comment thread. Goes through the real use cases, so the same
 * validation applies as in the editor and the API.
 */
export async function seedXssFixtures(db: Db): Promise<XssFixtures> {
	const actor = systemActor('xss-fixtures');
	const inst = await createInstitution(db, {
		actor,
		input: {
			name: `XSS-Testeinrichtung ${xssShort(1)}`,
			type: 'verein',
			operator: xssShort(2),
			description: xssText('Beschreibung der Einrichtung:'),
			street: 'Am Testweg 1',
			postalCode: '38226',
			locality: 'Salzgitter',
			districtSlug: 'lebenstedt',
			openingHours: [{ days: 'Mo–Fr', opens: '09:00', closes: '12:00', note: xssShort(3) }],
			languages: ['de'],
			accessibilityNotes: xssText('Barrierefreiheit:')
		}
	});
	const offerTitle = `XSS-Testangebot ${xssShort(0)}`;
	const input = {
		institution: { id: inst.id },
		title: offerTitle,
		summary: xssShort(1).slice(0, 300),
		description: xssText('Beschreibung:'),
		translations: {
			en: {
				title: `XSS test offer ${xssShort(2)}`,
				summary: xssShort(6),
				description: xssText('EN:')
			}
		},
		format: 'kurs',
		topics: ['sprache'],
		lifePhases: ['erwachsene'],
		languages: ['de', 'en'],
		cost: {
			type: 'paid' as const,
			amountCents: 1000,
			note: xssShort(3),
			reducedFeeAvailable: true
		},
		accessibility: { wheelchairAccessible: true, notes: xssText('Zugang:').slice(0, 1000) },
		location: {
			atInstitution: false,
			name: xssShort(4),
			street: 'Am Testweg 2',
			postalCode: '38226',
			locality: 'Salzgitter',
			district: { slug: 'lebenstedt' }
		},
		schedule: {
			type: 'dates' as const,
			note: xssShort(5),
			dates: [
				{ startsAt: '2030-03-04T17:00:00+01:00', endsAt: null, note: xssShort(7) },
				{ startsAt: '2030-03-11T17:00:00+01:00', endsAt: null, note: xssShort(8) }
			]
		},
		registration: {
			required: true,
			url: 'https://example.org/anmeldung?x="><script>window.__xss=13</script>',
			email: null,
			phone: null,
			note: xssText('Anmeldung:').slice(0, 500)
		},
		sdgs: [4]
	};
	const created = await createOffer(db, { actor, input, submit: true });
	await approveOffer(db, { actor, offerId: created.id, comment: xssShort(9) });
	await saveOffer(db, {
		actor,
		offerId: created.id,
		input: { ...input, summary: xssShort(10), description: xssText('Geänderte Beschreibung:') },
		submit: true
	});
	await addReviewComment(db, { actor, offerId: created.id, body: xssText('Kommentar:') });
	const pageSlug = 'xss-test';
	await saveContentPage(db, {
		actor,
		input: {
			slug: pageSlug,
			locale: 'de',
			title: `Testseite ${xssShort(0)}`,
			body: `## Überschrift ${xssShort(1)}\n\n${XSS_PAYLOADS.map((p) => `- ${p}`).join('\n')}\n\n[Link](javascript:window.__xss=14) [Mail](mailto:a@example.org)`
		}
	});
	return {
		institutionSlug: inst.slug,
		offerId: created.id,
		offerSlug: created.slug,
		offerTitle,
		pageSlug
	};
}
