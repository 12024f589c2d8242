/**
 * Reads an uploaded CSV or XLSX file into rows of strings keyed by header.
 *
 * CSV: UTF-8 with or without BOM (Windows-1252 as a fallback, which is what
 * older Excel versions write), `;`, `,` or tab as delimiter (detected from
 * the header line), quoted fields as Excel writes them. XLSX: the first
 * sheet; date cells become `TT.MM.JJJJ HH:MM` (or `TT.MM.JJJJ` at midnight),
 * numbers their plain value. Row numbers are those the user sees in the
 * spreadsheet (header = row 1); blank rows are skipped.
 *
 * Problems with the file as a whole throw AppError(invalid_input) with a
 * German message; problems of single rows come back as row errors.
 */
import ExcelJS from 'exceljs';
import { parse as parseCsvSync } from 'csv-parse/sync';
import { m } from '$lib/paraglide/messages';
import { AppError, ErrorCode } from '../errors';
import { isKnownHeader, normalizeHeader, REQUIRED_HEADERS, type ImportLocale } from './columns';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 20_000;

export interface ImportRowError {
	/** Row number as shown in the spreadsheet (header = 1). */
	row: number;
	/** Column header, or '' for the row as a whole. */
	column: string;
	message: string;
}

export interface ParsedRow {
	row: number;
	cells: Record<string, string>;
}

export interface ParsedFile {
	kind: 'csv' | 'xlsx';
	headers: string[];
	rows: ParsedRow[];
	rowErrors: ImportRowError[];
}

function fileError(message: string): never {
	throw new AppError(ErrorCode.InvalidInput, message, [{ field: 'file', message }]);
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

export async function parseImportFile(
	fileName: string,
	bytes: Uint8Array,
	locale: ImportLocale = 'de'
): Promise<ParsedFile> {
	const o = { locale };
	if (bytes.byteLength === 0) fileError(m.import_err_file_empty({}, o));
	if (bytes.byteLength > MAX_FILE_BYTES) {
		fileError(m.import_err_file_too_large({ max: 10 }, o));
	}
	const lower = fileName.toLowerCase();
	if (isOle(bytes) || lower.endsWith('.xls') || lower.endsWith('.ods')) {
		fileError(m.import_err_file_type({}, o));
	}
	const table = isZip(bytes) ? await readXlsx(bytes, locale) : readCsv(bytes, locale);
	return toRows(table, locale, isZip(bytes) ? 'xlsx' : 'csv');
}

/** A sheet as raw cells: [rowNumber, cells[]]. */
type RawTable = { row: number; cells: string[] }[];

function decodeText(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

/** The delimiter that occurs most often outside quotes in the first line. */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
	const counts = { ';': 0, ',': 0, '\t': 0 };
	let quoted = false;
	for (const ch of text) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && (ch === '\n' || ch === '\r')) break;
		else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
	}
	if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
	return counts[','] > counts[';'] ? ',' : ';';
}

function readCsv(bytes: Uint8Array, locale: ImportLocale): RawTable {
	const text = decodeText(bytes).replace(/^\uFEFF/, '');
	let records: string[][];
	try {
		records = parseCsvSync(text, {
			delimiter: detectDelimiter(text),
			relax_column_count: true,
			relax_quotes: true,
			skip_empty_lines: false,
			trim: false
		}) as string[][];
	} catch (e) {
		const line = (e as { lines?: number }).lines;
		fileError(
			line
				? m.import_err_csv_broken_at({ line }, { locale })
				: m.import_err_csv_broken({}, { locale })
		);
	}
	return records.map((cells, i) => ({ row: i + 1, cells }));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel stores wall-clock times; exceljs hands them over as UTC dates. */
export function formatExcelDate(d: Date): string {
	const date = `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
	const h = d.getUTCHours();
	const min = d.getUTCMinutes();
	return h === 0 && min === 0 ? date : `${date} ${pad(h)}:${pad(min)}`;
}

function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return formatExcelDate(value);
	if (typeof value === 'number') return String(value);
	if (typeof value === 'boolean') return value ? 'ja' : 'nein';
	if (typeof value === 'string') return value;
	if ('richText' in value) return value.richText.map((r) => r.text).join('');
	if ('hyperlink' in value) {
		const text = value.text as unknown;
		return typeof text === 'string' ? text : cellText(text as ExcelJS.CellValue);
	}
	if ('formula' in value || 'sharedFormula' in value) {
		const result = (value as ExcelJS.CellFormulaValue).result;
		return result === undefined || (typeof result === 'object' && 'error' in result)
			? ''
			: cellText(result as ExcelJS.CellValue);
	}
	if ('error' in value) return '';
	return '';
}

async function readXlsx(bytes: Uint8Array, locale: ImportLocale): Promise<RawTable> {
	const wb = new ExcelJS.Workbook();
	try {
		await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
	} catch {
		fileError(m.import_err_xlsx_broken({}, { locale }));
	}
	const sheet = wb.worksheets[0];
	if (!sheet) fileError(m.import_err_file_empty({}, { locale }));
	const table: RawTable = [];
	sheet.eachRow({ includeEmpty: false }, (row) => {
		const values = row.values as ExcelJS.CellValue[];
		const cells: string[] = [];
		// row.values is 1-based (index 0 is empty).
		for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
		table.push({ row: row.number, cells });
	});
	return table;
}

const blank = (cells: string[]) => cells.every((c) => c.trim() === '');

function toRows(table: RawTable, locale: ImportLocale, kind: ParsedFile['kind']): ParsedFile {
	const o = { locale };
	const headerIndex = table.findIndex((r) => !blank(r.cells));
	if (headerIndex < 0) fileError(m.import_err_file_empty({}, o));
	const headerRow = table[headerIndex]!;
	const headers = headerRow.cells.map((h) => normalizeHeader(h));

	const unknown = headers.filter((h) => h !== '' && !isKnownHeader(h));
	if (unknown.length > 0) {
		fileError(
			m.import_err_unknown_headers({ headers: unknown.map((h) => `„${h}“`).join(', ') }, o)
		);
	}
	const dupes = headers.filter((h, i) => h !== '' && headers.indexOf(h) !== i);
	if (dupes.length > 0) {
		fileError(
			m.import_err_duplicate_headers(
				{ headers: [...new Set(dupes)].map((h) => `„${h}“`).join(', ') },
				o
			)
		);
	}
	const missing = REQUIRED_HEADERS.filter((h) => !headers.includes(h));
	if (missing.length > 0) {
		fileError(
			m.import_err_missing_headers({ headers: missing.map((h) => `„${h}“`).join(', ') }, o)
		);
	}

	const rows: ParsedRow[] = [];
	const rowErrors: ImportRowError[] = [];
	for (const { row, cells } of table.slice(headerIndex + 1)) {
		if (blank(cells)) continue;
		if (rows.length >= MAX_ROWS) fileError(m.import_err_too_many_rows({ max: '20.000' }, o));
		const record: Record<string, string> = {};
		headers.forEach((h, i) => {
			if (h !== '') record[h] = (cells[i] ?? '').trim();
		});
		const extra = cells.slice(headers.length).filter((c) => c.trim() !== '');
		const unnamed = headers.some((h, i) => h === '' && (cells[i] ?? '').trim() !== '');
		if (extra.length > 0 || unnamed) {
			rowErrors.push({ row, column: '', message: m.import_err_extra_cells({}, o) });
		}
		rows.push({ row, cells: record });
	}
	if (rows.length === 0 && rowErrors.length === 0) fileError(m.import_err_no_rows({}, o));
	return { kind, headers: headers.filter((h) => h !== ''), rows, rowErrors };
}
