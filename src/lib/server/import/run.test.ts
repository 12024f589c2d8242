import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { auditLog, importJobs, institutions, offerChanges, offers } from '../db/schema';
import { insertFixtures } from '../api/fixtures';
import { createTestDb } from '../testing/db';
import { makeActor } from '../testing/actors';
import type { Actor } from '../accounts';
import { AppError } from '../errors';
import { approveOffer } from '../offers/moderation';
import { archiveOffer } from '../offers/offer-write';
import { getImportJob, listImportErrors, listImportInstitutions, listValidSample } from './jobs';
import { previewImport, resumeImports, settleImports, startImport } from './run';
import { buildSample, sampleCsv, sampleXlsx } from './sample';
import { templateCsv } from './template';
import { createOffer, saveOffer } from '../offers/offer-write';
import { getOfferById } from '../offers/offer.queries';
import { offerToInput } from '../offers/offer-input';

let handle: DbHandle;
let vhsId: string;
let kitaId: string;
let vhsEditor: Actor;
let kitaEditor: Actor;
let coordinator: Actor;

beforeAll(async () => {
	handle = await createTestDb();
	await insertFixtures(handle.db);
	const rows = await handle.db.select().from(institutions);
	vhsId = rows.find((r) => r.slug === 'vhs-salzgitter')!.id;
	kitaId = rows.find((r) => r.slug === 'kita-grosser-baer')!.id;
	vhsEditor = await makeActor(handle.db, {
		role: 'provider',
		institutions: [{ slug: 'vhs-salzgitter' }]
	});
	kitaEditor = await makeActor(handle.db, {
		role: 'provider',
		institutions: [{ slug: 'kita-grosser-baer' }]
	});
	coordinator = await makeActor(handle.db, { role: 'coordinator' });
});
afterAll(async () => {
	await settleImports();
	await handle.close();
});

const countImported = async (prefix: string) => {
	const [row] = await handle.db
		.select({ n: sql<number>`count(*)::int` })
		.from(offers)
		.where(and(eq(offers.institutionId, vhsId), like(offers.externalId, `${prefix}-%`)));
	return Number(row!.n);
};

describe('a 500-row XLSX with 20 bad rows', () => {
	const sample = buildSample({ rows: 500, bad: 20, idPrefix: 'XL', titlePrefix: 'Erstimport' });
	let jobId: string;

	it('previews 20 row errors with the right rows and columns, and 480 valid rows', async () => {
		const job = await previewImport(handle.db, {
			actor: vhsEditor,
			institutionId: vhsId,
			fileName: 'angebote.xlsx',
			bytes: await sampleXlsx(sample),
			submit: true
		});
		jobId = job.id;
		expect(job).toMatchObject({
			status: 'preview',
			submit: true,
			totalRows: 500,
			validRows: 480,
			invalidRows: 20,
			errorCount: 20,
			processed: 0
		});
		const errors = await listImportErrors(handle.db, { actor: vhsEditor, jobId, pageSize: 100 });
		expect(errors.total).toBe(20);
		expect(errors.items.map((e) => ({ row: e.row, column: e.column }))).toEqual(sample.badRows);
		for (const e of errors.items) expect(e.message).toMatch(/\S/);
		const page2 = await listImportErrors(handle.db, {
			actor: vhsEditor,
			jobId,
			page: 2,
			pageSize: 15
		});
		expect(page2.items.map((e) => e.row)).toEqual(sample.badRows.slice(15).map((b) => b.row));

		const validSample = await listValidSample(handle.db, { actor: vhsEditor, jobId, limit: 5 });
		expect(validSample.map((s) => s.row)).toEqual([3, 4, 5, 6, 7]);
		// Row 5 (i = 4) has an Excel date cell: read as Berlin wall-clock time.
		expect(validSample[2]!.input.schedule.dates[0]!.startsAt).toBe('2027-05-05T17:00:00+02:00');
	});

	it('imports the 480 valid rows as offers in review, with progress and one audit entry', async () => {
		const { job, done } = await startImport(handle.db, { actor: vhsEditor, jobId });
		expect(job.status).toBe('running');
		await done;
		const finished = await getImportJob(handle.db, { actor: vhsEditor, jobId });
		expect(finished).toMatchObject({
			status: 'done',
			processed: 480,
			created: 480,
			updated: 0,
			failed: 0,
			validRows: 480
		});
		expect(finished.finishedAt).not.toBeNull();
		expect(await countImported('XL')).toBe(480);
		const statuses = await handle.db
			.selectDistinct({ status: offers.status })
			.from(offers)
			.where(like(offers.externalId, 'XL-%'));
		expect(statuses).toEqual([{ status: 'in_review' }]);
		const runs = await handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'import.run'), eq(auditLog.entityId, jobId)));
		expect(runs).toHaveLength(1);
		expect(runs[0]!.after).toMatchObject({
			fileName: 'angebote.xlsx',
			created: 480,
			updated: 0,
			failed: 0,
			status: 'done'
		});
		const perOffer = await handle.db
			.select({ n: sql<number>`count(*)::int` })
			.from(auditLog)
			.where(eq(auditLog.action, 'offer.create_submit'));
		expect(Number(perOffer[0]!.n)).toBe(480);
		// The stored rows are dropped once they are offers.
		const [stored] = await handle.db
			.select({ n: sql<number>`jsonb_array_length(${importJobs.rows})::int` })
			.from(importJobs)
			.where(eq(importJobs.id, jobId));
		expect(Number(stored!.n)).toBe(0);
	});

	it('starting the same job again changes nothing', async () => {
		const { job, done } = await startImport(handle.db, { actor: vhsEditor, jobId });
		await done;
		expect(job.status).toBe('done');
		expect(await countImported('XL')).toBe(480);
	});

	it('re-importing the same file with changed titles updates the offers instead of duplicating', async () => {
		// One offer was published meanwhile: its change must wait for review.
		const [first] = await handle.db
			.select({ id: offers.id })
			.from(offers)
			.where(eq(offers.externalId, 'XL-00002'));
		await approveOffer(handle.db, { actor: coordinator, offerId: first!.id });
		// Another was archived: it cannot be updated, and that row is reported, not fatal.
		const [archived] = await handle.db
			.select({ id: offers.id })
			.from(offers)
			.where(eq(offers.externalId, 'XL-00003'));
		await archiveOffer(handle.db, { actor: vhsEditor, offerId: archived!.id });

		const changed = buildSample({ rows: 500, bad: 20, idPrefix: 'XL', titlePrefix: 'Zweitimport' });
		const preview = await previewImport(handle.db, {
			actor: vhsEditor,
			institutionId: vhsId,
			fileName: 'angebote-neu.csv',
			bytes: sampleCsv(changed),
			submit: true
		});
		expect(preview).toMatchObject({ validRows: 480, invalidRows: 20 });
		const { done } = await startImport(handle.db, { actor: vhsEditor, jobId: preview.id });
		await done;
		expect(await getImportJob(handle.db, { actor: vhsEditor, jobId: preview.id })).toMatchObject({
			status: 'done',
			processed: 480,
			created: 0,
			updated: 479,
			failed: 1
		});
		const runErrors = await listImportErrors(handle.db, {
			actor: vhsEditor,
			jobId: preview.id,
			phase: 'run'
		});
		expect(runErrors.items).toEqual([
			{ row: 4, column: 'externe_id', message: expect.stringContaining('ist archiviert') }
		]);
		expect(await countImported('XL')).toBe(480);
		const titles = await handle.db
			.select({ title: offers.title, status: offers.status, id: offers.id })
			.from(offers)
			.where(like(offers.externalId, 'XL-%'));
		const unpublished = titles.filter((t) => t.status === 'in_review');
		expect(unpublished).toHaveLength(478);
		expect(unpublished.every((t) => t.title.startsWith('Zweitimport'))).toBe(true);
		// The published one keeps its public title; the new one waits as a change in review.
		const published = titles.find((t) => t.status === 'published')!;
		expect(published.title).toBe('Erstimport Angebot 2');
		const [change] = await handle.db
			.select()
			.from(offerChanges)
			.where(eq(offerChanges.offerId, published.id));
		expect(change).toMatchObject({ state: 'in_review' });
		expect((change!.data as { title: string }).title).toBe('Zweitimport Angebot 2');
	});
});

describe('the bulk paths', () => {
	/** An offer's content as the editor would load it, without what legitimately differs. */
	async function content(id: string) {
		const offer = await getOfferById(handle.db, id);
		const { externalId: _e, ...rest } = offerToInput(offer!);
		const [audit] = await handle.db
			.select({ action: auditLog.action, after: auditLog.after })
			.from(auditLog)
			.where(eq(auditLog.entityId, id))
			.orderBy(sql`${auditLog.id} desc`)
			.limit(1);
		const { externalId: _a, ...after } = audit!.after as Record<string, unknown>;
		return { status: offer!.status, input: rest, action: audit!.action, after };
	}
	const idOf = async (externalId: string) =>
		(
			await handle.db
				.select({ id: offers.id })
				.from(offers)
				.where(and(eq(offers.institutionId, kitaId), eq(offers.externalId, externalId)))
		)[0]!.id;

	it('store exactly what createOffer and saveOffer store, audit entries included', async () => {
		const first = await previewImport(handle.db, {
			actor: coordinator,
			institutionId: kitaId,
			fileName: 'vorlage.csv',
			bytes: templateCsv(),
			submit: false
		});
		const inputs = await listValidSample(handle.db, { actor: coordinator, jobId: first.id });
		expect(inputs).toHaveLength(2);
		await (
			await startImport(handle.db, { actor: coordinator, jobId: first.id })
		).done;
		for (const { input } of inputs) {
			const twin = { ...input, externalId: `TWIN-${input.externalId}` };
			await createOffer(handle.db, { actor: coordinator, input: twin, submit: false });
			const viaImport = await content(await idOf(input.externalId!));
			expect(viaImport.status).toBe('draft');
			expect(viaImport).toEqual(await content(await idOf(twin.externalId)));
		}

		// The same file with another title and other dates, now submitted: updates.
		const changed = new TextDecoder()
			.decode(templateCsv())
			.replaceAll('Deutsch im Alltag', 'Deutsch für jeden Tag')
			.replaceAll('.03.2027 17:00-18:30', '.04.2027 16:00-17:00');
		const second = await previewImport(handle.db, {
			actor: coordinator,
			institutionId: kitaId,
			fileName: 'vorlage-neu.csv',
			bytes: new TextEncoder().encode(changed),
			submit: true
		});
		const changedInputs = await listValidSample(handle.db, {
			actor: coordinator,
			jobId: second.id
		});
		await (
			await startImport(handle.db, { actor: coordinator, jobId: second.id })
		).done;
		expect(await getImportJob(handle.db, { actor: coordinator, jobId: second.id })).toMatchObject({
			updated: 2,
			created: 0
		});
		for (const { input } of changedInputs) {
			const twinId = await idOf(`TWIN-${input.externalId}`);
			const twin = { ...input, externalId: `TWIN-${input.externalId}` };
			await saveOffer(handle.db, {
				actor: coordinator,
				offerId: twinId,
				input: twin,
				submit: true
			});
			const viaImport = await content(await idOf(input.externalId!));
			expect(viaImport.status).toBe('in_review');
			expect(viaImport).toEqual(await content(twinId));
		}
		expect((await content(await idOf('VHS-2027-001'))).input.title).toBe(
			'Deutsch für jeden Tag – Gesprächskurs'
		);

		// Published offers: the change waits in offer_changes, the same way.
		for (const ext of ['VHS-2027-001', 'TWIN-VHS-2027-001']) {
			await approveOffer(handle.db, { actor: coordinator, offerId: await idOf(ext) });
		}
		const third = await previewImport(handle.db, {
			actor: coordinator,
			institutionId: kitaId,
			fileName: 'vorlage-3.csv',
			bytes: new TextEncoder().encode(changed.replaceAll('für jeden Tag', 'jeden Tag')),
			submit: false
		});
		const [thirdInput] = await listValidSample(handle.db, { actor: coordinator, jobId: third.id });
		await (
			await startImport(handle.db, { actor: coordinator, jobId: third.id })
		).done;
		const twinId = await idOf('TWIN-VHS-2027-001');
		await saveOffer(handle.db, {
			actor: coordinator,
			offerId: twinId,
			input: { ...thirdInput!.input, externalId: 'TWIN-VHS-2027-001' },
			submit: false
		});
		const pendingOf = async (id: string) => {
			const [c] = await handle.db.select().from(offerChanges).where(eq(offerChanges.offerId, id));
			const { externalId: _x, ...data } = c!.data as Record<string, unknown>;
			return { state: c!.state, submittedAt: c!.submittedAt, data, content: await content(id) };
		};
		const viaImport = await pendingOf(await idOf('VHS-2027-001'));
		expect(viaImport.state).toBe('draft');
		expect(viaImport.content.input.title).toBe('Deutsch für jeden Tag – Gesprächskurs');
		expect(viaImport).toEqual(await pendingOf(twinId));
	});
});

describe('options and policies', () => {
	it('without "submit" new offers stay drafts; rows without externe_id always create', async () => {
		const csv = new TextEncoder().encode(
			'titel;beschreibung;format;themen;lebensphasen\n' +
				'Ohne Kennung;Ein Angebot ohne externe Kennung.;kurs;sprache;kita\n'
		);
		for (let i = 0; i < 2; i++) {
			const job = await previewImport(handle.db, {
				actor: kitaEditor,
				institutionId: kitaId,
				fileName: 'ohne.csv',
				bytes: csv,
				submit: false
			});
			const { done } = await startImport(handle.db, { actor: kitaEditor, jobId: job.id });
			await done;
		}
		const rows = await handle.db
			.select({ status: offers.status })
			.from(offers)
			.where(and(eq(offers.institutionId, kitaId), eq(offers.title, 'Ohne Kennung')));
		expect(rows).toEqual([{ status: 'draft' }, { status: 'draft' }]);
	});

	it('reports duplicate externe_id within one file on the later row', async () => {
		const csv = new TextEncoder().encode(
			'externe_id;titel;beschreibung;format;themen;lebensphasen\n' +
				'D-1;Erstes Angebot;Beschreibung mit Text.;kurs;sprache;kita\n' +
				'D-1;Zweites Angebot;Beschreibung mit Text.;kurs;sprache;kita\n'
		);
		const job = await previewImport(handle.db, {
			actor: kitaEditor,
			institutionId: kitaId,
			fileName: 'dup.csv',
			bytes: csv,
			submit: true
		});
		expect(job.validRows).toBe(1);
		const errors = await listImportErrors(handle.db, { actor: kitaEditor, jobId: job.id });
		expect(errors.items).toEqual([
			{
				row: 3,
				column: 'externe_id',
				message: 'Diese externe_id steht schon in Zeile 2. Jede Kennung darf nur einmal vorkommen.'
			}
		]);
	});

	it('a provider cannot import for, or look at the imports of, another institution', async () => {
		const bytes = sampleCsv(buildSample({ rows: 2 }));
		await expect(
			previewImport(handle.db, {
				actor: kitaEditor,
				institutionId: vhsId,
				fileName: 'x.csv',
				bytes,
				submit: true
			})
		).rejects.toMatchObject({ code: 'forbidden' });
		const [before] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(importJobs);
		const own = await previewImport(handle.db, {
			actor: vhsEditor,
			institutionId: vhsId,
			fileName: 'x.csv',
			bytes,
			submit: true
		});
		await expect(
			getImportJob(handle.db, { actor: kitaEditor, jobId: own.id })
		).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(
			startImport(handle.db, { actor: kitaEditor, jobId: own.id })
		).rejects.toBeInstanceOf(AppError);
		expect((await getImportJob(handle.db, { actor: vhsEditor, jobId: own.id })).status).toBe(
			'preview'
		);
		// Staff may import for any institution.
		const staff = await previewImport(handle.db, {
			actor: coordinator,
			institutionId: kitaId,
			fileName: 'x.csv',
			bytes,
			submit: true
		});
		expect(staff.validRows).toBe(2);
		const [after] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(importJobs);
		expect(Number(after!.n)).toBe(Number(before!.n) + 2);
		await expect(
			getImportJob(handle.db, { actor: vhsEditor, jobId: 'kein-uuid' })
		).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('lists the institutions one may import for', async () => {
		expect(await listImportInstitutions(handle.db, vhsEditor)).toEqual([
			{ id: vhsId, name: 'Volkshochschule Salzgitter' }
		]);
		expect((await listImportInstitutions(handle.db, coordinator)).length).toBe(3);
	});

	it('a file-level problem stores nothing', async () => {
		const [before] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(importJobs);
		await expect(
			previewImport(handle.db, {
				actor: vhsEditor,
				institutionId: vhsId,
				fileName: 'x.csv',
				bytes: new TextEncoder().encode('titel;farbe\nA;rot\n'),
				submit: true
			})
		).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('„farbe“') });
		const [after] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(importJobs);
		expect(after!.n).toBe(before!.n);
	});
});

describe('start-up after a crash', () => {
	it('resumes a job left running after its last committed batch', async () => {
		const sample = buildSample({ rows: 120, idPrefix: 'CR' });
		const job = await previewImport(handle.db, {
			actor: vhsEditor,
			institutionId: vhsId,
			fileName: 'crash.xlsx',
			bytes: await sampleXlsx(sample),
			submit: true
		});
		// As if a process had committed the first 50 rows and then died.
		const [stored] = await handle.db
			.select({ rows: importJobs.rows })
			.from(importJobs)
			.where(eq(importJobs.id, job.id));
		const { createOffer } = await import('../offers/offer-write');
		for (const r of (stored!.rows as { input: unknown }[]).slice(0, 50)) {
			await createOffer(handle.db, { actor: vhsEditor, input: r.input, submit: true });
		}
		await handle.db
			.update(importJobs)
			.set({ status: 'running', processed: 50, created: 50, startedAt: new Date() })
			.where(eq(importJobs.id, job.id));

		expect(await resumeImports(handle.db)).toEqual({ resumed: 1, failed: 0 });
		await settleImports();
		expect(await getImportJob(handle.db, { actor: vhsEditor, jobId: job.id })).toMatchObject({
			status: 'done',
			processed: 120,
			created: 120,
			failed: 0
		});
		expect(await countImported('CR')).toBe(120);
	});

	it('marks a job failed when its user may no longer import', async () => {
		const [job] = await handle.db
			.insert(importJobs)
			.values({ institutionId: vhsId, createdBy: null, fileName: 'weg.csv', status: 'running' })
			.returning();
		expect(await resumeImports(handle.db)).toEqual({ resumed: 0, failed: 1 });
		const [row] = await handle.db
			.select({ status: importJobs.status })
			.from(importJobs)
			.where(inArray(importJobs.id, [job!.id]));
		expect(row!.status).toBe('failed');
	});
});
