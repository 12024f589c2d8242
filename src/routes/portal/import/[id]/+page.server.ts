import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { isAppError } from '$lib/server/errors';
import { termLabel } from '$lib/server/config/taxonomies';
import { getImportJob, listImportErrors, listValidSample, startImport } from '$lib/server/import';
import { requireActor, rethrowAsHttp } from '../route-helpers.server';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 50;
const ZPage = z.coerce.number().int().min(1).max(100_000).catch(1);

function jobIdOf(params: { id: string }): string {
	if (!z.uuid().safeParse(params.id).success) error(404, m.import_not_found());
	return params.id;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals);
	const jobId = jobIdOf(params);
	const page = ZPage.parse(url.searchParams.get('seite') ?? 1);
	const { handle } = await getApp();
	const job = await getImportJob(handle.db, { actor, jobId }).catch(rethrowAsHttp);
	const [errors, runErrors, sample] = await Promise.all([
		listImportErrors(handle.db, { actor, jobId, page, pageSize: PAGE_SIZE }),
		job.status === 'preview'
			? null
			: listImportErrors(handle.db, { actor, jobId, phase: 'run', pageSize: 200 }),
		job.status === 'preview' ? listValidSample(handle.db, { actor, jobId, limit: 10 }) : []
	]);
	const locale = locals.locale;
	return {
		job: {
			...job,
			createdAt: job.createdAt.toISOString(),
			startedAt: job.startedAt?.toISOString() ?? null,
			finishedAt: job.finishedAt?.toISOString() ?? null
		},
		errors,
		runErrors,
		sample: sample.map(({ row, input }) => ({
			row,
			externalId: input.externalId,
			title: input.title,
			format: termLabel('formats', input.format, locale),
			schedule: input.schedule.type,
			dates: input.schedule.dates.length
		}))
	};
};

export const actions: Actions = {
	start: async ({ locals, params }) => {
		const actor = requireActor(locals);
		const jobId = jobIdOf(params);
		const { handle } = await getApp();
		try {
			// Runs in the background; the page shows the progress.
			await startImport(handle.db, { actor, jobId });
		} catch (e) {
			if (isAppError(e) && e.code === 'conflict') return fail(409, { message: e.message });
			rethrowAsHttp(e);
		}
		redirect(303, localizeHref(`/portal/import/${jobId}`));
	}
};
