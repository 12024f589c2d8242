/**
 * A light German stemmer after CISTEM (Weissweiler & Fraser 2017), applied to
 * folded words (see fold.ts). CISTEM strips -e/-s/-n repeatedly, so singular
 * and plural meet ("kurs", "kurse" → "kur"; "kinder", "kindern" → "kind"),
 * where Snowball strips one suffix only ("kurse" → "kurs" but "kurs" → "kur").
 *
 * Differences from CISTEM, chosen for nouns in offer titles:
 * - no "ge-" prefix removal ("Gesundheit", "Gemeinde" keep their stem);
 * - no "-t" and "-nd" removal ("Markt", "Jugend", "Verband" stay whole).
 */

// Placeholders protect letter groups that must not lose their last letter:
// "sch" ("Deutsch"), "ei"/"ie" ("Bücherei", "Familie"), doubled letters
// ("Kongress"). As in CISTEM they are punctuation, which tokens never contain.
const SCH = '$';
const EI = '%';
const IE = '&';
const DOUBLE = '*';

const DOUBLED_RE = /(.)\1/g;
const RESTORE_DOUBLE_RE = /(.)\*/g;

export function stemGerman(folded: string): string {
	if (folded.length <= 3) return folded;
	let w = folded
		.replaceAll('sch', SCH)
		.replaceAll('ei', EI)
		.replaceAll('ie', IE)
		.replace(DOUBLED_RE, `$1${DOUBLE}`);
	for (;;) {
		if (w.length <= 3) break;
		const last = w[w.length - 1];
		if (w.length > 5 && w[w.length - 2] === 'e' && (last === 'm' || last === 'r')) {
			w = w.slice(0, -2);
			continue;
		}
		if (last === 'e' || last === 's' || last === 'n') {
			w = w.slice(0, -1);
			continue;
		}
		break;
	}
	return w
		.replace(RESTORE_DOUBLE_RE, '$1$1')
		.replaceAll(SCH, 'sch')
		.replaceAll(EI, 'ei')
		.replaceAll(IE, 'ie');
}
