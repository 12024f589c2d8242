/**
 * Generated import files for tests, the end-to-end journey and the benchmark:
 * N offers, of which chosen rows are broken in one way each (bad postal
 * code, unknown format, missing title, impossible date, paid without price
 * …), so a test knows exactly which row errors to expect.
 */
import ExcelJS from 'exceljs';

export type SampleCell = string | Date;

export interface SampleOptions {
	rows: number;
	/** How many rows to break (spread evenly over the file). */
	bad?: number;
	/** Prefix of externe_id (same prefix → a re-import updates). */
	idPrefix?: string;
	/** Prefix of titles (change it to see a re-import update the offers). */
	titlePrefix?: string;
}

export interface SampleFile {
	header: string[];
	rows: SampleCell[][];
	/** Spreadsheet row numbers (header = 1) of the broken rows, with the column at fault. */
	badRows: { row: number; column: string }[];
	validCount: number;
}

const HEADER = [
	'externe_id',
	'titel',
	'kurzbeschreibung',
	'beschreibung',
	'format',
	'themen',
	'lebensphasen',
	'alter_von',
	'alter_bis',
	'kosten',
	'preis_euro',
	'but',
	'rollstuhlgerecht',
	'ort_name',
	'strasse',
	'plz',
	'ort',
	'stadtteil',
	'termine',
	'wiederholung',
	'beginn',
	'dauer_minuten',
	'anmeldung',
	'anmeldung_email',
	'sdgs'
];

const TOPICS = ['sprache', 'Sport und Bewegung', 'mint', 'Musik', 'lesen', 'natur'];
const PHASES = ['erwachsene', 'Grundschulkinder', 'familien', 'jugend', 'senioren'];
const FORMATS = ['kurs', 'Regelmäßiges Angebot', 'einzeltermin', 'beratung', 'Veranstaltung'];
const DISTRICTS = ['Lebenstedt', 'Thiede', 'salzgitter-bad', 'Gebhardshagen', 'Lichtenberg'];

/** One way to break a row, and the column the error must name. */
const BREAKS: { column: string; apply: (r: Record<string, SampleCell>) => void }[] = [
	{ column: 'plz', apply: (r) => venue(r, { plz: '3822' }) },
	{ column: 'format', apply: (r) => (r.format = 'Zaubershow') },
	{ column: 'titel', apply: (r) => (r.titel = '') },
	{ column: 'termine', apply: (r) => (r.termine = '31.02.2027 10:00') },
	{
		column: 'preis_euro',
		apply: (r) => {
			r.kosten = 'kostenpflichtig';
			r.preis_euro = '';
		}
	},
	{ column: 'stadtteil', apply: (r) => venue(r, { stadtteil: 'Atlantis' }) },
	{ column: 'but', apply: (r) => (r.but = 'vielleicht') },
	{
		column: 'alter_bis',
		apply: (r) => {
			r.alter_von = '12';
			r.alter_bis = '6';
		}
	},
	{
		column: 'anmeldung_email',
		apply: (r) => {
			r.anmeldung = 'nein';
			r.anmeldung_email = 'anmeldung-at-example.org';
		}
	},
	{ column: 'themen', apply: (r) => (r.themen = 'sprache; Kochen') }
];

function venue(r: Record<string, SampleCell>, over: Record<string, string> = {}) {
	Object.assign(r, {
		ort_name: 'Gemeinschaftshaus',
		strasse: 'Schulstraße 5',
		plz: '38239',
		ort: 'Salzgitter',
		stadtteil: DISTRICTS[0],
		...over
	});
}

function goodRow(i: number, idPrefix: string, titlePrefix: string): Record<string, SampleCell> {
	const day = 1 + (i % 28);
	const month = 1 + (i % 12);
	const r: Record<string, SampleCell> = {
		externe_id: `${idPrefix}-${String(i).padStart(5, '0')}`,
		titel: `${titlePrefix} Angebot ${i}`,
		kurzbeschreibung: i % 3 === 0 ? `Kurzbeschreibung ${i}` : '',
		beschreibung: `Beschreibung des importierten Angebots Nummer ${i} mit genug Text.`,
		format: FORMATS[i % FORMATS.length]!,
		themen: `${TOPICS[i % TOPICS.length]}; ${TOPICS[(i + 2) % TOPICS.length]}`,
		lebensphasen: PHASES[i % PHASES.length]!,
		alter_von: i % 4 === 0 ? '6' : '',
		alter_bis: i % 4 === 0 ? '10' : '',
		kosten: i % 5 === 0 ? 'kostenpflichtig' : 'kostenlos',
		preis_euro: i % 5 === 0 ? `${10 + (i % 40)},50` : '',
		but: i % 7 === 0 ? 'ja' : 'nein',
		rollstuhlgerecht: ['ja', 'nein', ''][i % 3]!,
		ort_name: '',
		strasse: '',
		plz: '',
		ort: '',
		stadtteil: '',
		termine: '',
		wiederholung: '',
		beginn: '',
		dauer_minuten: '',
		anmeldung: i % 6 === 0 ? 'ja' : 'nein',
		anmeldung_email: i % 6 === 0 ? `anmeldung${i}@example.org` : '',
		sdgs: i % 8 === 0 ? '4' : ''
	};
	if (i % 10 === 0) venue(r, { stadtteil: DISTRICTS[i % DISTRICTS.length]! });
	switch (i % 4) {
		case 0:
			// An Excel date cell (wall clock encoded as UTC, as Excel stores it).
			r.termine = new Date(Date.UTC(2027, month - 1, day, 17, 0));
			break;
		case 1:
			r.termine = `${pad(day)}.${pad(month)}.2027 10:00-11:30; ${pad(day)}.${pad(month)}.2028 10:00-11:30`;
			break;
		case 2:
			r.wiederholung = 'FREQ=WEEKLY;BYDAY=TU';
			r.beginn = `${pad(day)}.${pad(month)}.2027 15:00`;
			r.dauer_minuten = '90';
			break;
		default:
			break; // ongoing
	}
	return r;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function buildSample(opts: SampleOptions): SampleFile {
	const bad = opts.bad ?? 0;
	const every = bad > 0 ? Math.floor(opts.rows / bad) : Infinity;
	const badRows: SampleFile['badRows'] = [];
	const rows: SampleCell[][] = [];
	for (let i = 1; i <= opts.rows; i++) {
		const r = goodRow(i, opts.idPrefix ?? 'IMP', opts.titlePrefix ?? 'Importiertes');
		const k = (i - 1) / every;
		if (Number.isInteger(k) && k < bad) {
			const b = BREAKS[k % BREAKS.length]!;
			// Breaks that concern dates need a dated row.
			if (b.column === 'termine') r.wiederholung = r.beginn = r.dauer_minuten = '';
			b.apply(r);
			badRows.push({ row: i + 1, column: b.column });
		}
		rows.push(HEADER.map((h) => r[h] ?? ''));
	}
	return { header: HEADER, rows, badRows, validCount: opts.rows - badRows.length };
}

export async function sampleXlsx(sample: SampleFile): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('Angebote');
	ws.addRow(sample.header);
	for (const row of sample.rows) ws.addRow(row);
	const termine = sample.header.indexOf('termine') + 1;
	ws.getColumn(termine).numFmt = 'dd.mm.yyyy hh:mm';
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

const csvCell = (v: SampleCell) => {
	const s =
		v instanceof Date
			? `${pad(v.getUTCDate())}.${pad(v.getUTCMonth() + 1)}.${v.getUTCFullYear()} ${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`
			: v;
	return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function sampleCsv(sample: SampleFile): Uint8Array {
	const lines = [sample.header, ...sample.rows].map((r) => r.map(csvCell).join(';'));
	return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
