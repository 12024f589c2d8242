import { describe, expect, it } from 'vitest';
import { parseDates, parseEuro, parseTermList, toIso } from './convert';
import { formatRowError, mapRow } from './map';
import { columnOfField } from './columns';

const INST = '00000000-0000-4000-8000-000000000001';

const base: Record<string, string> = {
	titel: 'Deutsch im Alltag',
	beschreibung: 'Ein Gesprächskurs für den Alltag.',
	format: 'kurs',
	themen: 'sprache',
	lebensphasen: 'erwachsene'
};

function map(cells: Record<string, string>, row = 7) {
	return mapRow({ row, cells: { ...base, ...cells } }, { institutionId: INST, locale: 'de' });
}
function ok(cells: Record<string, string>) {
	const r = map(cells);
	if (!r.ok) throw new Error(r.errors.map((e) => formatRowError(e)).join('\n'));
	return r.input;
}
function errors(cells: Record<string, string>) {
	const r = map(cells);
	if (r.ok) throw new Error('expected errors');
	return r.errors.map((e) => ({ column: e.column, message: e.message }));
}

describe('a minimal row', () => {
	it('becomes a write body with defaults: at the institution, ongoing, free, German', () => {
		const input = ok({});
		expect(input).toMatchObject({
			institution: { id: INST },
			externalId: null,
			title: 'Deutsch im Alltag',
			format: 'kurs',
			topics: ['sprache'],
			lifePhases: ['erwachsene'],
			languages: ['de'],
			cost: { type: 'free', amountCents: null, reducedFeeAvailable: false },
			butEligible: false,
			accessibility: { wheelchairAccessible: null },
			location: { atInstitution: true },
			schedule: { type: 'ongoing', dates: [], rrule: null },
			registration: { required: false },
			sdgs: []
		});
	});

	it('formats errors with row and column as the user sees them', () => {
		const r = map({ plz: '3822', strasse: 'A 1', ort: 'Salzgitter', stadtteil: 'Thiede' }, 7);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(formatRowError(r.errors[0]!)).toBe(
			'Zeile 7, Spalte „plz“: Bitte eine fünfstellige Postleitzahl angeben.'
		);
		expect(formatRowError({ row: 3, column: '', message: 'X' })).toBe('Zeile 3: X');
	});
});

describe('required text columns', () => {
	it('asks for a missing title and description once each, naming the column', () => {
		expect(errors({ titel: '', beschreibung: '  ' })).toEqual([
			{ column: 'titel', message: 'Bitte füllen Sie diese Spalte aus.' },
			{ column: 'beschreibung', message: 'Bitte füllen Sie diese Spalte aus.' }
		]);
	});
	it('passes length limits through from the offer validation', () => {
		expect(errors({ titel: 'AB' })).toEqual([
			{ column: 'titel', message: 'Mindestens 3 Zeichen.' }
		]);
		expect(errors({ kurzbeschreibung: 'x'.repeat(301) })).toEqual([
			{ column: 'kurzbeschreibung', message: 'Höchstens 300 Zeichen.' }
		]);
	});
	it('keeps externe_id, summary and time note', () => {
		expect(
			ok({ externe_id: 'K-1', kurzbeschreibung: 'Kurz', zeit_hinweis: 'dienstags' })
		).toMatchObject({ externalId: 'K-1', summary: 'Kurz', schedule: { note: 'dienstags' } });
	});
});

describe('taxonomy columns', () => {
	it('accept codes and German or English labels, case- and umlaut-insensitive', () => {
		const input = ok({
			format: 'Regelmäßiges Angebot',
			themen: 'SPRACHE; natur, umwelt und nachhaltigkeit, Digitales',
			lebensphasen: 'Kleinkinder (0–3 Jahre); Kindergartenkinder; families and parents',
			sprachen: 'Deutsch, Tuerkisch; ar'
		});
		expect(input.format).toBe('regelmaessig');
		expect(input.topics).toEqual(['sprache', 'natur', 'digital']);
		expect(input.lifePhases).toEqual(['u3', 'kita', 'familien']);
		expect(input.languages).toEqual(['de', 'tr', 'ar']);
	});
	it('name the unknown value and the allowed codes', () => {
		const [e] = errors({ format: 'Zaubershow' });
		expect(e).toEqual({
			column: 'format',
			message:
				'„Zaubershow“ kennen wir nicht. Erlaubt sind die Kürzel kurs, regelmaessig, einzeltermin, beratung, veranstaltung oder ihre Bezeichnungen.'
		});
		expect(errors({ themen: 'sprache; Kochen' })[0]).toMatchObject({
			column: 'themen',
			message: expect.stringContaining('„Kochen“')
		});
		expect(errors({ format: 'kurs; beratung' })).toEqual([
			{ column: 'format', message: 'Bitte geben Sie genau ein Format an.' }
		]);
	});
	it('names an unknown language', () => {
		expect(errors({ sprachen: 'Deutsch; Klingonisch' })).toEqual([
			{ column: 'sprachen', message: expect.stringContaining('„Klingonisch“ kennen wir nicht') }
		]);
	});
	it('accepts SDGs as numbers or labels', () => {
		expect(ok({ sdgs: '4; Gesundheit und Wohlergehen, 13' }).sdgs).toEqual([4, 3, 13]);
		expect(errors({ sdgs: '18' })[0]!.column).toBe('sdgs');
	});
	it('split lists and join labels that contain a comma', () => {
		expect(parseTermList('Industrie, Innovation und Infrastruktur; 4', 'sdgs', 'de')).toEqual([
			'9',
			'4'
		]);
	});
});

describe('numbers', () => {
	it('convert ages and check their order', () => {
		expect(ok({ alter_von: '6', alter_bis: '10' })).toMatchObject({ ageMin: 6, ageMax: 10 });
		expect(errors({ alter_von: 'sechs' })).toEqual([
			{ column: 'alter_von', message: 'Bitte eine ganze Zahl von 0 bis 120 angeben.' }
		]);
		expect(errors({ alter_von: '12', alter_bis: '6' })).toEqual([
			{
				column: 'alter_bis',
				message: 'Das Höchstalter darf nicht kleiner sein als das Mindestalter.'
			}
		]);
	});
	it('read prices in German and English notation', () => {
		expect(parseEuro('12,50', 'de')).toBe(1250);
		expect(parseEuro('12.5', 'de')).toBe(1250);
		expect(parseEuro('1.234,56 €', 'de')).toBe(123456);
		expect(parseEuro('EUR 7', 'de')).toBe(700);
		expect(parseEuro('', 'de')).toBeNull();
		expect(parseEuro('zwölf', 'de')).toEqual({
			error: 'Bitte einen Betrag in Euro angeben, z. B. 12,50.'
		});
	});
	it('check the duration', () => {
		expect(ok({ dauer_minuten: '90' }).schedule.durationMinutes).toBe(90);
		expect(errors({ dauer_minuten: '0' })[0]!.column).toBe('dauer_minuten');
	});
});

describe('cost', () => {
	it('a price alone means paid', () => {
		expect(ok({ preis_euro: '45' }).cost).toMatchObject({ type: 'paid', amountCents: 4500 });
	});
	it('paid needs a price or a note', () => {
		expect(errors({ kosten: 'kostenpflichtig' })).toEqual([
			{
				column: 'preis_euro',
				message:
					'Bei kostenpflichtigen Angeboten bitte den Preis oder einen Hinweis zu den Kosten angeben.'
			}
		]);
		expect(ok({ kosten: 'kostenpflichtig', kostenhinweis: 'nach Absprache' }).cost).toMatchObject({
			type: 'paid',
			amountCents: null,
			note: 'nach Absprache'
		});
	});
	it('free with a price and unknown cost words are errors', () => {
		expect(errors({ kosten: 'kostenlos', preis_euro: '5' })[0]!.column).toBe('preis_euro');
		expect(errors({ kosten: 'teuer' })).toEqual([
			{
				column: 'kosten',
				message: 'Bitte „kostenlos“ oder „kostenpflichtig“ angeben, nicht „teuer“.'
			}
		]);
	});
});

describe('yes/no columns', () => {
	it('read ja/nein and friends', () => {
		expect(
			ok({ ermaessigung: 'Ja', but: 'x', rollstuhlgerecht: 'nein', anmeldung: 'nein' })
		).toMatchObject({
			cost: { reducedFeeAvailable: true },
			butEligible: true,
			accessibility: { wheelchairAccessible: false },
			registration: { required: false }
		});
		expect(ok({ rollstuhlgerecht: 'unbekannt' }).accessibility.wheelchairAccessible).toBeNull();
		expect(ok({ barrierefreiheit_hinweis: 'Aufzug im Haus' }).accessibility).toEqual({
			wheelchairAccessible: null,
			notes: 'Aufzug im Haus'
		});
	});
	it('reject anything else', () => {
		expect(errors({ but: 'vielleicht' })).toEqual([
			{ column: 'but', message: 'Bitte „ja“ oder „nein“ angeben, nicht „vielleicht“.' }
		]);
		expect(errors({ rollstuhlgerecht: 'teils' })[0]!.column).toBe('rollstuhlgerecht');
	});
});

describe('venue', () => {
	const venue = { ort_name: 'Halle', strasse: 'Schulstraße 5', plz: '38239', ort: 'Salzgitter' };
	it('any address column means another venue; districts by name or code', () => {
		expect(ok({ ...venue, stadtteil: 'groß mahner' }).location).toMatchObject({
			atInstitution: false,
			name: 'Halle',
			street: 'Schulstraße 5',
			postalCode: '38239',
			locality: 'Salzgitter',
			district: { slug: 'gross-mahner' }
		});
	});
	it('asks for the missing address columns', () => {
		expect(errors({ ort_name: 'Halle' }).map((e) => e.column)).toEqual([
			'strasse',
			'plz',
			'ort',
			'stadtteil'
		]);
	});
	it('checks postal code and district', () => {
		expect(errors({ ...venue, plz: '3823', stadtteil: 'Thiede' })).toEqual([
			{ column: 'plz', message: 'Bitte eine fünfstellige Postleitzahl angeben.' }
		]);
		expect(errors({ ...venue, stadtteil: 'Atlantis' })).toEqual([
			{
				column: 'stadtteil',
				message:
					'Den Stadtteil „Atlantis“ gibt es in Salzgitter nicht. Die Stadtteile stehen in der Spaltenbeschreibung.'
			}
		]);
	});
});

describe('dates', () => {
	it('converts Berlin wall-clock times with the right offset in winter and summer', () => {
		expect(toIso({ y: 2027, mo: 3, d: 2, h: 17, mi: 0 })).toBe('2027-03-02T17:00:00+01:00');
		expect(toIso({ y: 2027, mo: 7, d: 1, h: 9, mi: 30 })).toBe('2027-07-01T09:30:00+02:00');
	});
	it('reads several dates with optional end times', () => {
		expect(
			parseDates('02.03.2027 17:00-18:30; 9.3.2027 17:00 – 18:30 Uhr;2027-03-16 17:00', 'de')
		).toEqual([
			{ startsAt: '2027-03-02T17:00:00+01:00', endsAt: '2027-03-02T18:30:00+01:00' },
			{ startsAt: '2027-03-09T17:00:00+01:00', endsAt: '2027-03-09T18:30:00+01:00' },
			{ startsAt: '2027-03-16T17:00:00+01:00', endsAt: null }
		]);
		expect(parseDates('01.04.2027 20:00 - 02.04.2027 02:00', 'de')).toEqual([
			{ startsAt: '2027-04-01T20:00:00+02:00', endsAt: '2027-04-02T02:00:00+02:00' }
		]);
	});
	it('makes a dated offer from termine', () => {
		expect(ok({ termine: '02.03.2027 17:00-18:30' }).schedule).toMatchObject({
			type: 'dates',
			dates: [{ startsAt: '2027-03-02T17:00:00+01:00', endsAt: '2027-03-02T18:30:00+01:00' }]
		});
	});
	it('names the bad date, also a missing time or an impossible day', () => {
		expect(errors({ termine: '02.03.2027 17:00; 31.02.2027 10:00' })).toEqual([
			{
				column: 'termine',
				message:
					'Termin 2 („31.02.2027 10:00“) ist ungültig. Bitte als TT.MM.JJJJ HH:MM oder TT.MM.JJJJ HH:MM-HH:MM angeben, mehrere Termine durch „;“ getrennt.'
			}
		]);
		expect(errors({ termine: '02.03.2027' })[0]!.column).toBe('termine');
	});
	it('maps an end before the start to termine with the date number', () => {
		expect(errors({ termine: '02.03.2027 10:00; 03.03.2027 18:00-17:00' })).toEqual([
			{ column: 'termine', message: 'Termin 2: Das Ende darf nicht vor dem Beginn liegen.' }
		]);
	});
});

describe('recurrence', () => {
	it('builds a recurring schedule with until (end of day) and exceptions', () => {
		expect(
			ok({
				wiederholung: 'RRULE:FREQ=WEEKLY;BYDAY=WE',
				beginn: '03.03.2027 15:00',
				ende_wiederholung: '30.06.2027',
				dauer_minuten: '90',
				ausnahmen: '07.04.2027; 14.04.2027 16:00'
			}).schedule
		).toMatchObject({
			type: 'recurring',
			rrule: 'FREQ=WEEKLY;BYDAY=WE',
			start: '2027-03-03T15:00:00+01:00',
			until: '2027-06-30T23:59:00+02:00',
			durationMinutes: 90,
			exceptions: ['2027-04-07T15:00:00+02:00', '2027-04-14T16:00:00+02:00']
		});
	});
	it('needs a start and a valid rule', () => {
		expect(errors({ wiederholung: 'FREQ=WEEKLY;BYDAY=WE' })).toEqual([
			{ column: 'beginn', message: 'Bitte füllen Sie dieses Feld aus.' }
		]);
		expect(errors({ wiederholung: 'jeden Mittwoch', beginn: '03.03.2027 15:00' })).toEqual([
			{
				column: 'wiederholung',
				message: 'Diese Wiederholungsregel ist ungültig (Beispiel: FREQ=WEEKLY;BYDAY=TU).'
			}
		]);
	});
	it('refuses dates and a rule together, and recurrence columns without a rule', () => {
		expect(
			errors({
				termine: '02.03.2027 10:00',
				wiederholung: 'FREQ=WEEKLY',
				beginn: '03.03.2027 15:00'
			})
		).toEqual([
			{
				column: 'wiederholung',
				message: 'Bitte entweder Termine oder eine Wiederholung angeben, nicht beides.'
			}
		]);
		expect(errors({ beginn: '03.03.2027 15:00' })).toEqual([
			{ column: 'beginn', message: 'Diese Spalte gilt nur zusammen mit „wiederholung“.' }
		]);
	});
	it('names bad start and end values', () => {
		expect(errors({ wiederholung: 'FREQ=DAILY', beginn: 'morgen' })[0]).toEqual({
			column: 'beginn',
			message:
				'„morgen“ ist kein Zeitpunkt. Bitte als TT.MM.JJJJ HH:MM angeben, z. B. 02.03.2027 17:00.'
		});
		expect(
			errors({
				wiederholung: 'FREQ=DAILY',
				beginn: '03.03.2027 15:00',
				ende_wiederholung: 'nie'
			})[0]!.column
		).toBe('ende_wiederholung');
	});
});

describe('registration', () => {
	it('needs a way to register when required', () => {
		expect(errors({ anmeldung: 'ja' })).toEqual([
			{
				column: 'anmeldung_url',
				message:
					'Bei Anmeldepflicht bitte eine Internetadresse, E-Mail-Adresse oder Telefonnummer für die Anmeldung angeben.'
			}
		]);
		expect(
			ok({ anmeldung: 'ja', anmeldung_telefon: '05341 839-0', anmeldung_hinweis: 'bis Freitag' })
				.registration
		).toMatchObject({ required: true, phone: '05341 839-0', note: 'bis Freitag' });
	});
	it('keeps URL and e-mail', () => {
		expect(
			ok({ anmeldung_url: 'https://example.org/a', anmeldung_email: 'kurse@example.org' })
				.registration
		).toMatchObject({ url: 'https://example.org/a', email: 'kurse@example.org' });
	});
	it('checks URL, e-mail and phone', () => {
		expect(
			errors({
				anmeldung_url: 'www.example.org',
				anmeldung_email: 'kein-at',
				anmeldung_telefon: 'abc'
			}).map((e) => e.column)
		).toEqual(['anmeldung_url', 'anmeldung_email', 'anmeldung_telefon']);
	});
});

describe('translations', () => {
	it('reads titel_en and other languages of the list', () => {
		expect(
			ok({
				titel_en: 'German for everyday life',
				beschreibung_en: 'A course.',
				titel_tr: 'Günlük Almanca'
			}).translations
		).toEqual({
			en: { title: 'German for everyday life', summary: null, description: 'A course.' },
			tr: { title: 'Günlük Almanca', summary: null, description: null }
		});
	});
	it('needs a title when other translated text is given', () => {
		expect(errors({ beschreibung_en: 'A course.' })).toEqual([
			{ column: 'titel_en', message: 'Bitte füllen Sie dieses Feld aus.' }
		]);
	});
});

describe('field paths back to columns', () => {
	it('finds the column of every kind of path', () => {
		expect(columnOfField('schedule.dates.1.startsAt')).toBe('termine');
		expect(columnOfField('cost.amountCents')).toBe('preis_euro');
		expect(columnOfField('location.district.slug')).toBe('stadtteil');
		expect(columnOfField('topics.0')).toBe('themen');
		expect(columnOfField('translations.uk.description')).toBe('beschreibung_uk');
		expect(columnOfField('registration.url')).toBe('anmeldung_url');
	});
});
