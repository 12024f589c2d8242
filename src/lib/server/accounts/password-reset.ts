/**
 * Password reset by mailed link: single use, valid for one hour. Requesting a
 * link answers the same whether or not the account exists, does the same
 * database work in both cases and sends the mail in the background, so neither
 * the answer nor its timing tells which addresses have accounts.
 *
 * Limits (beyond them requests are dropped silently): 5 links per account and
 * 20 requests per IP address within an hour.
 */
import { and, count, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loginAttempts, passwordResets, sessions, users } from '../db/schema';
import { recordAudit } from '../audit';
import { AppError, ErrorCode } from '../errors';
import { logger } from '../logger';
import { composeMail, sendMail, type MailTransportOptions } from '../mail';
import { cityConfig } from '../config/city';
import { publicBaseUrl } from '../urls';
import { findUserByEmail, loadSessionUser } from './accounts.queries';
import { ZEmail, userActor } from './accounts.schemas';
import { hashPassword } from './hash-password';
import { formatMailDateTime, hashLinkToken, isLinkTokenShape, newLinkToken } from './link-tokens';
import { checkPassword } from './password-policy';

export const RESET_VALID_MS = 60 * 60 * 1000;
export const RESETS_PER_ACCOUNT_PER_HOUR = 5;
export const RESET_REQUESTS_PER_IP_PER_HOUR = 20;
const HOUR_MS = 60 * 60 * 1000;
/** Stands in for a user id when the address has no account, so both paths query alike. */
const NO_USER = '00000000-0000-0000-0000-000000000000';

export const resetPath = (token: string) => `/passwort-neu/${token}`;

/** Deliveries still running; tests and scripts can wait for them. */
const pending = new Set<Promise<unknown>>();
export async function settleResetMails(): Promise<void> {
	await Promise.allSettled([...pending]);
}

/** Counts a request of this IP address; false when it is over the hourly limit. */
async function allowIp(db: Db, ip: string, now: Date): Promise<boolean> {
	const key = `reset-ip:${ip.slice(0, 100)}`;
	return db.transaction(async (tx) => {
		await tx
			.insert(loginAttempts)
			.values({ key, count: 0, windowStart: now })
			.onConflictDoNothing();
		const [row] = await tx
			.select()
			.from(loginAttempts)
			.where(eq(loginAttempts.key, key))
			.for('update');
		const fresh = now.getTime() - row!.windowStart.getTime() > HOUR_MS;
		const windowStart = fresh ? now : row!.windowStart;
		const n = fresh ? 1 : row!.count + 1;
		// The lock keeps the counter from being pruned before the hour is over.
		const lockedUntil =
			n >= RESET_REQUESTS_PER_IP_PER_HOUR ? new Date(windowStart.getTime() + HOUR_MS) : null;
		await tx
			.update(loginAttempts)
			.set({ count: n, windowStart, lockedUntil })
			.where(eq(loginAttempts.key, key));
		return n <= RESET_REQUESTS_PER_IP_PER_HOUR;
	});
}

/**
 * Starts a password reset for the address, if it belongs to an active account
 * and no limit is reached. Always resolves to the same answer.
 */
export async function requestPasswordReset(
	db: Db,
	{
		email,
		ip,
		now = new Date(),
		mail
	}: { email: string; ip: string; now?: Date; mail?: MailTransportOptions }
): Promise<{ accepted: true }> {
	const parsed = ZEmail.safeParse(email);
	if (!parsed.success) {
		throw new AppError(ErrorCode.InvalidInput, 'Bitte geben Sie eine gültige E-Mail-Adresse ein.', [
			{ field: 'email', message: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.' }
		]);
	}
	const ipAllowed = await allowIp(db, ip, now);
	const user = await findUserByEmail(db, parsed.data);
	const active = user && !user.disabledAt ? user : undefined;
	const [recent] = await db
		.select({ n: count() })
		.from(passwordResets)
		.where(
			and(
				eq(passwordResets.userId, active?.id ?? NO_USER),
				gt(passwordResets.createdAt, new Date(now.getTime() - HOUR_MS))
			)
		);
	const token = newLinkToken();
	const id = hashLinkToken(token);
	const expiresAt = new Date(now.getTime() + RESET_VALID_MS);
	if (!active || !ipAllowed || (recent?.n ?? 0) >= RESETS_PER_ACCOUNT_PER_HOUR) {
		if (active) logger.warn({ userId: active.id }, 'password reset dropped: limit reached');
		return { accepted: true };
	}
	await db.insert(passwordResets).values({ id, userId: active.id, createdAt: now, expiresAt });

	const { city } = cityConfig();
	const content = composeMail({
		subject: 'Neues Passwort festlegen',
		paragraphs: [
			`Für Ihr Konto (${active.email}) in der Bildungslandschaft ${city.name} wurde ein neues Passwort angefordert.`,
			`Über diesen Link legen Sie ein neues Passwort fest: ${publicBaseUrl()}${resetPath(token)}`,
			`Der Link gilt bis ${formatMailDateTime(expiresAt, city.timezone)} und nur einmal.`,
			'Wenn Sie kein neues Passwort angefordert haben, können Sie diese E-Mail ignorieren – Ihr bisheriges Passwort bleibt gültig.'
		]
	});
	const delivery = sendMail(db, { input: { to: active.email, ...content }, options: mail })
		.catch((err: unknown) => logger.error({ err }, 'password reset mail failed'))
		.finally(() => pending.delete(delivery));
	pending.add(delivery);
	return { accepted: true };
}

export type ResetLinkStatus = 'valid' | 'expired' | 'used' | 'unknown';

async function findReset(db: Db, token: string) {
	if (!isLinkTokenShape(token)) return undefined;
	const [row] = await db
		.select({
			id: passwordResets.id,
			userId: passwordResets.userId,
			expiresAt: passwordResets.expiresAt,
			usedAt: passwordResets.usedAt,
			email: users.email,
			displayName: users.displayName,
			disabledAt: users.disabledAt
		})
		.from(passwordResets)
		.innerJoin(users, eq(users.id, passwordResets.userId))
		.where(eq(passwordResets.id, hashLinkToken(token)));
	return row;
}

const statusOf = (row: Awaited<ReturnType<typeof findReset>>, now: Date): ResetLinkStatus => {
	if (!row || row.disabledAt) return 'unknown';
	if (row.usedAt) return 'used';
	if (row.expiresAt.getTime() <= now.getTime()) return 'expired';
	return 'valid';
};

/** Whether a reset link can still be used (for the page that opens it). */
export async function getPasswordResetStatus(
	db: Db,
	token: string,
	now: Date = new Date()
): Promise<{ status: ResetLinkStatus; email?: string }> {
	const row = await findReset(db, token);
	const status = statusOf(row, now);
	return status === 'valid' ? { status, email: row!.email } : { status };
}

const LINK_MESSAGES: Record<Exclude<ResetLinkStatus, 'valid'>, string> = {
	unknown: 'Dieser Link ist ungültig. Bitte fordern Sie einen neuen an.',
	used: 'Dieser Link wurde bereits verwendet. Bitte fordern Sie einen neuen an.',
	expired: 'Dieser Link ist abgelaufen (er gilt eine Stunde). Bitte fordern Sie einen neuen an.'
};

/**
 * Sets a new password with a reset link: checks the link and the password
 * rules, stores the argon2id hash, uses up this and every other open link of
 * the account, and ends all its sessions. Link problems throw `not_found`
 * (status in `issues[0].message`), password problems `invalid_input`.
 */
export async function resetPassword(
	db: Db,
	{ token, password, now = new Date() }: { token: string; password: string; now?: Date }
): Promise<{ email: string }> {
	const row = await findReset(db, token);
	const status = statusOf(row, now);
	if (status !== 'valid') {
		throw new AppError(ErrorCode.NotFound, LINK_MESSAGES[status], [
			{ field: 'token', message: status }
		]);
	}
	const reset = row!;
	const check = checkPassword(password, [reset.email, reset.displayName]);
	if (!check.ok) {
		throw new AppError(ErrorCode.InvalidInput, check.message, [
			{ field: 'password', message: check.message }
		]);
	}
	const passwordHash = await hashPassword(password);
	const user = await loadSessionUser(db, reset.userId);
	if (!user) throw new AppError(ErrorCode.NotFound, LINK_MESSAGES.unknown);

	await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		// Claims the link; a second request with the same link finds it used and stops here.
		const claimed = await tx
			.update(passwordResets)
			.set({ usedAt: now })
			.where(and(eq(passwordResets.id, reset.id), isNull(passwordResets.usedAt)))
			.returning({ id: passwordResets.id });
		if (claimed.length === 0) {
			throw new AppError(ErrorCode.NotFound, LINK_MESSAGES.used, [
				{ field: 'token', message: 'used' }
			]);
		}
		await tx
			.update(passwordResets)
			.set({ usedAt: now })
			.where(
				and(
					eq(passwordResets.userId, reset.userId),
					ne(passwordResets.id, reset.id),
					isNull(passwordResets.usedAt)
				)
			);
		await tx.update(users).set({ passwordHash }).where(eq(users.id, reset.userId));
		const ended = await tx
			.delete(sessions)
			.where(eq(sessions.userId, reset.userId))
			.returning({ id: sessions.id });
		await recordAudit(tx, {
			actor: userActor(user),
			action: 'user.password_reset',
			entityType: 'user',
			entityId: reset.userId,
			before: null,
			after: { via: 'link', sessionsEnded: ended.length }
		});
	});
	return { email: reset.email };
}
