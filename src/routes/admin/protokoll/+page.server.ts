import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { getApp } from '$lib/server/app';
import { auditFieldDiff, readAuditLog } from '$lib/server/audit';
import { requireStaff } from '$lib/server/http/admin-guard';
import { listInstitutions } from '$lib/server/institutions';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;
const FIELDS = ['action', 'entityType', 'entityId', 'actor', 'institution', 'from', 'to'] as const;
type Field = (typeof FIELDS)[number];

function schema() {
	const text = (max: number) =>
		z
			.string()
			.trim()
			.max(max, { error: () => m.admin_audit_err_text({ max }) });
	const day = z.union([z.literal(''), z.iso.date({ error: () => m.admin_audit_err_date() })]);
	return z
		.object({
			action: text(80),
			entityType: text(40),
			entityId: text(80),
			actor: text(254),
			institution: z.union([
				z.literal(''),
				z.uuid({ error: () => m.admin_audit_err_institution() })
			]),
			from: day,
			to: day
		})
		.refine((v) => !v.from || !v.to || v.from <= v.to, {
			path: ['to'],
			error: () => m.admin_audit_err_order()
		});
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireStaff(locals);
	const values = Object.fromEntries(
		FIELDS.map((f) => [f, (url.searchParams.get(f) ?? '').slice(0, 300)])
	) as Record<Field, string>;
	const pageParam = Number(url.searchParams.get('page') ?? '1');
	const page = Number.isInteger(pageParam) && pageParam >= 1 && pageParam <= 10_000 ? pageParam : 1;
	const { handle } = await getApp();
	const institutions = (await listInstitutions(handle.db, { pageSize: 1000 })).items.map((i) => ({
		id: i.id,
		name: i.name
	}));
	const names = new Map(institutions.map((i) => [i.id, i.name]));

	const parsed = schema().safeParse(values);
	if (!parsed.success) {
		const errors: Partial<Record<Field, string>> = {};
		for (const issue of parsed.error.issues) {
			const field = issue.path[0] as Field;
			errors[field] ??= issue.message;
		}
		return { values, errors, institutions, total: 0, page: 1, pageSize: PAGE_SIZE, entries: [] };
	}
	const f = parsed.data;
	const result = await readAuditLog(handle.db, {
		actor,
		filter: {
			action: f.action || undefined,
			entityType: f.entityType || undefined,
			entityId: f.entityId || undefined,
			actor: f.actor || undefined,
			institutionId: f.institution || undefined,
			from: f.from || undefined,
			to: f.to || undefined,
			page,
			pageSize: PAGE_SIZE
		}
	});
	return {
		values,
		errors: {} as Partial<Record<Field, string>>,
		institutions,
		total: result.total,
		page: result.page,
		pageSize: result.pageSize,
		entries: result.items.map((e) => ({
			id: e.id,
			at: e.at.toISOString(),
			actorLabel: e.actorLabel,
			action: e.action,
			entityType: e.entityType,
			entityId: e.entityId,
			institution: e.institutionId
				? { id: e.institutionId, name: names.get(e.institutionId) ?? e.institutionId }
				: null,
			changes: auditFieldDiff(e.before, e.after)
		}))
	};
};
