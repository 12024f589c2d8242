/** Starting a production server for the e2e suite: a free port, then wait for /healthz. */
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
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

export async function waitForHealth(
	url: string,
	child: ChildProcess,
	timeoutMs: number
): Promise<void> {
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
