/**
 * A real SMTP server on 127.0.0.1 for tests: collects every mail, with the
 * text part decoded (quoted-printable) so tests can read links and wording.
 */
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
	from: string;
	to: string[];
	subject: string;
	/** The whole message as received. */
	raw: string;
	/** The message with quoted-printable soft breaks and =XX bytes decoded. */
	decoded: string;
}

export interface TestSmtp {
	url: string;
	mails: ReceivedMail[];
	/** Mails to one address. */
	to(address: string): ReceivedMail[];
	/** Waits until a mail matching the predicate arrived (or fails after timeoutMs). */
	waitFor(pred: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
	close(): Promise<void>;
}

function decodeQuotedPrintable(raw: string): string {
	const soft = raw.replace(/=\r?\n/g, '');
	const bytes: number[] = [];
	for (let i = 0; i < soft.length; i++) {
		const c = soft[i]!;
		const hex = soft.slice(i + 1, i + 3);
		if (c === '=' && /^[0-9A-F]{2}$/.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else {
			bytes.push(...Buffer.from(c, 'utf8'));
		}
	}
	return Buffer.from(bytes).toString('utf8');
}

function decodeSubject(raw: string): string {
	const m = /^Subject: ((?:.*)(?:\r?\n[ \t].*)*)/m.exec(raw);
	if (!m) return '';
	return m[1]!
		.replace(/\r?\n[ \t]/g, ' ')
		.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
			enc.toUpperCase() === 'B'
				? Buffer.from(text, 'base64').toString('utf8')
				: decodeQuotedPrintable(text.replace(/_/g, ' '))
		)
		.trim();
}

/**
 * @param opts.dir When set, each mail is also written there as `<n>.json`
 *   (ReceivedMail), so other processes (end-to-end tests) can read them.
 */
export async function startTestSmtp(opts: { dir?: string } = {}): Promise<TestSmtp> {
	const mails: ReceivedMail[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				const raw = Buffer.concat(chunks).toString('utf8');
				const mail: ReceivedMail = {
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
					to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
					subject: decodeSubject(raw),
					raw,
					decoded: decodeQuotedPrintable(raw)
				};
				mails.push(mail);
				if (opts.dir) {
					const name = String(mails.length).padStart(6, '0');
					writeFileSync(path.join(opts.dir, `${name}.json`), JSON.stringify(mail));
				}
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
	return {
		url,
		mails,
		to: (address) => mails.filter((m) => m.to.includes(address.toLowerCase())),
		async waitFor(pred, timeoutMs = 10_000) {
			const until = Date.now() + timeoutMs;
			for (;;) {
				const hit = mails.find(pred);
				if (hit) return hit;
				if (Date.now() > until) throw new Error('Erwartete E-Mail kam nicht an');
				await new Promise((r) => setTimeout(r, 50));
			}
		},
		close: () => new Promise<void>((resolve) => server.close(resolve))
	};
}
