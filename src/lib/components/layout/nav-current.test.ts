import { describe, expect, it } from 'vitest';
import { markCurrent } from './nav-current';

const paths = [
	{ path: '/portal', label: 'Übersicht' },
	{ path: '/portal/angebote', label: 'Angebote' },
	{ path: '/portal/angebote/neu', label: 'Neues Angebot' }
];
const current = (pathname: string, exact?: string[]) =>
	Object.fromEntries(
		markCurrent(paths, pathname, (p) => `/en${p}`, { exact }).map((i) => [i.label, i.current])
	);

describe('markCurrent', () => {
	it('marks the longest matching path: "page" on itself, "true" below it', () => {
		expect(current('/portal')).toEqual({
			Übersicht: 'page',
			Angebote: undefined,
			'Neues Angebot': undefined
		});
		expect(current('/portal/angebote/')).toMatchObject({ Angebote: 'page', Übersicht: undefined });
		expect(current('/portal/angebote/neu')).toMatchObject({
			Angebote: undefined,
			'Neues Angebot': 'page'
		});
		expect(current('/portal/angebote/123')).toMatchObject({ Angebote: 'true' });
		expect(current('/portal/konto')).toMatchObject({ Übersicht: 'true' });
	});

	it('marks an exact path only on itself, and localizes the links', () => {
		expect(current('/portal/konto', ['/portal'])).toEqual({
			Übersicht: undefined,
			Angebote: undefined,
			'Neues Angebot': undefined
		});
		expect(markCurrent(paths, '/', (p) => `/en${p}`)[1]).toEqual({
			href: '/en/portal/angebote',
			label: 'Angebote',
			current: undefined
		});
	});
});
