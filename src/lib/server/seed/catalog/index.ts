/** All offer archetypes, in a fixed order (the order is part of the deterministic output). */
import { ADULTS } from './adults';
import { BNE } from './bne';
import { EARLY } from './early';
import { FAMILY } from './family';
import { LANGUAGE } from './language';
import { LEISURE } from './leisure';
import { SCHOOL } from './school';
import type { Archetype } from './types';
import { YOUTH } from './youth';

export type { Archetype, Daytime, Detail, ScheduleType, TitleVariant } from './types';

export const ARCHETYPES: Archetype[] = [
	...EARLY,
	...SCHOOL,
	...LEISURE,
	...YOUTH,
	...LANGUAGE,
	...FAMILY,
	...ADULTS,
	...BNE
];

export function archetype(key: string): Archetype {
	const found = ARCHETYPES.find((a) => a.key === key);
	if (!found) throw new Error(`Unknown offer archetype: ${key}`);
	return found;
}
