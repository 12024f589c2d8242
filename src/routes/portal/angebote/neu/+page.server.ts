/**
 * A new offer: pick the institution (members pick among theirs, staff among
 * all; `?institution=slug` preselects), fill in the form, save as draft or
 * submit for review → the editor of the new offer.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { isStaff, type Actor, type SessionUser } from '$lib/server/accounts';
import type { Db } from '$lib/server/db/client';
import { listInstitutions } from '$lib/server/institutions';
import { createOffer } from '$lib/server/offers';
import type { Option } from '$lib/components/offer-editor/fields';
import { emptyFormValues } from '../offer-form';
import {
	editorOptions,
	readPostedOfferForm,
	requireActor,
	useCaseErrors,
	type EditorFormState
} from '../editor.server';
import type { Actions, PageServerLoad } from './$types';

interface Choice extends Option {
	slug: string;
}

/** The institutions the user may create offers for. */
async function choosableInstitutions(db: Db, user: SessionUser, actor: Actor): Promise<Choice[]> {
	if (isStaff(actor)) {
		const { items } = await listInstitutions(db, { pageSize: 100_000 });
		return items.map((i) => ({ value: i.id, label: i.name, slug: i.slug }));
	}
	return user.memberships
		.map((ms) => ({ value: ms.institutionId, label: ms.institutionName, slug: ms.institutionSlug }))
		.sort((a, b) => a.label.localeCompare(b.label, 'de'));
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user, actor } = requireActor(locals);
	const locale = locals.locale;
	const { handle } = await getApp();
	const institutions = await choosableInstitutions(handle.db, user, actor);
	if (institutions.length === 0) error(403, m.editor_no_membership({}, { locale }));
	let selected = institutions.length === 1 ? institutions[0]!.value : '';
	const wanted = url.searchParams.get('institution');
	if (wanted) {
		const hit = institutions.find((i) => i.slug === wanted);
		if (!hit) error(403, m.editor_forbidden_institution({}, { locale }));
		selected = hit.value;
	}
	return {
		institutions: institutions.map(({ value, label }) => ({ value, label })),
		values: emptyFormValues(selected),
		options: editorOptions(locale)
	};
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const { actor } = requireActor(locals);
		const locale = locals.locale;
		const posted = await readPostedOfferForm(request, { locale });
		if (posted.kind === 'rerender') return { editor: posted.state };
		if (posted.kind === 'invalid') return fail(400, { editor: posted.state });

		const { handle } = await getApp();
		let created: { id: string };
		try {
			created = await createOffer(handle.db, {
				actor,
				input: posted.input,
				submit: posted.submit,
				locale
			});
		} catch (e) {
			const state: EditorFormState = {
				values: posted.values,
				errors: useCaseErrors(e, posted.context, locale),
				focus: ''
			};
			return fail(400, { editor: state });
		}
		redirect(
			303,
			localizeHref(
				`/portal/angebote/${created.id}?${posted.submit ? 'eingereicht' : 'gespeichert'}=1`
			)
		);
	}
};
