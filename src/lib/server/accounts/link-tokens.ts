/**
 * Tokens in mailed links (password reset, invitation): 32 random bytes,
 * base64url; the database keeps only their SHA-256 (hex), so a leaked table
 * opens no account.
 */
import { createHash, randomBytes } from 'node:crypto';

export const newLinkToken = (): string => randomBytes(32).toString('base64url');

export const hashLinkToken = (token: string): string =>
	createHash('sha256').update(token).digest('hex');

/** Tokens from URLs are checked for shape before any query. */
export const isLinkTokenShape = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);

/** A moment in the city's time zone, for mails: "12. März 2026, 14:05 Uhr". */
export function formatMailDateTime(date: Date, timeZone = 'Europe/Berlin'): string {
	const s = new Intl.DateTimeFormat('de-DE', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone
	}).format(date);
	return `${s} Uhr`;
}
