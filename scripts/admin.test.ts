/**
 * The admin CLI as an operator runs it: a real process (tsx) on a PGlite
 * folder. create-token prints the token as its last line, and that token
 * authenticates against the write API's check.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openPglite } from '../src/lib/server/db/client';
import { auditLog, institutions } from '../src/lib/server/db/schema';
import { insertFixtures } from '../src/lib/server/api/fixtures';
import { cityConfig } from '../src/lib/server/config/city';
import { syncDistricts } from '../src/lib/server/districts';
import { authenticateApiToken, createUser, systemActor } from '../src/lib/server/accounts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'bl-admin-cli-'));
const ids: Record<string, string> = {};

beforeAll(async () => {
	const handle = await openPglite(dataDir);
	try {
		await handle.migrate();
		await syncDistricts(handle.db, cityConfig().districts);
		await insertFixtures(handle.db);
		for (const r of await handle.db.select().from(institutions)) ids[r.slug] = r.id;
		const make = (
			email: string,
			role: 'coordinator' | 'provider',
			membershipRole?: 'editor' | 'manager'
		) =>
			createUser(handle.db, {
				actor: systemActor(),
				input: {
					email,
					role,
					...(membershipRole ? { institutionSlug: 'vhs-salzgitter', membershipRole } : {})
				}
			});
		ids.manager = (await make('leitung@vhs.example', 'provider', 'manager')).id;
		await make('redaktion@vhs.example', 'provider', 'editor');
		await make('buero@stadt.example', 'coordinator');
	} finally {
		await handle.close();
	}
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function admin(...args: string[]) {
	const r = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/admin.ts', ...args], {
		env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
		encoding: 'utf8',
		timeout: 60_000
	});
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lastLine = (s: string) => s.trimEnd().split('\n').at(-1) ?? '';

async function withDb<T>(fn: (db: Awaited<ReturnType<typeof openPglite>>['db']) => Promise<T>) {
	const handle = await openPglite(dataDir);
	try {
		return await fn(handle.db);
	} finally {
		await handle.close();
	}
}

describe('npm run admin -- create-token', () => {
	it('prints a token for a manager of the institution that authenticates for it', async () => {
		const r = admin(
			'create-token',
			'--email',
			'Leitung@VHS.example',
			'--institution',
			'vhs-salzgitter',
			'--name',
			'Kursverwaltung'
		);
		expect(r.code, r.stderr).toBe(0);
		const token = lastLine(r.stdout);
		expect(token).toMatch(/^bl_[A-Za-z0-9_-]{43}$/);
		expect(r.stderr).toContain(
			'API-Token „Kursverwaltung“ für „Volkshochschule Salzgitter“ erzeugt'
		);
		expect(r.stderr).toContain('nur dieses eine Mal');
		expect(r.stderr).not.toContain(token);

		await withDb(async (db) => {
			const actor = await authenticateApiToken(db, token);
			expect(actor).toMatchObject({
				kind: 'token',
				institutionId: ids['vhs-salzgitter'],
				createdBy: ids.manager
			});
			const audit = await db
				.select()
				.from(auditLog)
				.where(
					and(
						eq(auditLog.action, 'api_token.create'),
						eq(auditLog.actorLabel, 'leitung@vhs.example')
					)
				);
			expect(audit).toHaveLength(1);
		});
	});

	it('lets staff create a token for any institution', () => {
		const r = admin(
			'create-token',
			'--email',
			'buero@stadt.example',
			'--institution',
			'sv-mueller'
		);
		expect(r.code, r.stderr).toBe(0);
		expect(lastLine(r.stdout)).toMatch(/^bl_/);
		expect(r.stderr).toContain('„Kommandozeile ');
	});

	it('refuses (exit 1) an editor, an unknown account and an unknown institution, with German messages', async () => {
		const editor = admin(
			'create-token',
			'--email',
			'redaktion@vhs.example',
			'--institution',
			'vhs-salzgitter'
		);
		expect(editor.code).toBe(1);
		expect(editor.stderr).toContain(
			'Fehler: API-Tokens verwalten nur die Leitung der Einrichtung und das Bildungsbüro.'
		);
		expect(editor.stdout).toBe('');

		const unknown = admin(
			'create-token',
			'--email',
			'niemand@example.org',
			'--institution',
			'vhs-salzgitter'
		);
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toContain(
			'Es gibt kein Konto mit der E-Mail-Adresse niemand@example.org.'
		);

		const manager = admin(
			'create-token',
			'--email',
			'leitung@vhs.example',
			'--institution',
			'gibt-es-nicht'
		);
		expect(manager.code).toBe(1);
		expect(manager.stderr).toContain(
			'Eine Einrichtung mit der Kennung „gibt-es-nicht“ gibt es nicht.'
		);

		// A manager of one institution cannot create tokens for another.
		const other = admin(
			'create-token',
			'--email',
			'leitung@vhs.example',
			'--institution',
			'kita-grosser-baer'
		);
		expect(other.code).toBe(1);

		const tokens = await withDb((db) =>
			db.select().from(auditLog).where(eq(auditLog.action, 'api_token.create'))
		);
		expect(tokens).toHaveLength(2);
	});

	it('explains its usage (exit 2) when options are missing or unknown', () => {
		const missing = admin('create-token', '--email', 'leitung@vhs.example');
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('Fehler: --institution fehlt.');
		expect(missing.stderr).toContain('create-token --email E-MAIL --institution SLUG');

		const unknown = admin('create-tokens');
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toContain('Unbekannter Befehl „create-tokens“');

		const help = admin('--help');
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('create-user');
		expect(help.stdout).toContain('create-token');
	});
});
