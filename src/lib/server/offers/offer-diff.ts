/**
 * A field-by-field comparison of two offer write bodies for reviewers: the
 * published version against a pending change (or a new offer on its own,
 * `before` null). Values are written for people — taxonomy labels, dates in
 * the city's time zone, prices in euros, one line per date — so the review
 * page only lays them out.
 */
import { m } from '$lib/paraglide/messages';
import type { UiLocale } from '$lib/components/finder/format';
import { termLabel } from '../config/taxonomies';
import { FIELDS, LABELS, TRANSLATED, text, type FieldSpec, type Fmt } from './offer-diff-fields';
import type { TOfferInput } from './offer-input';

export interface OfferDiffRow {
	/** Dotted path in the write body, e.g. `cost.amountCents`, `translations.en.title`. */
	path: string;
	/** The Paraglide message key of the field's label. */
	labelKey: string;
	/** The label in the requested locale, e.g. "Titel (Englisch)". */
	label: string;
	/** The published value as text; null when there is no published version. '' = empty. */
	before: string | null;
	/** The submitted value as text; '' = empty. */
	after: string;
	/** True when both versions exist and the texts differ. */
	changed: boolean;
}

export interface DiffOptions {
	locale?: UiLocale;
	timeZone?: string;
}

function row(
	path: string,
	labelKey: string,
	label: string,
	before: string | null,
	after: string
): OfferDiffRow {
	return { path, labelKey, label, before, after, changed: before !== null && before !== after };
}

/**
 * Every field of `after`, side by side with `before` (null for a new offer).
 * Fields empty in both versions are left out unless a reviewer should notice
 * them missing; translations get one row per language and text field.
 */
export function diffOfferInputs(
	before: TOfferInput | null,
	after: TOfferInput,
	options: DiffOptions = {}
): OfferDiffRow[] {
	const f: Fmt = { locale: options.locale ?? 'de', timeZone: options.timeZone ?? 'Europe/Berlin' };
	const rows: OfferDiffRow[] = [];
	const push = (spec: FieldSpec) => {
		const a = spec.value(after, f);
		const b = before ? spec.value(before, f) : null;
		if (!spec.always && a === '' && (b === null || b === '')) return;
		rows.push(row(spec.path, spec.labelKey, LABELS[spec.labelKey]({}, f), b, a));
	};
	const descriptionIndex = FIELDS.findIndex((s) => s.path === 'description');
	FIELDS.slice(0, descriptionIndex + 1).forEach(push);

	// Translations follow the German texts, one language after the other.
	const languages = [
		...new Set([...Object.keys(before?.translations ?? {}), ...Object.keys(after.translations)])
	].sort((x, y) =>
		termLabel('languages', x, f.locale).localeCompare(termLabel('languages', y, f.locale))
	);
	for (const lang of languages) {
		const language = termLabel('languages', lang, f.locale);
		for (const t of TRANSLATED) {
			const a = text(after.translations[lang]?.[t.key]);
			const b = before ? text(before.translations[lang]?.[t.key]) : null;
			if (a === '' && (b === null || b === '')) continue;
			const field = LABELS[t.labelKey]({}, f);
			rows.push(
				row(
					`translations.${lang}.${t.key}`,
					'admin_field_translation',
					m.admin_field_translation({ field, language }, f),
					b,
					a
				)
			);
		}
	}
	FIELDS.slice(descriptionIndex + 1).forEach(push);
	return rows;
}
