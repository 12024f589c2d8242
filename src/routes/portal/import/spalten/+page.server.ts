import { IMPORT_COLUMNS, allowedValues, MAX_ROWS } from '$lib/server/import';
import { requireActor } from '../route-helpers.server';
import type { PageServerLoad } from './$types';

/** The column documentation, generated from the same table as the templates and messages. */
export const load: PageServerLoad = ({ locals }) => {
	requireActor(locals);
	const locale = locals.locale;
	return {
		maxRows: MAX_ROWS,
		columns: IMPORT_COLUMNS.map((c) => ({
			header: c.header,
			required: c.required,
			format: c.format(locale),
			description: c.description(locale),
			example: c.examples[0] || c.examples[1]
		})),
		values: allowedValues(locale)
	};
};
