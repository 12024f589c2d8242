/**
 * Bearer-token authentication of the write API. Only institution API tokens
 * (`Authorization: Bearer bl_…`) are accepted: a signed-in browser session
 * does not authorize API writes, so cookies can never be used for a
 * cross-site write.
 */
import { m } from '$lib/paraglide/messages';
import { authenticateApiToken, type TokenActor } from '../accounts';
import type { Db } from '../db/client';
import type { ApiLocale } from './locale';
import { ApiProblemError } from './problem';

export const API_REALM = 'Bildungslandschaft';

/** The token of an `Authorization: Bearer …` header; '' for another scheme or no value, null without header. */
export function bearerToken(headers: Headers): string | null {
	const header = headers.get('authorization');
	if (header === null) return null;
	const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header.trim());
	return match ? match[1]! : '';
}

/** Whether the request carries any Authorization header (answers then depend on it). */
export const hasAuthorization = (headers: Headers) => headers.has('authorization');

/**
 * The token actor of the request, or a 401 problem with a WWW-Authenticate
 * challenge (RFC 6750: `error="invalid_token"` when a token was sent but is
 * unknown or revoked). A successful check records the token's last use.
 */
export async function requireApiToken(
	db: Db,
	headers: Headers,
	locale: ApiLocale
): Promise<TokenActor> {
	const token = bearerToken(headers);
	if (!token) {
		throw new ApiProblemError('unauthenticated', m.api_detail_token_missing({}, { locale }), {
			headers: { 'www-authenticate': `Bearer realm="${API_REALM}"` }
		});
	}
	const actor = await authenticateApiToken(db, token);
	if (!actor) {
		throw new ApiProblemError('unauthenticated', m.api_detail_token_invalid({}, { locale }), {
			headers: { 'www-authenticate': `Bearer realm="${API_REALM}", error="invalid_token"` }
		});
	}
	return actor;
}
