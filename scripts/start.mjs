/**
 * `npm start`: builds the portal when the build is missing or older than the
 * sources, then starts the production server (adapter-node) on PORT (3000).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);

function newestMtime(dir) {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name === 'paraglide' || entry.name.startsWith('.')) continue;
		const p = path.join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
	}
	return newest;
}

const marker = path.join(root, 'build', 'index.js');
const sources = [
	'src',
	'messages',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];
const newestSource = Math.max(
	...sources.map((s) => (statSync(s).isDirectory() ? newestMtime(s) : statSync(s).mtimeMs))
);
if (!existsSync(marker) || statSync(marker).mtimeMs < newestSource) {
	console.log('Baue das Portal (einmalig nach Änderungen) …');
	const r = spawnSync(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
		{
			stdio: 'inherit'
		}
	);
	if (r.status !== 0) process.exit(r.status ?? 1);
}
process.env.NODE_ENV ??= 'production';
await import(path.join(root, 'build', 'index.js'));
