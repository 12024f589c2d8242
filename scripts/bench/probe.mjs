/**
 * Loaded into the server under test by `npm run bench` (node --import): answers
 * the benchmark's IPC questions about this process — event-loop delay since the
 * last reset and resident memory. Not part of the app.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const RESOLUTION_MS = 1;
const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
delay.enable();

/** The histogram holds whole intervals between timer ticks: lag is what exceeds the resolution. */
const ms = (ns) => Math.max(0, Math.round((ns / 1e6 - RESOLUTION_MS) * 100) / 100);

process.on('message', (message) => {
	if (message === 'reset') {
		delay.reset();
		process.send?.({ reset: true });
	} else if (message === 'report') {
		process.send?.({
			lagP50: ms(delay.percentile(50)),
			lagP99: ms(delay.percentile(99)),
			lagMax: ms(delay.max),
			rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
			// The main thread's JavaScript heap (the index, caches); RSS also holds PGlite's worker.
			heapUsedMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
			heapTotalMb: Math.round(process.memoryUsage().heapTotal / 2 ** 20)
		});
	}
});
// The IPC channel must not keep the server alive after SIGTERM.
process.channel?.unref();
