/**
 * The whole way of an offer (issue 3 §8): a coordinator invites a provider →
 * the provider sets a password, creates an offer with two dates and submits
 * it → the coordinator requests a change → the provider fixes it and
 * resubmits → the coordinator approves → the offer appears in public search →
 * the audit log shows each step → every mail arrived at the SMTP server.
 * axe runs on every page on the way.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	accounts,
	expectNoAxeViolations,
	launchBrowser,
	linkInMail,
	newContext,
	signIn,
	waitForMail
} from '../helpers';
import {
	acceptInvitation,
	expectMainToContain,
	freshEmail,
	newPassword
} from '../accounts/journey';
import { fillBasics, nextYearDates, offerIdOf } from '../editor/editor-helpers';

describe('an offer from invitation to public search', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('goes through invitation, editing, review, change request, approval and audit', async () => {
		const { coordinator, providerA } = accounts();
		const institution = providerA.institution;
		const email = freshEmail('reise');

		// 1. The coordinator invites a provider to institution A.
		const staffContext = await newContext(browser);
		const staff = await staffContext.newPage();
		await signIn(staff, coordinator);
		await staff.goto('/admin/einladungen');
		await expectNoAxeViolations(staff);
		await staff.getByLabel('E-Mail-Adresse').fill(email);
		await staff.locator('#admin-invite-institution').selectOption(institution.id);
		await staff.getByLabel('Bearbeiter*in').check();
		await staff.getByRole('button', { name: 'Einladung verschicken' }).click();
		await expectMainToContain(staff, 'Die Einladung ist verschickt.');
		await expectNoAxeViolations(staff);

		// 2. The invitation mail arrives; the provider sets a password and is signed in.
		const invitation = await waitForMail(
			(m) => m.to.includes(email) && m.subject.startsWith('Einladung')
		);
		expect(invitation.decoded).toContain(institution.name);
		expect(invitation.decoded).toContain('Salzgitter');
		const { context: providerContext, page: provider } = await acceptInvitation(
			browser,
			linkInMail(invitation),
			{ name: 'Paula Reise', password: newPassword('reise') }
		);
		await expectNoAxeViolations(provider);

		// 3. The provider creates an offer with two dates and submits it.
		const title = `Familiencafé am Nachmittag ${Date.now()}`;
		await provider.goto('/portal/angebote/neu');
		await expectNoAxeViolations(provider);
		await fillBasics(provider, title);
		const { winter, summer } = nextYearDates();
		await provider.locator('#f-schedule-dates-0-date').fill(winter);
		await provider.locator('#f-schedule-dates-0-start').fill('15:00');
		await provider.getByRole('button', { name: 'Termin hinzufügen' }).click();
		await provider.locator('#f-schedule-dates-1-date').fill(summer);
		await provider.locator('#f-schedule-dates-1-start').fill('15:00');
		await provider.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
		await provider.waitForURL(/\/portal\/angebote\/[0-9a-f-]{36}\?eingereicht=1/);
		const offerId = offerIdOf(provider);
		await expectNoAxeViolations(provider);

		// Not public before approval.
		expect(await publicHits(provider, title)).toBe(0);

		// 4. The coordinator requests a change.
		await openReview(staff, offerId, title);
		await staff.getByLabel('Kommentar an den Anbieter').fill('Bitte nennen Sie die Kosten.');
		await staff.getByRole('button', { name: 'Änderungen anfordern' }).click();
		await expect.poll(() => staff.getByRole('status').first().textContent()).toContain(title);
		await expectNoAxeViolations(staff);

		// The provider is mailed the comment and a link to the editor.
		const changeMail = await waitForMail(
			(m) => m.to.includes(email) && m.subject.startsWith('Bitte überarbeiten')
		);
		expect(changeMail.decoded).toContain('Bitte nennen Sie die Kosten.');
		const editorLink = linkInMail(changeMail);
		expect(editorLink).toContain(`/portal/angebote/${offerId}`);

		// 5. The provider reads the comment, fixes the offer and resubmits.
		await provider.goto(editorLink);
		await expectMainToContain(provider, 'Bitte nennen Sie die Kosten.');
		expect(await provider.locator('[data-status]').textContent()).toContain('Änderungen erbeten');
		await expectNoAxeViolations(provider);
		await provider.getByLabel('kostenpflichtig').check();
		await provider.locator('#f-cost-amount').fill('3,50');
		await provider.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
		await provider.waitForURL(/\?eingereicht=1/);
		expect(await provider.locator('[data-status]').textContent()).toContain('In Prüfung');
		await expectNoAxeViolations(provider);

		// 6. The coordinator approves.
		await openReview(staff, offerId, title);
		await staff.getByRole('button', { name: 'Freigeben', exact: true }).click();
		await expect.poll(() => staff.getByRole('status').first().textContent()).toContain(title);
		await expectNoAxeViolations(staff);

		// 7. The offer is found in public search, with the fixed price.
		expect(await publicHits(provider, title)).toBe(1);
		await provider.locator('main a[href^="/angebote/"]', { hasText: title }).first().click();
		await expectMainToContain(provider, '3,50');
		await expectNoAxeViolations(provider);

		// 8. The audit log shows each step of this offer.
		await staff.goto(`/admin/protokoll?entityId=${offerId}`);
		await expectNoAxeViolations(staff);
		const actions = await staff
			.locator('table.audit > tbody > tr td:nth-child(3) code')
			.allTextContents();
		expect(actions.reverse()).toEqual([
			'offer.create_submit',
			'offer.request_changes',
			'offer.submit',
			'offer.approve'
		]);
		await staff.goto(`/admin/protokoll?action=invitation.&actor=${coordinator.email}`);
		expect(await staff.locator('table.audit > tbody').innerText()).toContain('invitation.create');

		// 9. Every mail of the journey arrived at the SMTP server.
		const approved = await waitForMail(
			(m) => m.to.includes(email) && m.subject.startsWith('Freigegeben')
		);
		expect(approved.decoded).toContain(title);
		// The institution's manager hears about it as well.
		await waitForMail(
			(m) => m.to.includes(providerA.email) && m.subject.startsWith(`Freigegeben: ${title}`)
		);

		await providerContext.close();
		await staffContext.close();
	});
});

/** Opens the review page of one offer from the queue. */
async function openReview(page: Page, offerId: string, title: string): Promise<void> {
	await page.goto('/admin/pruefung');
	await expectNoAxeViolations(page);
	await page.locator('table.queue tbody a', { hasText: title }).first().click();
	await page.waitForURL(`**/admin/pruefung/${offerId}`);
	expect(await page.locator('h1').textContent()).toContain(title);
	await expectNoAxeViolations(page);
}

/** How many results the public finder shows for the exact title. */
async function publicHits(page: Page, title: string): Promise<number> {
	await page.goto(`/angebote?q=${encodeURIComponent(title)}`);
	return page.locator('main a[href^="/angebote/"]', { hasText: title }).count();
}
