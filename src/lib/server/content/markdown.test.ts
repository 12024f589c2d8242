import { describe, expect, it } from 'vitest';
import { Parser } from 'htmlparser2';
import { ALLOWED_TAGS, renderMarkdown, sanitizeContentHtml } from './markdown';

interface Element {
	tag: string;
	attribs: Record<string, string>;
}

/** Every element of an HTML fragment, with its (entity-decoded) attributes. */
function elements(html: string): Element[] {
	const out: Element[] = [];
	const parser = new Parser({ onopentag: (tag, attribs) => out.push({ tag, attribs }) });
	parser.write(html);
	parser.end();
	return out;
}

const ALLOWED_ATTRIBUTES = new Set(['href', 'rel', 'class', 'scope']);

/** A link target a browser would treat as a script, data or other non-web URL. */
function isDangerousHref(href: string): boolean {
	// Browsers ignore ASCII whitespace and control characters inside the scheme.
	// eslint-disable-next-line no-control-regex
	const compact = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
	const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
	if (compact.startsWith('//')) return true;
	return scheme !== undefined && !['http', 'https', 'mailto'].includes(scheme);
}

function expectInert(html: string, payload: string) {
	const els = elements(html);
	for (const el of els) {
		expect(ALLOWED_TAGS, `${el.tag} from ${payload}`).toContain(el.tag);
		for (const [name, value] of Object.entries(el.attribs)) {
			expect(ALLOWED_ATTRIBUTES.has(name), `${name} from ${payload}`).toBe(true);
			if (name === 'href') expect(isDangerousHref(value), `${value} from ${payload}`).toBe(false);
		}
	}
	expect(html).not.toMatch(/<\s*(script|img|svg|iframe|object|embed|style|math|form|input)/i);
}

const XSS_PAYLOADS = [
	'<script>window.__xss=1</script>',
	'<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
	'[x](javascript:window.__xss=1)',
	'[x](JaVaScRiPt:alert(1))',
	'[x](javascript&#58;alert(1))',
	'[x](javascript&#x3A;alert(1))',
	'[x](&#106;avascript:alert(1))',
	'[x](java\tscript:alert(1))',
	'[x](%6A%61%76%61%73%63%72%69%70%74:alert(1))',
	'[x](  javascript:alert(1) )',
	'[x](<javascript:alert(1)>)',
	'[x][ref]\n\n[ref]: javascript:alert(1)',
	'<javascript:alert(1)>',
	'[x](vbscript:msgbox(1))',
	'[x](file:///etc/passwd)',
	'[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'[x](//evil.example/steal)',
	'![x](https://evil.example/pixel.png)',
	'![x](javascript:alert(1))',
	'<img src=x onerror="window.__xss=1">',
	'<svg onload="window.__xss=1"></svg>',
	'<svg><script>alert(1)</script></svg>',
	'<iframe src="javascript:alert(1)"></iframe>',
	'<a href="javascript:alert(1)">x</a>',
	'<a href="#" onclick="alert(1)">x</a>',
	'<p style="background:url(javascript:alert(1))">x</p>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'&lt;script&gt;alert(1)&lt;/script&gt;',
	'&#60;script&#62;alert(1)&#60;/script&#62;',
	'<<script>script>alert(1)<</script>/script>',
	'<!-- --><script>alert(1)</script>',
	'"><script>alert(1)</script>',
	'[x](https://example.org "title\\" onmouseover=\\"alert(1)")',
	'[x](https://example.org) <details open ontoggle=alert(1)>',
	'```html\n<script>alert(1)</script>\n```',
	'`<img src=x onerror=alert(1)>`',
	'| a |\n|---|\n| <img src=x onerror=alert(1)> |',
	'> <script>alert(1)</script>',
	'<form action="javascript:alert(1)"><button>x</button></form>',
	'<object data="data:text/html,<script>alert(1)</script>"></object>'
];

describe('renderMarkdown makes staff-written Markdown inert', () => {
	it.each(XSS_PAYLOADS)('%s', (payload) => {
		const html = renderMarkdown(payload);
		expectInert(html, payload);
	});

	it('keeps the text of a refused javascript: link visible, without a link', () => {
		const html = renderMarkdown('[Klick](javascript:window.__xss=1)');
		expect(html).not.toContain('<a');
		expect(html).toContain('Klick');
	});

	it('shows raw HTML as text instead of interpreting it', () => {
		expect(renderMarkdown('<script>window.__xss=1</script>')).toContain(
			'&lt;script&gt;window.__xss=1&lt;/script&gt;'
		);
	});
});

describe('sanitizeContentHtml, the second layer, on raw HTML', () => {
	it.each(XSS_PAYLOADS)('%s', (payload) => {
		expectInert(sanitizeContentHtml(payload), payload);
	});

	it('drops scripts with their content and strips event handlers', () => {
		expect(sanitizeContentHtml('<p onclick="x()">a<script>b()</script></p>')).toBe(
			'<p class="kern-body">a</p>'
		);
	});

	it('removes a javascript: href but keeps the link text', () => {
		expect(sanitizeContentHtml('<a href="javascript:alert(1)">x</a>')).toBe(
			'<a class="kern-link" rel="noopener">x</a>'
		);
	});
});

describe('renderMarkdown renders the Markdown subset', () => {
	it('renders headings one level below the page title', () => {
		expect(renderMarkdown('# Eins\n\n## Zwei\n\n### Drei\n\n#### Vier\n\n##### Fünf')).toBe(
			[
				'<h2 class="kern-heading-medium">Eins</h2>',
				'<h2 class="kern-heading-medium">Zwei</h2>',
				'<h3 class="kern-heading-small">Drei</h3>',
				'<h4 class="kern-heading-small">Vier</h4>',
				'<h4 class="kern-heading-small">Fünf</h4>',
				''
			].join('\n')
		);
	});

	it('renders paragraphs, emphasis, code and line breaks', () => {
		expect(renderMarkdown('Ein **wichtiger** und *betonter* Satz mit `code`.')).toBe(
			'<p class="kern-body">Ein <strong>wichtiger</strong> und <em>betonter</em> Satz mit <code>code</code>.</p>\n'
		);
		expect(renderMarkdown('Zeile eins  \nZeile zwei')).toBe(
			'<p class="kern-body">Zeile eins<br />\nZeile zwei</p>\n'
		);
	});

	it('renders lists, quotes, rules and code blocks', () => {
		const html = renderMarkdown(
			'- a\n- b\n\n1. eins\n2. zwei\n\n> Zitat\n\n---\n\n```\nx < y\n```'
		);
		expect(html).toContain(
			'<ul class="kern-list kern-list--bullet">\n<li>a</li>\n<li>b</li>\n</ul>'
		);
		expect(html).toContain('<ol class="kern-list kern-list--number">\n<li>eins</li>');
		expect(html).toContain('<blockquote>\n<p class="kern-body">Zitat</p>\n</blockquote>');
		expect(html).toContain('<hr />');
		expect(html).toContain('<pre><code>x &lt; y\n</code></pre>');
	});

	it('renders links to web, mail and relative targets with rel="noopener"', () => {
		expect(renderMarkdown('[Stadt](https://www.salzgitter.de)')).toBe(
			'<p class="kern-body"><a href="https://www.salzgitter.de" class="kern-link" rel="noopener">Stadt</a></p>\n'
		);
		expect(renderMarkdown('[Angebote](/angebote?topic=sprache)')).toContain(
			'<a href="/angebote?topic=sprache" class="kern-link" rel="noopener">Angebote</a>'
		);
		expect(renderMarkdown('[Mail](mailto:bildung@example.org)')).toContain(
			'href="mailto:bildung@example.org"'
		);
		expect(renderMarkdown('Siehe https://example.org/x.')).toContain(
			'<a href="https://example.org/x" class="kern-link" rel="noopener">https://example.org/x</a>.'
		);
	});

	it('renders tables with column headers and without inline styles', () => {
		const html = renderMarkdown('| Tag | Zeit |\n|:---|---:|\n| Mo | 9–12 |');
		expect(html).toContain('<table class="kern-table kern-table--small">');
		expect(html).toContain('<th scope="col" class="kern-table__header">Tag</th>');
		expect(html).toContain('<td class="kern-table__cell">9–12</td>');
		expect(html).not.toContain('style');
	});

	it('keeps typography as typed (typographer off)', () => {
		expect(renderMarkdown('"Zitat" -- (c)')).toBe('<p class="kern-body">"Zitat" -- (c)</p>\n');
	});
});
