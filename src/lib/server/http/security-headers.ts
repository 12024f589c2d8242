/** Security headers on every response. Page CSPs come from svelte.config.js (hashes). */
export function tileOrigin(tileUrl: string): string | null {
	try {
		const u = new URL(tileUrl.replace('{s}', 'a').replace(/\{[a-z]\}/g, '0'));
		return tileUrl.includes('{s}')
			? `${u.protocol}//*.${u.host.split('.').slice(1).join('.')}`
			: u.origin;
	} catch {
		return null;
	}
}

export function securityHeaders(headers: Headers, tileUrl: string): void {
	headers.set('x-content-type-options', 'nosniff');
	headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	headers.set('x-frame-options', 'DENY');
	headers.set('permissions-policy', 'geolocation=(), camera=(), microphone=(), interest-cohort=()');
	headers.set('cross-origin-opener-policy', 'same-origin');
	const csp = headers.get('content-security-policy');
	const tiles = tileOrigin(tileUrl);
	if (csp && tiles) {
		// Map tiles are the one outside origin, and load only once a user opens a map.
		headers.set('content-security-policy', csp.replace(/img-src ([^;]*)/, `img-src $1 ${tiles}`));
	} else if (!csp) {
		headers.set('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
	}
}
