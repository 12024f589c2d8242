/**
 * Where a field issue of the institution profile form (a dotted path from
 * ZInstitutionInput, e.g. "openingHours.1.opens") is shown: the id of its
 * control, or of its group for checkboxes, radios and the opening-hours list.
 */
export function fieldId(field: string): string {
	if (field.startsWith('languages')) return 'inst-languages';
	if (field === 'wheelchairAccessible') return 'inst-wheelchair';
	const hours = /^openingHours\.(\d+)\.(days|opens|closes|note)$/.exec(field);
	if (hours) return `inst-hours-${hours[1]}-${hours[2]}`;
	if (/^openingHours(\.\d+)?$/.test(field)) return 'inst-hours';
	return `inst-${field}`;
}
