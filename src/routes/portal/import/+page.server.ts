import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { isAppError } from '$lib/server/errors';
import {
	listImportInstitutions,
	listRecentImports,
	MAX_FILE_BYTES,
	previewImport
} from '$lib/server/import';
import { requireActor } from './route-helpers.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = requireActor(locals);
	const { handle } = await getApp();
	const [institutions, recent] = await Promise.all([
		listImportInstitutions(handle.db, actor),
		listRecentImports(handle.db, { actor, limit: 10 })
	]);
	return {
		institutions,
		recent: recent.map((j) => ({
			id: j.id,
			fileName: j.fileName,
			institutionName: j.institutionName,
			status: j.status,
			totalRows: j.totalRows,
			created: j.created,
			updated: j.updated,
			createdAt: j.createdAt.toISOString()
		}))
	};
};

type FieldErrors = Partial<Record<'institution' | 'file', string>>;

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const institutionId = String(form.get('institution') ?? '');
		const submit = form.get('submit') === 'on';
		const file = form.get('file');
		const errors: FieldErrors = {};
		if (!z.uuid().safeParse(institutionId).success) {
			errors.institution = m.import_form_institution_missing();
		}
		if (!(file instanceof File) || file.size === 0 || file.name === '') {
			errors.file = m.import_form_file_missing();
		} else if (file.size > MAX_FILE_BYTES) {
			errors.file = m.import_err_file_too_large({ max: 10 });
		}
		if (errors.institution || errors.file) {
			return fail(400, { institutionId, submit, errors });
		}
		const upload = file as File;
		const { handle } = await getApp();
		let jobId: string;
		try {
			const job = await previewImport(handle.db, {
				actor,
				institutionId,
				fileName: upload.name,
				bytes: new Uint8Array(await upload.arrayBuffer()),
				submit,
				locale: locals.locale
			});
			jobId = job.id;
		} catch (e) {
			if (isAppError(e)) {
				const field: keyof FieldErrors =
					e.code === 'forbidden' || e.code === 'not_found' ? 'institution' : 'file';
				return fail(e.code === 'forbidden' ? 403 : 400, {
					institutionId,
					submit,
					errors: { [field]: e.message } as FieldErrors
				});
			}
			throw e;
		}
		redirect(303, localizeHref(`/portal/import/${jobId}`));
	}
};
