/**
 * After a write commits, the offers module reports which offers may look
 * different to the public. The app subscribes once (app.ts) and brings the
 * search index up to date; modules never reach for the running app.
 */
type Listener = (offerIds: string[]) => void | Promise<void>;

const listeners = new Set<Listener>();

export function onOffersChanged(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** Awaited, so a response only leaves once the public index shows the change. */
export async function offersChanged(offerIds: string[]): Promise<void> {
	if (offerIds.length === 0) return;
	for (const l of listeners) await l(offerIds);
}
