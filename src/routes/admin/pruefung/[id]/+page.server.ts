import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { AppError, ErrorCode } from '$lib/server/errors';
import { errorPage, requireStaff } from '$lib/server/http/admin-guard';
import { approveOffer, getReviewItem, rejectOffer, requestChanges } from '$lib/server/offers';
import type { Actions, PageServerLoad } from './$types';

const offerId = (raw: string): string => {
	const parsed = z.uuid().safeParse(raw);
	if (!parsed.success) error(404, m.admin_not_found());
	return parsed.data;
};

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireStaff(locals);
	const id = offerId(params.id);
	const { handle } = await getApp();
	try {
		const item = await getReviewItem(handle.db, { actor, offerId: id, locale: locals.locale });
		return { item, onlyChanges: url.searchParams.get('changes') === 'only' };
	} catch (e) {
		errorPage(e, m.admin_not_found());
	}
};

type Decision = 'approve' | 'changes' | 'reject';

/** The comment: optional for approval, at least 3 characters otherwise, at most 5000. */
function readComment(form: FormData, decision: Decision) {
	const comment = String(form.get('comment') ?? '').trim();
	if (comment.length > 5000) return { comment, error: m.admin_review_comment_too_long() };
	if (decision !== 'approve' && comment.length < 3) {
		return { comment, error: m.admin_review_comment_required() };
	}
	return { comment, error: null };
}

const done = (kind: 'approved' | 'changes' | 'rejected', id: string) =>
	redirect(303, `${localizeHref('/admin/pruefung')}?done=${kind}&offer=${id}`);

/** Expected failures of a decision become a message on the page; nothing was changed. */
function failed(e: unknown, decision: Decision, comment: string) {
	if (!(e instanceof AppError)) throw e;
	if (e.code === ErrorCode.NotFound) error(404, m.admin_not_found());
	if (e.code === ErrorCode.Forbidden) error(403, e.message);
	const detail = e.issues.length ? ` (${e.issues.map((i) => i.field).join(', ')})` : '';
	return fail(e.code === ErrorCode.Conflict ? 409 : 400, {
		decision,
		comment,
		message: m.admin_review_failed({ message: e.message + detail })
	});
}

async function decide(locals: App.Locals, request: Request, rawId: string, decision: Decision) {
	const actor = requireStaff(locals);
	const id = offerId(rawId);
	const form = await request.formData();
	const { comment, error: commentError } = readComment(form, decision);
	if (commentError) return fail(400, { decision, comment, commentError });
	const { handle } = await getApp();
	if (decision === 'reject' && form.get('confirm') !== '1') {
		return { decision, comment, confirmReject: true };
	}
	try {
		if (decision === 'approve') {
			await approveOffer(handle.db, { actor, offerId: id, comment: comment || undefined });
		} else if (decision === 'changes') {
			await requestChanges(handle.db, { actor, offerId: id, comment });
		} else {
			await rejectOffer(handle.db, { actor, offerId: id, comment });
		}
	} catch (e) {
		return failed(e, decision, comment);
	}
	done(decision === 'approve' ? 'approved' : decision === 'changes' ? 'changes' : 'rejected', id);
}

export const actions: Actions = {
	approve: ({ locals, request, params }) => decide(locals, request, params.id, 'approve'),
	changes: ({ locals, request, params }) => decide(locals, request, params.id, 'changes'),
	reject: ({ locals, request, params }) => decide(locals, request, params.id, 'reject')
};
