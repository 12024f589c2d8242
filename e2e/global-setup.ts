/**
 * Starts the portal once for all end-to-end tests: a production build (vite
 * build) served by adapter-node on a free port, on a fresh database — a new
 * PGlite folder, or a new database on the server in DATABASE_URL — seeded with
 * the demo data. With E2E_BASE_URL set, tests use that running instance instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { E2E_PASSWORD, type E2eAccount, type E2eAccounts } from './fixtures';
import { freePort, waitForHealth } from './server-process';
import { startTestSmtp } from '../src/lib/server/testing/smtp';
import type { XssFixtures } from '../src/lib/server/testing/xss';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		/** Sign-in data of the fixture accounts (see fixtures.ts). */
		accounts: E2eAccounts;
		/** Folder where the test SMTP server writes each received mail as JSON. */
		mailDir: string;
		/** An API token (bl_…) of providerA's institution, for the write API. */
		apiTokenA: string;
		/** An institution and an offer with XSS payloads in every text field (testing/xss.ts). */
		xss: XssFixtures | null;
		/** The environment the server was started with (for a second instance); {} with E2E_BASE_URL. */
		serverEnv: Record<string, string>;
	}
}

/**
 * Migrates and seeds the fresh database and creates the fixture accounts,
 * before the server opens it.
 */
async function prepareDatabase(opts: {
	dataDir: string;
	databaseUrl?: string;
}): Promise<{ accounts: E2eAccounts; apiTokenA: string; xss: XssFixtures }> {
	const { openDatabase } = await import('../src/lib/server/db/client');
	const { syncDistricts } = await import('../src/lib/server/districts');
	const { cityConfig } = await import('../src/lib/server/config/city');
	const { seedDemoData } = await import('../src/lib/server/seed');
	const { createApiToken, createUser, systemActor } = await import('../src/lib/server/accounts');
	const { institutions } = await import('../src/lib/server/db/schema');
	const { asc } = await import('drizzle-orm');
	const { seedXssFixtures } = await import('../src/lib/server/testing/xss');
	const handle = await openDatabase({ databaseUrl: opts.databaseUrl, dataDir: opts.dataDir });
	try {
		await handle.migrate();
		await syncDistricts(handle.db, cityConfig().districts);
		await seedDemoData(handle.db, {});
		const [a, b] = await handle.db
			.select({ id: institutions.id, slug: institutions.slug, name: institutions.name })
			.from(institutions)
			.orderBy(asc(institutions.name))
			.limit(2);
		const actor = systemActor('e2e');
		const make = async (email: string, role: E2eAccount['role'], inst?: typeof a) => {
			await createUser(handle.db, {
				actor,
				input: {
					email,
					role,
					password: E2E_PASSWORD,
					displayName: email.split('@')[0],
					...(inst ? { institutionSlug: inst.slug, membershipRole: 'manager' as const } : {})
				}
			});
			return { email, password: E2E_PASSWORD, role, ...(inst ? { institution: inst } : {}) };
		};
		const accounts: E2eAccounts = {
			admin: await make('admin@e2e.example', 'admin'),
			coordinator: await make('koordination@e2e.example', 'coordinator'),
			providerA: (await make('anbieter-a@e2e.example', 'provider', a!)) as E2eAccounts['providerA'],
			providerB: (await make('anbieter-b@e2e.example', 'provider', b!)) as E2eAccounts['providerB']
		};
		const { token: apiTokenA } = await createApiToken(handle.db, {
			actor,
			input: { institutionId: a!.id, name: 'E2E-Tests' }
		});
		const xss = await seedXssFixtures(handle.db);
		return { accounts, apiTokenA, xss };
	} finally {
		await handle.close();
	}
}

export default async function setup(project: TestProject) {
	const external = process.env.E2E_BASE_URL;
	if (external) {
		// A running instance: tests that need accounts or mails read them from the environment.
		project.provide('baseUrl', external.replace(/\/+$/, ''));
		project.provide('accounts', JSON.parse(process.env.E2E_ACCOUNTS ?? '{}') as E2eAccounts);
		project.provide('mailDir', process.env.E2E_MAIL_DIR ?? '');
		project.provide('apiTokenA', process.env.E2E_API_TOKEN_A ?? '');
		project.provide('xss', null);
		project.provide('serverEnv', {});
		return;
	}
	const root = path.resolve(import.meta.dirname, '..');
	if (process.env.E2E_SKIP_BUILD !== '1') {
		const build = spawnSync(
			process.execPath,
			['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
			{
				cwd: root,
				stdio: 'inherit'
			}
		);
		if (build.status !== 0) throw new Error('vite build ist fehlgeschlagen');
	}

	const dataDir = mkdtempSync(path.join(tmpdir(), 'bl-e2e-'));
	let databaseUrl: string | undefined;
	let dropDatabase = async () => {};
	if (process.env.DATABASE_URL) {
		const name = `e2e_${process.pid}_${Date.now()}`;
		const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
		await admin.unsafe(`CREATE DATABASE ${name}`);
		await admin.end();
		const u = new URL(process.env.DATABASE_URL);
		u.pathname = `/${name}`;
		databaseUrl = u.toString();
		dropDatabase = async () => {
			const a = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
			await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await a.end();
		};
	}

	const { accounts, apiTokenA, xss } = await prepareDatabase({ dataDir, databaseUrl });
	const mailDir = mkdtempSync(path.join(tmpdir(), 'bl-e2e-mail-'));
	const smtp = await startTestSmtp({ dir: mailDir });

	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const serverEnv = {
		NODE_ENV: 'production',
		PORT: String(port),
		HOST: '127.0.0.1',
		DATA_DIR: dataDir,
		DATABASE_URL: databaseUrl ?? '',
		PUBLIC_BASE_URL: baseUrl,
		ORIGIN: baseUrl,
		SMTP_URL: smtp.url,
		MAIL_FROM: 'Bildungslandschaft Salzgitter <noreply@bildung.example>',
		SEED_ON_EMPTY: 'true',
		BODY_SIZE_LIMIT: '12M',
		LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn'
	};
	const child = spawn(process.execPath, ['build/index.js'], {
		cwd: root,
		env: { ...process.env, ...serverEnv },
		stdio: ['ignore', 'inherit', 'inherit']
	});
	// If vitest is killed before teardown, do not leave the server running.
	const killChild = () => child.kill('SIGTERM');
	process.once('exit', killChild);
	await waitForHealth(baseUrl, child, 180_000);
	project.provide('baseUrl', baseUrl);
	project.provide('accounts', accounts);
	project.provide('mailDir', mailDir);
	project.provide('apiTokenA', apiTokenA);
	project.provide('xss', xss);
	project.provide('serverEnv', serverEnv);

	return async () => {
		process.off('exit', killChild);
		child.kill('SIGTERM');
		const exited = new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
		const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
		await exited;
		clearTimeout(timer);
		await smtp.close();
		await dropDatabase();
		rmSync(dataDir, { recursive: true, force: true });
		rmSync(mailDir, { recursive: true, force: true });
	};
}
