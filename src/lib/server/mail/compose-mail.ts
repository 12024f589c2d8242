/**
 * Every mail in one frame: German text and HTML, greeting, paragraphs and a
 * footer naming the city's education office.
 */
import { cityConfig } from '../config/city';

export interface MailContent {
	subject: string;
	text: string;
	html: string;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function composeMail(opts: {
	subject: string;
	greeting?: string;
	paragraphs: string[];
}): MailContent {
	const { city } = cityConfig();
	const greeting = opts.greeting ?? 'Guten Tag,';
	const footer = [
		`${city.office.name}`,
		`Bildungslandschaft ${city.name}`,
		'Diese Nachricht wurde automatisch erstellt.'
	];
	const text = [greeting, '', ...opts.paragraphs.flatMap((p) => [p, '']), '--', ...footer].join(
		'\n'
	);
	const html = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(opts.subject)}</title></head>
<body style="font-family: sans-serif; line-height: 1.5">
<p>${escapeHtml(greeting)}</p>
${opts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<hr>
<p style="font-size: 0.9em">${footer.map(escapeHtml).join('<br>')}</p>
</body></html>`;
	return { subject: `${opts.subject} – Bildungslandschaft ${city.name}`, text, html };
}
