/** Progress of an import as JSON, polled by the import page while it runs. */
import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { getApp } from '$lib/server/app';
import { userActor } from '$lib/server/accounts';
import { getImportJob } from '$lib/server/import';
import { rethrowAsHttp } from '../../route-helpers.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	if (!locals.user) error(401, m.import_status_signed_out());
	if (!z.uuid().safeParse(params.id).success) error(404, m.import_not_found());
	const { handle } = await getApp();
	const job = await getImportJob(handle.db, {
		actor: userActor(locals.user),
		jobId: params.id
	}).catch(rethrowAsHttp);
	return json(
		{
			status: job.status,
			total: job.validRows,
			processed: job.processed,
			created: job.created,
			updated: job.updated,
			failed: job.failed
		},
		{ headers: { 'cache-control': 'no-store' } }
	);
};
