/** The import template as Excel workbook with the sheets "Erläuterung" and "Werte". */
import { templateXlsx } from '$lib/server/import';
import { requireActor } from '../route-helpers.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	requireActor(locals);
	return new Response((await templateXlsx(locals.locale)) as BodyInit, {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': 'attachment; filename="angebote-vorlage.xlsx"',
			'cache-control': 'private, max-age=300'
		}
	});
};
