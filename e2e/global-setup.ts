/**
 * Starts the portal once for all end-to-end tests: a production build (vite
 * build) served by adapter-node on a free port, on a fresh database — a new
 * PGlite folder, or a new database on the server in DATABASE_URL — seeded with
 * the demo data. With E2E_BASE_URL set, tests use that running instance instead.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as { port: number };
			srv.close(() => resolve(port));
		});
	});
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null)
			throw new Error(`Der Server hat sich beendet (Code ${child.exitCode})`);
		try {
			const res = await fetch(`${url}/healthz`);
			if (res.ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`Der Server antwortete nicht innerhalb von ${timeoutMs / 1000} s`);
}

export default async function setup(project: TestProject) {
	const external = process.env.E2E_BASE_URL;
	if (external) {
		project.provide('baseUrl', external.replace(/\/+$/, ''));
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

	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['build/index.js'], {
		cwd: root,
		env: {
			...process.env,
			NODE_ENV: 'production',
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			DATABASE_URL: databaseUrl ?? '',
			PUBLIC_BASE_URL: baseUrl,
			ORIGIN: baseUrl,
			LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn'
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	// If vitest is killed before teardown, do not leave the server running.
	const killChild = () => child.kill('SIGTERM');
	process.once('exit', killChild);
	await waitForHealth(baseUrl, child, 180_000);
	project.provide('baseUrl', baseUrl);

	return async () => {
		process.off('exit', killChild);
		child.kill('SIGTERM');
		const exited = new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
		const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
		await exited;
		clearTimeout(timer);
		await dropDatabase();
		rmSync(dataDir, { recursive: true, force: true });
	};
}
