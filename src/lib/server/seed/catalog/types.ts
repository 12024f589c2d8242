/**
 * An archetype describes one kind of offer ("Schwimmkurs", "Elterncafé" …):
 * title variants, who runs it, its taxonomy codes, cost and the German
 * sentences its texts are composed from. Codes refer to config/taxonomies.
 */
import type { VenueKind } from '../places';
import type { TranslationKind } from '../translations';

export type ScheduleType = 'ongoing' | 'dates' | 'recurring';
export type Daytime = 'morning' | 'afternoon' | 'evening';

/** A title variant; the object form narrows hosts, phases, ages or format for that title. */
export type TitleVariant =
	| string
	| {
			t: string;
			hosts?: string[];
			phases?: string[];
			ages?: [number, number];
			format?: string;
			/** The title names the place: never at a venue elsewhere. */
			atHost?: boolean;
			/** The title names the time of day ("Infoabend", "am Vormittag"). */
			time?: Daytime;
	  };

export interface Archetype {
	key: string;
	/** Relative frequency among the generated offers. */
	weight: number;
	/** German titles; placeholders: {ort} district, {sprache} language name (e.g. "Türkisch"). */
	titles: TitleVariant[];
	/** Optional qualifiers appended to some titles, e.g. "– Ferienkurs". */
	extras?: string[];
	/** Institution type codes that run this offer. */
	hosts: string[];
	formats: string[];
	/** The first topic is always set; up to two more are drawn from the rest. */
	topics: string[];
	/** The first phase is always set; a second may be drawn from the rest. */
	phases: string[];
	ages?: [number, number];
	/** Probability that the offer is free. */
	free: number;
	/** Price range in euros for paid offers. */
	price?: [number, number];
	costNotes?: string[];
	/** Paid offers for children and youth may be funded by "Bildung und Teilhabe". */
	but?: boolean;
	/** Overrides the schedule types that follow from the format. */
	schedule?: Partial<Record<ScheduleType, number>>;
	/** [min, max] minutes, multiples of 15. */
	duration?: [number, number];
	sdgs?: number[];
	/** Languages besides German that this offer is sometimes held in. */
	langs?: string[];
	/** Probability of being held in one of `langs` (default 0.3; 1 when a title has {sprache}). */
	langChance?: number;
	/** Whether the offer may be held only in the other language (without German). */
	monolingual?: boolean;
	/** Translation templates for the non-German languages. */
	kind?: TranslationKind;
	venues?: VenueKind[];
	/** Probability of taking place outside the institution (default 0.08). */
	venueChance?: number;
	/** English title and summary. */
	en: [string, string];
	summaries: string[];
	/** Sentences for the description; the object form applies only to free or paid offers. */
	details: Detail[];
}

export type Detail = string | { s: string; when: 'free' | 'paid' };
