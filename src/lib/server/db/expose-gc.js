/**
 * V8's full garbage collection as a function for this thread, exposed at run
 * time (a Worker's execArgv refuses --expose-gc, and `npm start` runs without
 * it), or undefined where V8 refuses. Plain JavaScript: the PGlite worker loads
 * it without a build step, the app through Vite.
 *
 * Used after large reads: loading the index leaves hundreds of MB of parsed
 * JSON behind, and a thread that then mostly waits allocates too little for V8
 * to collect it soon, so it would stay resident.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/** @returns {(() => void) | undefined} */
export function exposeGc() {
	try {
		v8.setFlagsFromString('--expose-gc');
		return vm.runInNewContext('gc');
	} catch {
		return undefined;
	}
}
