/**
 * A provider whose offers were not confirmed for almost six months gets ONE
 * reminder mail from the periodic jobs (the server runs them shortly after
 * start), listing those offers with their "zuletzt geprüft" date and the link
 * to the portal — and not the offers that are still fresh.
 */
import { describe, expect, it } from 'vitest';
import { accounts, baseUrl, receivedMails, waitForMail } from '../helpers';
import { DEFAULTS, publicOffers } from './public-offers';

const isReminder = (to: string) => (m: { to: string[]; subject: string }) =>
	m.to.includes(to) && m.subject.startsWith('Bitte prüfen Sie');

describe('a provider with offers about to go stale', () => {
	it('receives one digest mail listing them', async () => {
		const a = accounts().providerA;
		const offers = await publicOffers(`&provider=${a.institution.slug}`);
		const dueAt = DEFAULTS.staleAfterDays - DEFAULTS.reminderDaysBefore;
		// One day of margin: the jobs ran a little before this test.
		const due = offers.filter((o) => o.age >= dueAt + 1);
		const fresh = offers.filter((o) => o.age < dueAt - 1);
		if (due.length === 0) {
			console.warn(`${a.institution.name} has no offer due for a reminder today; nothing to check`);
			return;
		}
		const mail = await waitForMail(isReminder(a.email), 90_000);
		// Other tests may confirm an offer after the mail went out: judge only offers
		// whose last check is older than the mail.
		const sentAt = Date.parse(/^Date: (.+)$/m.exec(mail.raw)?.[1] ?? '');
		expect(Number.isNaN(sentAt)).toBe(false);
		const unchangedSince = (o: (typeof offers)[number]) =>
			Date.parse(o.lastVerifiedAt ?? o.publishedAt ?? '') < sentAt - 1000;
		// Titles repeat across offers; each offer is named by its link to the editor.
		for (const o of due) expect(mail.decoded).toContain(`/portal/angebote/${o.id}`);
		for (const o of fresh.filter(unchangedSince))
			expect(mail.decoded).not.toContain(`/portal/angebote/${o.id}`);
		expect(mail.decoded).toMatch(/Zuletzt geprüft am \d{1,2}\. \p{L}+ \d{4}\./u);
		expect(mail.decoded).toContain(`Zum Portal: ${baseUrl()}/portal`);
		expect(mail.decoded).toContain('Salzgitter');
		expect(receivedMails().filter(isReminder(a.email))).toHaveLength(1);
	});
});
