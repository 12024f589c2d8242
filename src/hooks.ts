import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/** /en/angebote is served by the same route as /angebote. */
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
