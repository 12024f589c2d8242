/**
 * Builds the portal (vite build → build/) when the build is missing or older
 * than the sources. Used by `npm start` and the benchmarks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** @param {string} p @returns {number} */
function newestMtime(p) {
	const st = statSync(p);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = 0;
	for (const entry of readdirSync(p, { withFileTypes: true })) {
		if (entry.name === 'paraglide' || entry.name.startsWith('.')) continue;
		newest = Math.max(newest, newestMtime(path.join(p, entry.name)));
	}
	return newest;
}

const SOURCES = [
	'src',
	'messages',
	'static',
	'project.inlang/settings.json',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];

export function ensureBuild() {
	const marker = path.join(root, 'build', 'index.js');
	const newestSource = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
	if (existsSync(marker) && statSync(marker).mtimeMs >= newestSource) return;
	console.log('Baue das Portal (einmalig nach Änderungen) …');
	const r = spawnSync(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
		{
			cwd: root,
			stdio: 'inherit'
		}
	);
	if (r.status !== 0) process.exit(r.status ?? 1);
}
