/**
 * The editor of one offer: its status (and a pending change of a published
 * offer), the review thread with a reply form, and the actions save, submit,
 * "still current" (re-verify), duplicate and archive (via a confirmation page).
 */
import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { AppError, ErrorCode } from '$lib/server/errors';
import {
	addReviewComment,
	duplicateOffer,
	getOfferWorkspace,
	listReviewComments,
	reverifyOffer,
	saveOffer
} from '$lib/server/offers';
import { formatDate, formatDateTimeRange } from '$lib/components/finder/format';
import { inputToForm } from '../offer-form';
import {
	editorOptions,
	offerIdOf,
	pageError,
	readPostedOfferForm,
	requireActor,
	timeZone,
	useCaseErrors,
	type EditorFormState,
	type Locale
} from '../editor.server';
import type { Actions, PageServerLoad } from './$types';

const NOTICES = ['gespeichert', 'eingereicht', 'bestaetigt', 'dupliziert', 'kommentiert'] as const;
type Notice = (typeof NOTICES)[number];

async function workspace(locals: App.Locals, param: string) {
	const { actor } = requireActor(locals);
	const locale = locals.locale;
	const offerId = offerIdOf(param, locale);
	const { handle } = await getApp();
	try {
		const ws = await getOfferWorkspace(handle.db, { actor, offerId });
		return { actor, locale, offerId, db: handle.db, ws };
	} catch (e) {
		return pageError(e, locale);
	}
}

/** A refusal of a one-click action (conflict, invalid) shown on the page; the rest as error pages. */
function actionRefusal(e: unknown, locale: Locale) {
	if (
		e instanceof AppError &&
		(e.code === ErrorCode.Conflict || e.code === ErrorCode.InvalidInput)
	) {
		return fail(e.status, { actionError: e.message });
	}
	return pageError(e, locale);
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { actor, locale, offerId, db, ws } = await workspace(locals, params.id);
	const comments = await listReviewComments(db, { actor, offerId }).catch((e: unknown) =>
		pageError(e, locale)
	);
	const tz = timeZone();
	const o = ws.offer;
	const notice = NOTICES.find((n) => url.searchParams.has(n)) ?? null;
	return {
		offer: {
			id: o.id,
			title: ws.input.title,
			status: o.status,
			institution: o.institution.name,
			lastVerified: o.lastVerifiedAt ? formatDate(o.lastVerifiedAt, locale, tz) : null,
			publicHref: o.status === 'published' ? localizeHref(`/angebote/${o.slug}`) : null
		},
		change: ws.change ? { state: ws.change.state } : null,
		values: inputToForm(ws.input, { timeZone: tz, locale }),
		options: editorOptions(locale),
		comments: comments.map((c) => ({
			id: c.id,
			authorName: c.authorName,
			kind: c.kind,
			body: c.body,
			fromOffice: c.fromOffice,
			createdAt: c.createdAt,
			date: formatDateTimeRange(c.createdAt, null, locale, tz)
		})),
		notice: notice as Notice | null
	};
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const { actor, locale, offerId, db, ws } = await workspace(locals, params.id);
		const posted = await readPostedOfferForm(request, {
			institutionId: ws.offer.institution.id,
			locale
		});
		if (posted.kind === 'rerender') return { editor: posted.state };
		if (posted.kind === 'invalid') return fail(400, { editor: posted.state });
		try {
			await saveOffer(db, { actor, offerId, input: posted.input, submit: posted.submit, locale });
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
			localizeHref(`/portal/angebote/${offerId}?${posted.submit ? 'eingereicht' : 'gespeichert'}=1`)
		);
	},

	reverify: async ({ locals, params }) => {
		const { actor, locale, offerId, db } = await workspace(locals, params.id);
		try {
			await reverifyOffer(db, { actor, offerId });
		} catch (e) {
			return actionRefusal(e, locale);
		}
		redirect(303, localizeHref(`/portal/angebote/${offerId}?bestaetigt=1`));
	},

	duplicate: async ({ locals, params }) => {
		const { actor, locale, offerId, db } = await workspace(locals, params.id);
		let copy: { id: string };
		try {
			copy = await duplicateOffer(db, { actor, offerId });
		} catch (e) {
			return actionRefusal(e, locale);
		}
		redirect(303, localizeHref(`/portal/angebote/${copy.id}?dupliziert=1`));
	},

	comment: async ({ request, locals, params }) => {
		const { actor, locale, offerId, db } = await workspace(locals, params.id);
		const fd = await request.formData();
		const body = String(fd.get('body') ?? '');
		if (body.trim().length < 3) {
			return fail(400, { comment: { body, error: m.editor_err_comment({}, { locale }) } });
		}
		try {
			await addReviewComment(db, { actor, offerId, body });
		} catch (e) {
			if (e instanceof AppError && e.code === ErrorCode.InvalidInput) {
				return fail(400, { comment: { body, error: e.message } });
			}
			return pageError(e, locale);
		}
		redirect(303, `${localizeHref(`/portal/angebote/${offerId}?kommentiert=1`)}#rueckmeldungen`);
	}
};
