/** The import template as CSV (UTF-8 with BOM, ";"), generated from the column table. */
import { templateCsv } from '$lib/server/import';
import { requireActor } from '../route-helpers.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals }) => {
	requireActor(locals);
	return new Response(templateCsv() as BodyInit, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="angebote-vorlage.csv"',
			'cache-control': 'private, max-age=300'
		}
	});
};
