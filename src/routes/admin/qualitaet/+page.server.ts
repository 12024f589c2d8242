import { z } from 'zod';
import { getApp } from '$lib/server/app';
import { cityConfig } from '$lib/server/config/city';
import { requireStaff } from '$lib/server/http/admin-guard';
import { MISSING_CHECKS, QUALITY_SECTIONS, qualityReport } from '$lib/server/quality';
import type { PageServerLoad } from './$types';

/** Rows per section by default, and at most when a section is shown in full. */
const CAPPED = 20;
const ALL = 1000;

const ZQuery = z.object({
	all: z.enum(QUALITY_SECTIONS).optional().catch(undefined),
	missing: z.enum(MISSING_CHECKS).optional().catch(undefined)
});

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireStaff(locals);
	const query = ZQuery.parse(Object.fromEntries(url.searchParams));
	const { handle } = await getApp();
	const limits = Object.fromEntries(
		QUALITY_SECTIONS.map((s) => [s, s === query.all ? ALL : CAPPED])
	);
	const report = await qualityReport(handle.db, {
		actor,
		now: new Date(),
		limits,
		missingCheck: query.missing
	});
	return {
		report,
		all: query.all ?? null,
		missingCheck: query.missing ?? null,
		districts: Object.fromEntries(cityConfig().districts.map((d) => [d.slug, d.name]))
	};
};
