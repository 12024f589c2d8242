import { describe, expect, it } from 'vitest';
import { auditFieldDiff } from './audit-diff';

describe('auditFieldDiff', () => {
	it('lists only the fields that changed, with pretty JSON values', () => {
		const diff = auditFieldDiff(
			{ status: 'in_review', title: 'Kurs', cost: { type: 'paid', amountCents: 4900 } },
			{ status: 'published', title: 'Kurs', cost: { amountCents: 5500, type: 'paid' } }
		);
		expect(diff).toEqual([
			{ field: 'status', before: '"in_review"', after: '"published"' },
			{
				field: 'cost',
				before: '{\n  "type": "paid",\n  "amountCents": 4900\n}',
				after: '{\n  "amountCents": 5500,\n  "type": "paid"\n}'
			}
		]);
	});

	it('ignores key order inside values and shows added and removed fields', () => {
		expect(auditFieldDiff({ a: { x: 1, y: 2 } }, { a: { y: 2, x: 1 } })).toEqual([]);
		expect(auditFieldDiff({ old: 1 }, { fresh: '<b>neu</b>' })).toEqual([
			{ field: 'old', before: '1', after: null },
			{ field: 'fresh', before: null, after: '"<b>neu</b>"' }
		]);
	});

	it('treats a missing side as empty and compares non-objects as a whole', () => {
		expect(auditFieldDiff(null, { status: 'draft' })).toEqual([
			{ field: 'status', before: null, after: '"draft"' }
		]);
		expect(auditFieldDiff(undefined, undefined)).toEqual([]);
		expect(auditFieldDiff([1, 2], [1, 3])).toEqual([
			{ field: '', before: '[\n  1,\n  2\n]', after: '[\n  1,\n  3\n]' }
		]);
	});
});
