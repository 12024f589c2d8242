/**
 * Text → terms. The same function runs at index and at query time: split into
 * letter/digit runs, lower-case, fold (fold.ts), stem (stemmer.ts).
 */
import { foldWord } from './fold';
import { stemGerman } from './stemmer';

/** Longer runs are URLs, codes or garbage, never something people search for. */
const MAX_TOKEN_LENGTH = 40;

// Word characters: letters, digits and combining marks. A hand-written scanner
// instead of a global RegExp: indexing 50k offers meets ~8M tokens, and a
// match array per token was a third of the build time in garbage collection.
const WORD = 1;
const NOT_WORD = 2;
const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;
const charClass = new Uint8Array(65_536);

function isWordCode(code: number): boolean {
	let c = charClass[code]!;
	if (c === 0) {
		c = WORD_CHAR_RE.test(String.fromCharCode(code)) ? WORD : NOT_WORD;
		charClass[code] = c;
	}
	return c === WORD;
}

/**
 * Calls `onToken` for every run of word characters in `text` (hyphenated
 * compounds such as "Eltern-Kind-Gruppe" split into their parts).
 */
export function tokenize(
	text: string,
	onToken: (token: string, start: number, end: number) => void
): void {
	const n = text.length;
	let start = -1;
	for (let i = 0; i < n; i++) {
		const code = text.charCodeAt(i);
		let word: boolean;
		let width = 1;
		if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
			// Astral plane (rare scripts, emoji): classify the whole code point.
			word = WORD_CHAR_RE.test(String.fromCodePoint(text.codePointAt(i)!));
			width = 2;
		} else {
			word = isWordCode(code);
		}
		if (word) {
			if (start < 0) start = i;
		} else if (start >= 0) {
			onToken(text.slice(start, i), start, i);
			start = -1;
		}
		i += width - 1;
	}
	if (start >= 0) onToken(text.slice(start), start, n);
}

/** The term of one token, or '' when the token is not indexed (too short or too long). */
export function termOf(token: string): string {
	if (token.length < 2 || token.length > MAX_TOKEN_LENGTH) return '';
	return stemGerman(foldWord(token.toLowerCase()));
}

/**
 * Function words. They stay in the index (a query of only "für" still works),
 * but a query drops them when it has other words, because all query words must
 * match and "Kurs für Kinder" should find "Kinderkurs".
 */
const STOPWORDS = new Set(
	[
		'der die das den dem des ein eine einer einem einen eines und oder für mit im in an am auf',
		'aus bei zu zum zur von vom nach über ab bis um ihr ihre sie wir ich du es ist sind wie was',
		'the of and or for with to at on by from is are'
	]
		.join(' ')
		.split(' ')
		.map(termOf)
		.filter((t) => t !== '')
);

export function isStopTerm(term: string): boolean {
	return STOPWORDS.has(term);
}

export interface QueryWord {
	/** The word as typed (for "did you mean"). */
	raw: string;
	term: string;
}

/**
 * The words of a query that take part in matching: distinct terms, stopwords
 * dropped unless the query has nothing else.
 */
export function analyzeQuery(q: string): QueryWord[] {
	const words: QueryWord[] = [];
	const seen = new Set<string>();
	tokenize(q, (raw) => {
		const term = termOf(raw);
		if (term === '' || seen.has(term)) return;
		seen.add(term);
		words.push({ raw, term });
	});
	const content = words.filter((w) => !isStopTerm(w.term));
	return content.length > 0 ? content : words;
}

/** `text` with every token replaced by `replace(token)`; everything between tokens kept. */
export function replaceTokens(text: string, replace: (token: string) => string): string {
	let out = '';
	let last = 0;
	tokenize(text, (token, start, end) => {
		out += text.slice(last, start) + replace(token);
		last = end;
	});
	return out + text.slice(last);
}
