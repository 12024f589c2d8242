/** Map tile source, from the server's environment (see tiles.server.ts). */
export interface TileConfig {
	/** URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
	url: string;
	/** Attribution shown on the map (may contain links). */
	attribution: string;
	/** Host name for the privacy notice, e.g. tile.openstreetmap.org */
	host: string;
}

export interface MapPoint {
	lat: number;
	lon: number;
	title: string;
	href?: string;
}
