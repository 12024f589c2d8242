import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { outbox } from '../db/schema';
import { createTestDb } from '../testing/db';
import { makeActor } from '../testing/actors';
import type { Actor } from '../accounts';
import { getOutboxMail, listOutbox } from './outbox';
import { sendMail } from './send-mail';

let handle: DbHandle;
let admin: Actor;
let coordinator: Actor;

beforeAll(async () => {
	handle = await createTestDb({ withDistricts: false });
	admin = await makeActor(handle.db, { role: 'admin' });
	coordinator = await makeActor(handle.db, { role: 'coordinator' });
});
afterAll(() => handle.close());

describe('outbox reads', () => {
	it('lists stored and failed mails newest first, one page at a time, for admins only', async () => {
		await handle.db.insert(outbox).values([
			{
				to: 'alt@example.org',
				subject: 'Älteste',
				text: 'a',
				html: '<p>a</p>',
				createdAt: new Date('2026-01-01T08:00:00Z')
			},
			{
				to: 'fehler@example.org',
				subject: 'Fehlgeschlagen',
				text: 'b',
				html: '<p>b</p>',
				createdAt: new Date('2026-01-02T08:00:00Z'),
				error: 'connect ECONNREFUSED'
			}
		]);
		// Without SMTP_URL, sendMail keeps the mail in the outbox.
		await sendMail(handle.db, {
			input: { to: 'neu@example.org', subject: 'Neueste', text: 'Hallo <b>', html: '<p>x</p>' },
			options: { smtpUrl: '' }
		});

		const first = await listOutbox(handle.db, { actor: admin, page: 1, pageSize: 2 });
		expect(first.total).toBe(3);
		expect(first.items.map((i) => i.subject)).toEqual(['Neueste', 'Fehlgeschlagen']);
		expect(first.items[1]).toMatchObject({ error: 'connect ECONNREFUSED', sentAt: null });
		const second = await listOutbox(handle.db, { actor: admin, page: 2, pageSize: 2 });
		expect(second.items.map((i) => i.subject)).toEqual(['Älteste']);

		const mail = await getOutboxMail(handle.db, { actor: admin, id: first.items[0]!.id });
		expect(mail).toMatchObject({ to: 'neu@example.org', text: 'Hallo <b>' });

		await expect(listOutbox(handle.db, { actor: coordinator })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(
			getOutboxMail(handle.db, { actor: coordinator, id: mail.id })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			getOutboxMail(handle.db, { actor: admin, id: '00000000-0000-4000-8000-000000000000' })
		).rejects.toMatchObject({ code: 'not_found' });
	});
});
