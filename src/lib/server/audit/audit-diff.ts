/**
 * A readable before/after of one audit entry: the top-level fields that
 * differ, each value as pretty-printed JSON. Pure; the page escapes the text.
 */

export interface AuditFieldChange {
	/** Top-level key; '' when before or after is not an object. */
	field: string;
	/** Pretty JSON, or null when the field is absent on that side. */
	before: string | null;
	after: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON with sorted object keys, so equal values compare equal. */
function canonical(v: unknown): string {
	return JSON.stringify(v, (_k, value: unknown) =>
		isRecord(value)
			? Object.fromEntries(
					Object.keys(value)
						.sort()
						.map((k) => [k, value[k]])
				)
			: value
	);
}

const pretty = (v: unknown): string => JSON.stringify(v, null, 2) ?? 'null';

/** The changed fields between `before` and `after` (null/absent sides allowed). */
export function auditFieldDiff(before: unknown, after: unknown): AuditFieldChange[] {
	const b = before ?? null;
	const a = after ?? null;
	if ((b === null || isRecord(b)) && (a === null || isRecord(a))) {
		const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
		return keys
			.filter((k) => {
				const inB = b !== null && k in b;
				const inA = a !== null && k in a;
				return inB !== inA || canonical(b?.[k]) !== canonical(a?.[k]);
			})
			.map((k) => ({
				field: k,
				before: b !== null && k in b ? pretty(b[k]) : null,
				after: a !== null && k in a ? pretty(a[k]) : null
			}));
	}
	if (canonical(b) === canonical(a)) return [];
	return [
		{ field: '', before: b === null ? null : pretty(b), after: a === null ? null : pretty(a) }
	];
}
