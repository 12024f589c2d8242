/**
 * The messages app instances send each other over PostgreSQL NOTIFY, as JSON:
 * `{"origin": <instance id>, "ids": [...]}` — these offers changed, reload
 * them — or `{"origin": <instance id>, "settings": true}` — the settings
 * changed, forget the cached ones. PostgreSQL refuses payloads of 8,000 bytes
 * or more, so long id lists are split over several messages.
 */
import { z } from 'zod';

/** The NOTIFY channel every instance LISTENs on. */
export const SEARCH_SYNC_CHANNEL = 'bl_offers_changed';

/** Upper bound of one payload in bytes (PostgreSQL's limit is below 8,000). */
export const MAX_PAYLOAD_BYTES = 7900;

const ZMessage = z.union([
	z.object({ origin: z.string().min(1), ids: z.array(z.uuid()) }),
	z.object({ origin: z.string().min(1), settings: z.literal(true) })
]);
export type SyncMessage = z.infer<typeof ZMessage>;

/** The offer ids as one or more payloads, each at most `maxBytes` long. */
export function offerMessages(
	origin: string,
	ids: readonly string[],
	maxBytes = MAX_PAYLOAD_BYTES
): string[] {
	const head = `{"origin":${JSON.stringify(origin)},"ids":[`;
	const tail = ']}';
	const payloads: string[] = [];
	let parts: string[] = [];
	let bytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
	const base = bytes;
	for (const id of ids) {
		const part = JSON.stringify(id);
		const size = Buffer.byteLength(part) + (parts.length > 0 ? 1 : 0);
		if (parts.length > 0 && bytes + size > maxBytes) {
			payloads.push(head + parts.join(',') + tail);
			parts = [];
			bytes = base;
		}
		bytes += Buffer.byteLength(part) + (parts.length > 0 ? 1 : 0);
		parts.push(part);
	}
	if (parts.length > 0) payloads.push(head + parts.join(',') + tail);
	return payloads;
}

export function settingsMessage(origin: string): string {
	return JSON.stringify({ origin, settings: true });
}

/** The message in a payload, or null for anything else (logged by the caller). */
export function parseMessage(payload: string): SyncMessage | null {
	try {
		const parsed = ZMessage.safeParse(JSON.parse(payload));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}
