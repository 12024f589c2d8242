import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { DbHandle } from '../db/client';
import { outbox } from '../db/schema';
import { createTestDb } from '../testing/db';
import { composeMail } from './compose-mail';
import { sendMail } from './send-mail';

interface Received {
	from: string;
	to: string[];
	raw: string;
}

let handle: DbHandle;
let server: SMTPServer;
let smtpUrl: string;
const received: Received[] = [];

beforeAll(async () => {
	handle = await createTestDb({ withDistricts: false });
	server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				received.push({
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
					to: session.envelope.rcptTo.map((r) => r.address),
					raw: Buffer.concat(chunks).toString('utf8')
				});
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await new Promise<void>((resolve) => server.close(resolve));
	await handle.close();
});

const mail = () =>
	composeMail({
		subject: 'Ihr Zugang',
		paragraphs: ['Für Sie wurde ein Konto angelegt. Grüße aus dem Büro.']
	});

describe('composeMail', () => {
	it('writes German text and HTML that name the city', () => {
		const m = mail();
		expect(m.subject).toBe('Ihr Zugang – Bildungslandschaft Salzgitter');
		expect(m.text).toContain('Guten Tag,');
		expect(m.text).toContain('Bildungsbüro der Stadt Salzgitter');
		expect(m.html).toContain('<html lang="de">');
		expect(m.html).toContain('Salzgitter');
	});
});

describe('sendMail', () => {
	it('delivers over SMTP to a real local server', async () => {
		const r = await sendMail(handle.db, {
			input: { to: 'anna@example.org', ...mail() },
			options: { smtpUrl, from: 'Bildungslandschaft <noreply@example.org>' }
		});
		expect(r.via).toBe('smtp');
		expect(received).toHaveLength(1);
		const got = received[0]!;
		expect(got.from).toBe('noreply@example.org');
		expect(got.to).toEqual(['anna@example.org']);
		expect(got.raw).toMatch(/^Subject: =\?UTF-8\?/m);
		expect(got.raw).toContain('text/plain');
		expect(got.raw).toContain('text/html');
		// quoted-printable bodies: decode soft line breaks and =XX bytes
		const decoded = Buffer.from(
			got.raw
				.replace(/=\r?\n/g, '')
				.replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
			'latin1'
		).toString('utf8');
		expect(decoded).toContain('Für Sie wurde ein Konto angelegt.');
		expect(decoded).toContain('Bildungsbüro der Stadt Salzgitter');
	});

	it('keeps the mail in the outbox when no SMTP server is configured', async () => {
		const r = await sendMail(handle.db, {
			input: { to: 'bert@example.org', ...mail() },
			options: { smtpUrl: '' }
		});
		expect(r.via).toBe('outbox');
		const rows = await handle.db.select().from(outbox);
		expect(rows).toEqual([
			expect.objectContaining({
				to: 'bert@example.org',
				subject: 'Ihr Zugang – Bildungslandschaft Salzgitter',
				sentAt: null,
				error: null
			})
		]);
		expect(rows[0]!.text).toContain('Salzgitter');
	});
});
