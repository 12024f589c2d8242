/**
 * Which link of a navigation is the current one: the longest item path that is
 * the current page or one of its parents gets aria-current — "page" on the
 * page itself, "true" on pages below it. Paths in `exact` count only on
 * themselves (an overview page is not the parent of every other page).
 */
export interface NavPath {
	path: string;
	label: string;
}

export interface NavItem {
	href: string;
	label: string;
	current: 'page' | 'true' | undefined;
}

export function markCurrent(
	items: NavPath[],
	pathname: string,
	localize: (path: string) => string,
	{ exact = [] }: { exact?: string[] } = {}
): NavItem[] {
	const current = pathname.replace(/\/+$/, '') || '/';
	const best = items
		.map((i) => i.path)
		.filter((p) => current === p || (!exact.includes(p) && current.startsWith(p + '/')))
		.sort((a, b) => b.length - a.length)[0];
	return items.map((i) => ({
		href: localize(i.path),
		label: i.label,
		current: i.path !== best ? undefined : current === i.path ? 'page' : 'true'
	}));
}
