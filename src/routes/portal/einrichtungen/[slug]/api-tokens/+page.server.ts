import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import {
	canManageInstitution,
	createApiToken,
	listApiTokens,
	revokeApiToken,
	type Actor
} from '$lib/server/accounts';
import { getInstitutionBySlug } from '$lib/server/institutions';
import { failFromAppError, requireUser } from '$lib/server/portal/guard';
import { publicBaseUrl } from '$lib/server/urls';
import type { Actions, PageServerLoad } from './$types';

/** The institution, for its managers and staff only (404 unknown, 403 everyone else). */
async function managedInstitution(actor: Actor, slug: string) {
	const { handle } = await getApp();
	const institution = await getInstitutionBySlug(handle.db, slug);
	if (!institution) error(404, m.portal_institution_not_found());
	if (!canManageInstitution(actor, institution.id)) error(403, m.portal_forbidden_manage());
	return { db: handle.db, institution };
}

const pageHref = (slug: string) => localizeHref(`/portal/einrichtungen/${slug}/api-tokens`);

export const load: PageServerLoad = async ({ params, locals, url, setHeaders }) => {
	const { actor } = requireUser(locals);
	const { db, institution } = await managedInstitution(actor, params.slug);
	// The page right after "create" carries the token: never keep it in a cache.
	setHeaders({ 'cache-control': 'no-store' });
	const tokens = await listApiTokens(db, { actor, institutionId: institution.id });
	const confirmId = url.searchParams.get('widerrufen');
	const confirm = tokens.find((t) => t.id === confirmId && !t.revokedAt) ?? null;
	return {
		institution: { slug: institution.slug, name: institution.name },
		tokens: tokens.map((t) => ({
			id: t.id,
			name: t.name,
			prefix: t.prefix,
			createdAt: t.createdAt,
			lastUsedAt: t.lastUsedAt,
			revokedAt: t.revokedAt
		})),
		confirm: confirm ? { id: confirm.id, name: confirm.name, prefix: confirm.prefix } : null,
		revoked: url.searchParams.get('revoked') === '1',
		apiBase: publicBaseUrl()
	};
};

export const actions: Actions = {
	/** Creates a token and returns it in this one response; it is never stored in plain text. */
	create: async ({ request, locals, params }) => {
		const { actor } = requireUser(locals);
		const { db, institution } = await managedInstitution(actor, params.slug);
		const form = await request.formData();
		const name = String(form.get('name') ?? '').slice(0, 500);
		try {
			const { token, info } = await createApiToken(db, {
				actor,
				input: { institutionId: institution.id, name }
			});
			return { created: { token, name: info.name, prefix: info.prefix } };
		} catch (e) {
			return failFromAppError(e, { name });
		}
	},
	/** Revokes after the confirmation step (GET ?widerrufen=<id> shows it). */
	revoke: async ({ request, locals, params }) => {
		const { actor } = requireUser(locals);
		const { db, institution } = await managedInstitution(actor, params.slug);
		const tokenId = z.uuid().safeParse((await request.formData()).get('tokenId'));
		if (!tokenId.success) error(404, m.portal_tokens_not_found());
		const tokens = await listApiTokens(db, { actor, institutionId: institution.id });
		if (!tokens.some((t) => t.id === tokenId.data)) error(404, m.portal_tokens_not_found());
		try {
			await revokeApiToken(db, { actor, tokenId: tokenId.data });
		} catch (e) {
			return failFromAppError(e, {});
		}
		redirect(303, `${pageHref(institution.slug)}?revoked=1`);
	}
};
