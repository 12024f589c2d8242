import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors';
import { detectDelimiter, MAX_FILE_BYTES, parseImportFile } from './parse';

const enc = (s: string) => new TextEncoder().encode(s);

async function fileError(p: Promise<unknown>): Promise<string> {
	try {
		await p;
	} catch (e) {
		if (isAppError(e) && e.code === 'invalid_input') return e.message;
		throw e;
	}
	throw new Error('expected a file-level error');
}

const HEAD = 'titel;beschreibung;format;themen;lebensphasen';

describe('CSV', () => {
	it('reads UTF-8 with BOM, ";" delimiter, quoted fields with delimiters, quotes and line breaks', async () => {
		const csv =
			'\uFEFF' +
			HEAD +
			'\r\n' +
			'"Deutsch; im Alltag";"Er sagte ""Hallo""\r\nund ging.";Kurs;sprache;erwachsene\r\n' +
			'Zweiter Kurs;Text;kurs;sprache;erwachsene\r\n';
		const parsed = await parseImportFile('angebote.csv', enc(csv));
		expect(parsed.kind).toBe('csv');
		expect(parsed.headers).toEqual(['titel', 'beschreibung', 'format', 'themen', 'lebensphasen']);
		expect(parsed.rows).toHaveLength(2);
		expect(parsed.rows[0]!.cells.titel).toBe('Deutsch; im Alltag');
		expect(parsed.rows[0]!.cells.beschreibung).toBe('Er sagte "Hallo"\r\nund ging.');
		// Row numbers as in the spreadsheet: header 1, then 2, 3.
		expect(parsed.rows.map((r) => r.row)).toEqual([2, 3]);
	});

	it('reads "," as delimiter without BOM and keeps commas in quoted fields', async () => {
		const csv =
			'titel,beschreibung,format,themen,lebensphasen\n"A, B",Text,kurs,"sprache, mint",kita\n';
		const parsed = await parseImportFile('a.csv', enc(csv));
		expect(parsed.rows[0]!.cells).toMatchObject({ titel: 'A, B', themen: 'sprache, mint' });
	});

	it('detects the delimiter from the header line, ignoring quoted text', () => {
		expect(detectDelimiter('a;b;c\n1,2,3,4,5')).toBe(';');
		expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
		expect(detectDelimiter('a\tb\tc')).toBe('\t');
	});

	it('skips blank lines but keeps the spreadsheet row numbers', async () => {
		const csv = `${HEAD}\n\nT1;B;kurs;sprache;kita\n;;;;\nT2;B;kurs;sprache;kita\n`;
		const parsed = await parseImportFile('a.csv', enc(csv));
		expect(parsed.rows.map((r) => [r.row, r.cells.titel])).toEqual([
			[3, 'T1'],
			[5, 'T2']
		]);
	});

	it('falls back to Windows-1252 (older Excel "CSV") so umlauts survive', async () => {
		const latin1 = Uint8Array.from(
			[...`${HEAD}\nGrüße;Straße;kurs;sprache;kita\n`].map((c) => c.charCodeAt(0))
		);
		const parsed = await parseImportFile('a.csv', latin1);
		expect(parsed.rows[0]!.cells).toMatchObject({ titel: 'Grüße', beschreibung: 'Straße' });
	});

	it('accepts headers in any case, with umlauts and spaces', async () => {
		const csv =
			'Titel; Beschreibung ;FORMAT;Themen;Lebensphasen;Ermäßigung;Alter von\nT;B;kurs;sprache;kita;ja;3\n';
		const parsed = await parseImportFile('a.csv', enc(csv));
		expect(parsed.rows[0]!.cells).toMatchObject({ ermaessigung: 'ja', alter_von: '3', titel: 'T' });
	});

	it('names unknown headers in a file-level error', async () => {
		const msg = await fileError(
			parseImportFile('a.csv', enc(`${HEAD};farbe;Größe\nT;B;k;s;l;rot;1\n`))
		);
		expect(msg).toContain('„farbe“');
		expect(msg).toContain('„groesse“');
	});

	it('names missing required headers', async () => {
		const msg = await fileError(parseImportFile('a.csv', enc('titel;format\nT;kurs\n')));
		expect(msg).toBe(
			'Diese Pflichtspalten fehlen in der Kopfzeile: „beschreibung“, „themen“, „lebensphasen“.'
		);
	});

	it('rejects duplicate headers, empty files and header-only files', async () => {
		expect(await fileError(parseImportFile('a.csv', enc(`${HEAD};titel\n`)))).toContain('„titel“');
		expect(await fileError(parseImportFile('a.csv', new Uint8Array()))).toBe('Die Datei ist leer.');
		expect(await fileError(parseImportFile('a.csv', enc(`${HEAD}\n\n`)))).toContain(
			'nur die Kopfzeile'
		);
	});

	it('reports a row with more values than headers as a row error', async () => {
		const parsed = await parseImportFile('a.csv', enc(`${HEAD}\nT;B;kurs;sprache;kita;extra\n`));
		expect(parsed.rowErrors).toEqual([
			{ row: 2, column: '', message: expect.stringContaining('mehr Werte als die Kopfzeile') }
		]);
	});

	it('limits the file to 10 MB and 20,000 rows', async () => {
		const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41);
		expect(await fileError(parseImportFile('a.csv', big))).toContain('höchstens 10 MB');
		const rows = Array.from({ length: 20_001 }, (_, i) => `T${i};B;kurs;sprache;kita`).join('\n');
		expect(await fileError(parseImportFile('a.csv', enc(`${HEAD}\n${rows}\n`)))).toContain(
			'mehr als 20.000 Zeilen'
		);
	});

	it('explains that old .xls files cannot be read', async () => {
		const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
		expect(await fileError(parseImportFile('alt.xls', ole))).toContain('.xlsx');
	});
});

describe('XLSX', () => {
	async function xlsx(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void) {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('Angebote');
		build(ws, wb);
		return new Uint8Array(await wb.xlsx.writeBuffer());
	}

	it('reads the first sheet: text, numbers, Excel dates, rich text, formulas, hyperlinks', async () => {
		const bytes = await xlsx((ws, wb) => {
			ws.addRow([...HEAD.split(';'), 'termine', 'beginn', 'preis_euro', 'plz', 'anmeldung_url']);
			ws.addRow([
				{ richText: [{ text: 'Deutsch ' }, { font: { bold: true }, text: 'lernen' }] },
				'Beschreibung',
				'kurs',
				'sprache',
				'erwachsene',
				new Date(Date.UTC(2027, 2, 2, 17, 0)),
				new Date(Date.UTC(2027, 5, 30)),
				12.5,
				38226,
				{ text: 'Anmeldung', hyperlink: 'https://example.org/a' }
			]);
			ws.addRow(['', '', '', '', '', '', '', { formula: '2*3', result: 6 }, '', '']);
			wb.addWorksheet('Notizen').addRow(['ignoriert']);
		});
		const parsed = await parseImportFile('a.xlsx', bytes);
		expect(parsed.kind).toBe('xlsx');
		expect(parsed.rows[0]).toEqual({
			row: 2,
			cells: {
				titel: 'Deutsch lernen',
				beschreibung: 'Beschreibung',
				format: 'kurs',
				themen: 'sprache',
				lebensphasen: 'erwachsene',
				termine: '02.03.2027 17:00',
				beginn: '30.06.2027',
				preis_euro: '12.5',
				plz: '38226',
				anmeldung_url: 'Anmeldung'
			}
		});
		expect(parsed.rows[1]!.cells.preis_euro).toBe('6');
	});

	it('keeps sheet row numbers when rows are empty in between', async () => {
		const bytes = await xlsx((ws) => {
			ws.addRow(HEAD.split(';'));
			ws.addRow(['T1', 'B', 'kurs', 'sprache', 'kita']);
			ws.getRow(5).values = ['T4', 'B', 'kurs', 'sprache', 'kita'];
		});
		const parsed = await parseImportFile('a.xlsx', bytes);
		expect(parsed.rows.map((r) => r.row)).toEqual([2, 5]);
	});

	it('rejects a broken workbook with a clear message', async () => {
		const zipHeader = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
		expect(await fileError(parseImportFile('a.xlsx', zipHeader))).toContain(
			'Die Excel-Datei lässt sich nicht öffnen'
		);
	});
});
