/** View types of the offer editor (shared by the server pages and the components). */
import type { Option } from './fields';

export interface EditorOptions {
	formats: Option[];
	topics: Option[];
	lifePhases: Option[];
	languages: Option[];
	/** Languages a translation can be added for (not German, not sign language). */
	translationLanguages: Option[];
	sdgs: Option[];
	districts: Option[];
}
