/**
 * One full garbage collection, when V8 lets us expose it at run time (Node does);
 * otherwise nothing. Used once after start-up: loading the index leaves hundreds
 * of MB of parsed JSON behind, and a server that then mostly waits would keep
 * them resident for a long time.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | null | undefined;

export function collectGarbage(): void {
	if (collect === undefined) {
		try {
			v8.setFlagsFromString('--expose-gc');
			collect = vm.runInNewContext('gc') as () => void;
		} catch {
			collect = null;
		}
	}
	collect?.();
}
