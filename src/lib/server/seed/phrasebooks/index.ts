/** Translation templates per language the offers are held in. */
import { ar } from './ar';
import { pl } from './pl';
import { ru } from './ru';
import { tr } from './tr';
import type { Phrasebook } from './types';
import { uk } from './uk';

export type { Phrasebook, TranslationKind } from './types';

export const PHRASEBOOKS = { tr, ar, ru, uk, pl } satisfies Record<string, Phrasebook>;
