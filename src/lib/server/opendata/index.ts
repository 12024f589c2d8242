export { offerToIcs, offerHasCalendar, escapeText, foldLine, type IcsOptions } from './ical';
export {
	offerJsonLd,
	institutionJsonLd,
	jsonLdScript,
	jsonLdString,
	type JsonLd,
	type JsonLdOptions
} from './jsonld';
