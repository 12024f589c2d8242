/**
 * gzip for dynamic responses (HTML, JSON, iCal …). Static assets are served
 * pre-compressed by adapter-node, so they never reach this.
 */
const COMPRESSIBLE =
	/^(text\/|application\/(json|problem\+json|ld\+json|geo\+json|xml|javascript)|image\/svg)/;

export function compress(request: Request, response: Response): Response {
	const type = response.headers.get('content-type') ?? '';
	const accepts = request.headers.get('accept-encoding') ?? '';
	if (
		!response.body ||
		request.method === 'HEAD' ||
		response.status === 204 ||
		response.status === 304 ||
		response.headers.has('content-encoding') ||
		!COMPRESSIBLE.test(type) ||
		!/\bgzip\b/.test(accepts)
	) {
		return response;
	}
	const headers = new Headers(response.headers);
	headers.set('content-encoding', 'gzip');
	headers.delete('content-length');
	headers.append('vary', 'Accept-Encoding');
	return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
