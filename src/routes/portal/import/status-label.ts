import { m } from '$lib/paraglide/messages';

export type ImportStatus = 'preview' | 'running' | 'done' | 'failed' | 'cancelled';

/** The status of an import job as users read it. */
export function statusLabel(status: ImportStatus): string {
	switch (status) {
		case 'preview':
			return m.import_status_preview();
		case 'running':
			return m.import_status_running();
		case 'done':
			return m.import_status_done();
		case 'failed':
			return m.import_status_failed();
		default:
			return m.import_status_cancelled();
	}
}
