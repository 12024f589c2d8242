/**
 * Markdown written by staff (content pages) → HTML that is safe to insert with
 * `{@html}`. Two layers: markdown-it escapes raw HTML (html: false) and refuses
 * javascript:/vbscript:/file:/data: links; sanitize-html then keeps only an
 * allowlist of tags and attributes, links only to http(s), mailto or relative
 * targets, and adds KERN classes and rel="noopener". No images, no styles, no
 * event handlers can survive either layer.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Tags a content page may contain (h1 is the page's own title; Markdown `#` becomes h2). */
export const ALLOWED_TAGS = [
	'p',
	'h2',
	'h3',
	'h4',
	'ul',
	'ol',
	'li',
	'a',
	'strong',
	'em',
	'code',
	'pre',
	'blockquote',
	'hr',
	'br',
	'table',
	'thead',
	'tbody',
	'tr',
	'th',
	'td'
];

const withClass =
	(tagName: string, className: string) => (_: string, attribs: Record<string, string>) => ({
		tagName,
		attribs: { ...attribs, class: className }
	});

const SANITIZE: sanitizeHtml.IOptions = {
	allowedTags: ALLOWED_TAGS,
	allowedAttributes: {
		a: ['href', 'rel', 'class'],
		th: ['scope', 'class'],
		...Object.fromEntries(
			['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'table', 'tbody', 'tr', 'td'].map((t) => [t, ['class']])
		)
	},
	allowedClasses: {
		p: ['kern-body'],
		a: ['kern-link'],
		h2: ['kern-heading-medium'],
		h3: ['kern-heading-small'],
		h4: ['kern-heading-small'],
		ul: ['kern-list', 'kern-list--bullet'],
		ol: ['kern-list', 'kern-list--number'],
		table: ['kern-table', 'kern-table--small'],
		tbody: ['kern-table__body'],
		tr: ['kern-table__row'],
		th: ['kern-table__header'],
		td: ['kern-table__cell']
	},
	allowedSchemes: ['http', 'https', 'mailto'],
	allowedSchemesByTag: {},
	allowedSchemesAppliedToAttributes: ['href'],
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	transformTags: {
		h1: withClass('h2', 'kern-heading-medium'),
		h2: withClass('h2', 'kern-heading-medium'),
		h3: withClass('h3', 'kern-heading-small'),
		h4: withClass('h4', 'kern-heading-small'),
		h5: withClass('h4', 'kern-heading-small'),
		h6: withClass('h4', 'kern-heading-small'),
		p: withClass('p', 'kern-body'),
		ul: withClass('ul', 'kern-list kern-list--bullet'),
		ol: withClass('ol', 'kern-list kern-list--number'),
		table: withClass('table', 'kern-table kern-table--small'),
		tbody: withClass('tbody', 'kern-table__body'),
		tr: withClass('tr', 'kern-table__row'),
		th: (_, attribs) => ({
			tagName: 'th',
			attribs: { ...attribs, scope: 'col', class: 'kern-table__header' }
		}),
		td: withClass('td', 'kern-table__cell'),
		a: (_, attribs) => ({
			tagName: 'a',
			attribs: { ...attribs, class: 'kern-link', rel: 'noopener' }
		})
	}
};

/** Sanitizes HTML with the content-page allowlist (exported for tests and defence in depth). */
export function sanitizeContentHtml(html: string): string {
	return sanitizeHtml(html, SANITIZE);
}

/** Markdown → sanitized HTML. Safe for `{@html}`. */
export function renderMarkdown(md: string): string {
	return sanitizeContentHtml(markdown.render(md));
}
