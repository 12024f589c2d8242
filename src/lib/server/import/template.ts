/**
 * Template files generated from the column table: a CSV (UTF-8 with BOM and
 * ";" so Excel opens it correctly) and an XLSX with the columns, two example
 * rows, a sheet "Erläuterung" describing every column and a sheet "Werte"
 * listing the allowed values of the list columns.
 */
import ExcelJS from 'exceljs';
import { m } from '$lib/paraglide/messages';
import { cityConfig } from '../config/city';
import { taxonomies, type TaxonomyName } from '../config/taxonomies';
import { IMPORT_COLUMNS, type ImportLocale } from './columns';

function csvField(value: string): string {
	return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function templateCsv(): Uint8Array {
	const lines = [
		IMPORT_COLUMNS.map((c) => c.header),
		IMPORT_COLUMNS.map((c) => c.examples[0]),
		IMPORT_COLUMNS.map((c) => c.examples[1])
	].map((cells) => cells.map(csvField).join(';'));
	return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** Allowed values of the list columns: taxonomy codes with labels, and districts. */
export function allowedValues(locale: ImportLocale): {
	column: string;
	values: { code: string; label: string }[];
}[] {
	const tax = (column: string, name: TaxonomyName) => ({
		column,
		values: taxonomies()[name].map((t) => ({ code: t.code, label: locale === 'en' ? t.en : t.de }))
	});
	return [
		tax('format', 'formats'),
		tax('themen', 'topics'),
		tax('lebensphasen', 'life-phases'),
		tax('sprachen', 'languages'),
		tax('sdgs', 'sdgs'),
		{
			column: 'stadtteil',
			values: cityConfig().districts.map((d) => ({ code: d.slug, label: d.name }))
		}
	];
}

export async function templateXlsx(locale: ImportLocale = 'de'): Promise<Uint8Array> {
	const o = { locale };
	const wb = new ExcelJS.Workbook();
	wb.creator = cityConfig().city.name;
	wb.created = new Date(Date.UTC(2026, 0, 1));

	const sheet = wb.addWorksheet(m.import_template_sheet_offers({}, o), {
		views: [{ state: 'frozen', ySplit: 1 }]
	});
	sheet.columns = IMPORT_COLUMNS.map((c) => ({
		header: c.header,
		key: c.header,
		width: Math.min(60, Math.max(12, c.header.length + 2, ...c.examples.map((e) => e.length / 2))),
		// Text format, so Excel keeps postal codes, phone numbers and dates as typed.
		style: { numFmt: '@' }
	}));
	sheet.getRow(1).font = { bold: true };
	for (const i of [0, 1] as const) {
		sheet.addRow(Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.header, c.examples[i]])));
	}

	const help = wb.addWorksheet('Erläuterung', { views: [{ state: 'frozen', ySplit: 1 }] });
	help.columns = [
		{ header: m.import_doc_col_header({}, o), key: 'header', width: 26 },
		{ header: m.import_doc_col_required({}, o), key: 'required', width: 10 },
		{ header: m.import_doc_col_format({}, o), key: 'format', width: 40 },
		{ header: m.import_doc_col_description({}, o), key: 'description', width: 80 },
		{ header: m.import_doc_col_example({}, o), key: 'example', width: 45 }
	];
	help.getRow(1).font = { bold: true };
	for (const c of IMPORT_COLUMNS) {
		help.addRow({
			header: c.header,
			required: c.required ? m.import_doc_yes({}, o) : m.import_doc_no({}, o),
			format: c.format(locale),
			description: c.description(locale),
			example: c.examples[0] || c.examples[1]
		});
	}
	help.addRow({});
	help.addRow({ header: m.import_doc_translations_note({}, o) });
	help.addRow({ header: m.import_doc_reimport_note({}, o) });
	help.getColumn('description').alignment = { wrapText: true, vertical: 'top' };
	help.getColumn('format').alignment = { wrapText: true, vertical: 'top' };

	const values = wb.addWorksheet(m.import_template_sheet_values({}, o), {
		views: [{ state: 'frozen', ySplit: 1 }]
	});
	values.columns = [
		{ header: m.import_doc_col_header({}, o), key: 'column', width: 18 },
		{ header: m.import_doc_code({}, o), key: 'code', width: 24 },
		{ header: m.import_doc_label({}, o), key: 'label', width: 60 }
	];
	values.getRow(1).font = { bold: true };
	for (const group of allowedValues(locale)) {
		for (const v of group.values) values.addRow({ column: group.column, ...v });
	}

	return new Uint8Array(await wb.xlsx.writeBuffer());
}
