import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { auditLog, passwordResets, sessions, users } from '../db/schema';
import { createTestDb } from '../testing/db';
import { startTestSmtp, type TestSmtp } from '../testing/smtp';
import { AppError } from '../errors';
import { systemActor } from './accounts.schemas';
import { createUser } from './create-user';
import { hashLinkToken } from './link-tokens';
import {
	getPasswordResetStatus,
	requestPasswordReset,
	resetPassword,
	RESETS_PER_ACCOUNT_PER_HOUR,
	settleResetMails
} from './password-reset';
import { signIn } from './sign-in';

let handle: DbHandle;
let smtp: TestSmtp;
const OLD = 'Zitronenfalter-Wolke-42';
const NEW = 'Kastanienallee-Regenschirm-77';
let ipCounter = 0;
/** A fresh address per request keeps the per-IP limit out of tests that are not about it. */
const ip = () => `198.51.100.${++ipCounter}`;

beforeAll(async () => {
	handle = await createTestDb({ withDistricts: false });
	smtp = await startTestSmtp();
});
afterAll(async () => {
	await settleResetMails();
	await smtp.close();
	await handle.close();
});

let n = 0;
async function account(opts: { disabled?: boolean } = {}) {
	const email = `reset${++n}@example.org`;
	const user = await createUser(handle.db, {
		actor: systemActor(),
		input: { email, role: 'provider', password: OLD, displayName: `Person ${n}` }
	});
	if (opts.disabled) {
		await handle.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
	}
	return user;
}

const mail = () => ({ smtpUrl: smtp.url });

/** Requests a link and returns the token from the mail that arrived. */
async function requestLink(email: string, now?: Date): Promise<string> {
	await requestPasswordReset(handle.db, { email, ip: ip(), now, mail: mail() });
	const got = await smtp.waitFor((m) => m.to.includes(email) && !seen.has(m));
	seen.add(got);
	const link = /http:\/\/[^\s]+\/passwort-neu\/([A-Za-z0-9_-]+)/.exec(got.decoded);
	expect(link, got.decoded).not.toBeNull();
	return link![1]!;
}
const seen = new Set<unknown>();

async function signInWith(email: string, password: string) {
	return signIn(handle.db, { input: { email, password }, context: { ip: ip() } });
}

describe('requestPasswordReset', () => {
	it('mails a German link to the portal that names the city', async () => {
		const user = await account();
		const token = await requestLink(user.email);
		const got = smtp.to(user.email).at(-1)!;
		expect(got.subject).toBe('Neues Passwort festlegen – Bildungslandschaft Salzgitter');
		expect(got.decoded).toContain('Bildungslandschaft Salzgitter');
		expect(got.decoded).toContain('nur einmal');
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		// Only the hash is stored, valid for one hour.
		const rows = await handle.db
			.select()
			.from(passwordResets)
			.where(eq(passwordResets.userId, user.id));
		expect(rows).toHaveLength(1);
		expect(rows[0]!.id).toBe(hashLinkToken(token));
		expect(rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()).toBe(60 * 60 * 1000);
	});

	it('answers the same for unknown, disabled and existing accounts, and mails only the existing one', async () => {
		const known = await account();
		const disabled = await account({ disabled: true });
		const before = smtp.mails.length;
		const answers = [];
		for (const email of [known.email, 'niemand@example.org', disabled.email]) {
			answers.push(await requestPasswordReset(handle.db, { email, ip: ip(), mail: mail() }));
		}
		await settleResetMails();
		expect(answers[1]).toEqual(answers[0]);
		expect(answers[2]).toEqual(answers[0]);
		const sent = smtp.mails.slice(before).map((m) => m.to[0]);
		expect(sent).toEqual([known.email]);
		const disabledRows = await handle.db
			.select()
			.from(passwordResets)
			.where(eq(passwordResets.userId, disabled.id));
		expect(disabledRows).toHaveLength(0);
	});

	it('takes about as long for an unknown address as for a known one', async () => {
		const known = await account();
		const time = async (email: string) => {
			const t0 = performance.now();
			await requestPasswordReset(handle.db, { email, ip: ip(), mail: mail() });
			return performance.now() - t0;
		};
		// Warm up, then compare medians of a few runs each.
		await time('warmup@example.org');
		const knownTimes: number[] = [];
		const unknownTimes: number[] = [];
		for (let i = 0; i < 4; i++) {
			knownTimes.push(await time(known.email));
			unknownTimes.push(await time(`unbekannt${i}@example.org`));
		}
		await settleResetMails();
		const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
		// The mail goes out in the background, so a known address costs one insert more, not an SMTP round trip.
		expect(median(knownTimes)).toBeLessThan(median(unknownTimes) + 40);
	});

	it('drops requests beyond 5 per account per hour, silently', async () => {
		const user = await account();
		const now = new Date();
		for (let i = 0; i < RESETS_PER_ACCOUNT_PER_HOUR + 2; i++) {
			const r = await requestPasswordReset(handle.db, {
				email: user.email,
				ip: ip(),
				now,
				mail: mail()
			});
			expect(r).toEqual({ accepted: true });
		}
		await settleResetMails();
		const rows = await handle.db
			.select()
			.from(passwordResets)
			.where(eq(passwordResets.userId, user.id));
		expect(rows).toHaveLength(RESETS_PER_ACCOUNT_PER_HOUR);
		// An hour later the account may ask again.
		await requestPasswordReset(handle.db, {
			email: user.email,
			ip: ip(),
			now: new Date(now.getTime() + 61 * 60 * 1000),
			mail: mail()
		});
		await settleResetMails();
		const after = await handle.db
			.select()
			.from(passwordResets)
			.where(eq(passwordResets.userId, user.id));
		expect(after).toHaveLength(RESETS_PER_ACCOUNT_PER_HOUR + 1);
	});

	it('drops requests beyond 20 per IP address per hour', async () => {
		const now = new Date();
		const address = '203.0.113.99';
		for (let i = 0; i < 20; i++) {
			await requestPasswordReset(handle.db, { email: `x${i}@example.org`, ip: address, now });
		}
		const user = await account();
		await requestPasswordReset(handle.db, { email: user.email, ip: address, now, mail: mail() });
		const rows = await handle.db
			.select()
			.from(passwordResets)
			.where(eq(passwordResets.userId, user.id));
		expect(rows).toHaveLength(0);
	});

	it('rejects a malformed address with a field message', async () => {
		await expect(
			requestPasswordReset(handle.db, { email: 'kein-at-zeichen', ip: ip() })
		).rejects.toMatchObject({ code: 'invalid_input', issues: [{ field: 'email' }] });
	});
});

describe('resetPassword', () => {
	it('sets the new password, ends every session and records it', async () => {
		const user = await account();
		const s1 = await signInWith(user.email, OLD);
		const s2 = await signInWith(user.email, OLD);
		expect(s1.ok && s2.ok).toBe(true);
		const token = await requestLink(user.email);
		expect(await getPasswordResetStatus(handle.db, token)).toEqual({
			status: 'valid',
			email: user.email
		});

		await expect(resetPassword(handle.db, { token, password: NEW })).resolves.toEqual({
			email: user.email
		});

		expect((await signInWith(user.email, OLD)).ok).toBe(false);
		const again = await signInWith(user.email, NEW);
		expect(again.ok).toBe(true);
		const left = await handle.db.select().from(sessions).where(eq(sessions.userId, user.id));
		// Only the session just created by signing in with the new password.
		expect(left).toHaveLength(1);
		const audit = await handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'user.password_reset'), eq(auditLog.entityId, user.id)));
		expect(audit).toHaveLength(1);
		expect(audit[0]!.actorLabel).toBe(user.email);
		expect(JSON.stringify(audit[0])).not.toContain('argon2');
	});

	it('works only once, and uses up the other open links of the account', async () => {
		const user = await account();
		const first = await requestLink(user.email);
		const second = await requestLink(user.email);
		await resetPassword(handle.db, { token: second, password: NEW });
		for (const token of [second, first]) {
			expect((await getPasswordResetStatus(handle.db, token)).status).toBe('used');
			const e = await resetPassword(handle.db, { token, password: `${NEW}-x` }).catch((x) => x);
			expect(e).toBeInstanceOf(AppError);
			expect(e).toMatchObject({ code: 'not_found', issues: [{ field: 'token', message: 'used' }] });
		}
		expect((await signInWith(user.email, NEW)).ok).toBe(true);
	});

	it('expires after one hour', async () => {
		const user = await account();
		const t0 = new Date();
		const token = await requestLink(user.email, t0);
		const justBefore = new Date(t0.getTime() + 59 * 60 * 1000);
		const after = new Date(t0.getTime() + 60 * 60 * 1000 + 1);
		expect((await getPasswordResetStatus(handle.db, token, justBefore)).status).toBe('valid');
		expect((await getPasswordResetStatus(handle.db, token, after)).status).toBe('expired');
		await expect(
			resetPassword(handle.db, { token, password: NEW, now: after })
		).rejects.toMatchObject({ code: 'not_found', issues: [{ message: 'expired' }] });
		expect((await signInWith(user.email, OLD)).ok).toBe(true);
	});

	it('applies the password rules, with the e-mail address as a weak part, and changes nothing', async () => {
		const user = await account();
		const token = await requestLink(user.email);
		for (const password of ['kurz', 'passwort1234', `${user.email}!!`]) {
			await expect(resetPassword(handle.db, { token, password })).rejects.toMatchObject({
				code: 'invalid_input',
				issues: [{ field: 'password' }]
			});
		}
		expect((await getPasswordResetStatus(handle.db, token)).status).toBe('valid');
		expect((await signInWith(user.email, OLD)).ok).toBe(true);
	});

	it('does not let a disabled account reset with a link it got before', async () => {
		const user = await account();
		const token = await requestLink(user.email);
		await handle.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
		expect((await getPasswordResetStatus(handle.db, token)).status).toBe('unknown');
		await expect(resetPassword(handle.db, { token, password: NEW })).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('treats unknown and malformed tokens as invalid', async () => {
		for (const token of ['x', 'A'.repeat(43), '../../etc/passwd']) {
			expect((await getPasswordResetStatus(handle.db, token)).status).toBe('unknown');
			await expect(resetPassword(handle.db, { token, password: NEW })).rejects.toMatchObject({
				code: 'not_found'
			});
		}
	});
});
