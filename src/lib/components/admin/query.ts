/**
 * A link to `base` with the given query parameters; empty values are left
 * out. `action` appends a SvelteKit form-action name (`?…&/bulk`).
 */
export function hrefWith(
	base: string,
	params: Record<string, string | number | null | undefined>,
	action?: string
): string {
	const p = new URLSearchParams();
	for (const [k, v] of Object.entries(params)) {
		if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
	}
	const qs = p.toString();
	if (action) return `${base}?${qs ? `${qs}&` : ''}/${action}`;
	return qs ? `${base}?${qs}` : base;
}
