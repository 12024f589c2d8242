/**
 * Where map tiles come from (TILE_URL, TILE_ATTRIBUTION). Return `tiles:
 * mapTiles()` from a server load; OfferMap reads it from the page data (or
 * from its `tiles` prop), and names the host in its privacy notice.
 */
import { env } from '$lib/server/env';
import { tileOrigin } from '$lib/server/http/security-headers';
import type { TileConfig } from './tiles';

export function mapTiles(): TileConfig {
	const origin = tileOrigin(env.TILE_URL);
	return {
		url: env.TILE_URL,
		attribution: env.TILE_ATTRIBUTION,
		host: origin ? origin.replace(/^https?:\/\//, '') : env.TILE_URL
	};
}
