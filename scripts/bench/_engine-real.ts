// temporary: times engine on real seeded data
import { openDatabase } from '../../src/lib/server/db/client';
import { buildSearch } from '../../src/lib/server/app';
import { ZOfferSearchQuery, searchParamsToObject } from '../../src/lib/server/search';
const handle = await openDatabase({ dataDir: process.argv[2]! });
let t = performance.now();
const search = await buildSearch(handle);
console.log('build+load', Math.round(performance.now() - t), 'ms', search.size);
const classes: Record<string, string[]> = {
	selective: ['q=Schwimmkurs', 'q=Integrationskurs', 'q=Hausaufgabenhilfe+Grundschule'],
	broad: ['q=Kinder', 'q=Kurs', 'q=Angebot'],
	typo: ['q=Schwimkurs', 'q=Integratonskurs', 'q=Sprachfoerderung'],
	facets: ['q=Sprache&district=lebenstedt&free=1', 'lifePhase=kita&topic=sprache&language=tr', 'topic=bewegung&district=salzgitter-bad&format=kurs'],
	'facets only': ['lifePhase=grundschule', 'free=1&accessible=1', 'district=thiede&topic=natur']
};
for (const [name, qs] of Object.entries(classes)) {
	const queries = qs.map((s) => ZOfferSearchQuery.parse(searchParamsToObject(new URLSearchParams(s))));
	const times: number[] = [];
	let total = 0;
	for (let i = 0; i < 600; i++) {
		const q = queries[i % queries.length]!;
		t = performance.now();
		const r = search.search(q, 'de');
		times.push(performance.now() - t);
		total += r.total;
	}
	times.sort((a, b) => a - b);
	const p = (x: number) => times[Math.floor(x * times.length)]!.toFixed(3);
	console.log(name.padEnd(12), 'p50', p(0.5), 'p95', p(0.95), 'avg total', Math.round(total / 600));
}
await handle.close();
