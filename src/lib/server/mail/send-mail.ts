/**
 * Sends a mail over SMTP_URL with nodemailer; without SMTP_URL the mail is kept
 * in the `outbox` table and logged (development, demos). A failed SMTP delivery
 * is also kept in the outbox, with its error, before the error is raised.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../db/client';
import { outbox } from '../db/schema';
import { env } from '../env';
import { AppError, ErrorCode } from '../errors';
import { logger } from '../logger';
import type { MailContent } from './compose-mail';

export interface SendMailInput extends MailContent {
	to: string;
}

export interface MailTransportOptions {
	/** Defaults to SMTP_URL; tests pass their local server here. */
	smtpUrl?: string;
	from?: string;
}

const transports = new Map<string, Transporter>();
function transportFor(url: string): Transporter {
	let t = transports.get(url);
	if (!t) {
		t = nodemailer.createTransport(url);
		transports.set(url, t);
	}
	return t;
}

export async function sendMail(
	db: Db,
	{ input, options = {} }: { input: SendMailInput; options?: MailTransportOptions }
): Promise<{ via: 'smtp' | 'outbox'; messageId?: string }> {
	const smtpUrl = options.smtpUrl ?? env.SMTP_URL;
	const from = options.from ?? env.MAIL_FROM;
	if (!smtpUrl) {
		await db.insert(outbox).values({ ...input });
		logger.info({ to: input.to, subject: input.subject }, 'mail stored in outbox (no SMTP_URL)');
		return { via: 'outbox' };
	}
	try {
		const info = await transportFor(smtpUrl).sendMail({ from, ...input });
		logger.info({ to: input.to, subject: input.subject }, 'mail sent');
		return { via: 'smtp', messageId: info.messageId };
	} catch (e) {
		const error = e instanceof Error ? e.message : String(e);
		await db.insert(outbox).values({ ...input, error });
		logger.error({ to: input.to, subject: input.subject, err: e }, 'mail delivery failed');
		throw new AppError(ErrorCode.Unavailable, 'Die E-Mail konnte nicht versendet werden.');
	}
}
