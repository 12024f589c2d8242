import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from './columns';
import { mapRow } from './map';
import { parseImportFile } from './parse';
import { templateCsv, templateXlsx } from './template';

const INST = '00000000-0000-4000-8000-000000000001';

async function importsCleanly(fileName: string, bytes: Uint8Array) {
	const parsed = await parseImportFile(fileName, bytes);
	expect(parsed.headers).toEqual(IMPORT_COLUMNS.map((c) => c.header));
	expect(parsed.rowErrors).toEqual([]);
	const mapped = parsed.rows.map((r) => mapRow(r, { institutionId: INST, locale: 'de' }));
	expect(mapped.flatMap((r) => (r.ok ? [] : r.errors))).toEqual([]);
	return mapped.map((r) => (r.ok ? r.input : null));
}

describe('templates', () => {
	it('the CSV template (BOM, ";") imports its two example rows without errors', async () => {
		const bytes = templateCsv();
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [first, second] = await importsCleanly('vorlage.csv', bytes);
		expect(first).toMatchObject({
			externalId: 'VHS-2027-001',
			format: 'kurs',
			topics: ['sprache', 'integration'],
			cost: { type: 'paid', amountCents: 4500, reducedFeeAvailable: true },
			schedule: { type: 'dates' },
			translations: { en: { title: 'German for everyday life – conversation course' } }
		});
		expect(first!.schedule.dates).toHaveLength(2);
		expect(second).toMatchObject({
			format: 'regelmaessig',
			location: { atInstitution: false, district: { slug: 'thiede' } },
			schedule: { type: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=WE', exceptions: expect.any(Array) },
			sdgs: [3, 4]
		});
	});

	it('the XLSX template imports without errors and explains every column', async () => {
		const bytes = await templateXlsx('de');
		const inputs = await importsCleanly('vorlage.xlsx', bytes);
		expect(inputs).toHaveLength(2);

		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(Buffer.from(bytes) as never);
		expect(wb.worksheets.map((w) => w.name)).toEqual(['Angebote', 'Erläuterung', 'Werte']);
		const help = wb.getWorksheet('Erläuterung')!;
		const documented: string[] = [];
		help.eachRow((row, n) => {
			if (n > 1) documented.push(String(row.getCell(1).value ?? ''));
		});
		for (const c of IMPORT_COLUMNS) expect(documented).toContain(c.header);
		expect(String(help.getRow(3).getCell(2).value)).toBe('ja'); // titel is required
	});
});
