/**
 * Character folding shared by indexing and querying, so that spellings people
 * actually type meet the spelling in the data: "fur" = "für", "Strasse" =
 * "Straße", "Mueller" = "Müller", "Turkce" = "Türkçe".
 */

const UMLAUTS: Record<string, string> = {
	ä: 'a',
	ö: 'o',
	ü: 'u',
	ß: 'ss',
	ı: 'i',
	ø: 'o',
	æ: 'ae',
	œ: 'oe'
};
const UMLAUT_RE = /[äöüßıøæœ]/g;
// Typed transliterations of umlauts (ae/oe/ue). Not after a vowel or "q", so
// diphthongs and common words stay intact: "Feuer", "neue", "Bauer", "Quelle".
// Applied identically at index and query time, so the rare collision
// ("Poet" ~ "Pot") only costs a little precision.
const TYPED_UMLAUT_RE = /(^|[^aeiouyq])([aou])e/g;
const COMBINING_MARKS_RE = /\p{M}+/gu;
const ASCII_WORD_RE = /^[a-z0-9]*$/;

/** Folds one lower-cased word (letters and digits only). */
export function foldWord(lowerWord: string): string {
	let w = lowerWord.replace(TYPED_UMLAUT_RE, '$1$2');
	if (ASCII_WORD_RE.test(w)) return w;
	w = w.replace(UMLAUT_RE, (c) => UMLAUTS[c] ?? c);
	// Other diacritics (é, ç, ş, ğ, Arabic vowel marks): decompose and drop the marks.
	return w.normalize('NFD').replace(COMBINING_MARKS_RE, '').normalize('NFC');
}
