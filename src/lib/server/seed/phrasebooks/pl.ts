/** Polish templates for offer translations. */
import type { Phrasebook } from './types';

export const pl: Phrasebook = {
	kinds: {
		sprachkurs: [
			'Kurs języka niemieckiego',
			'Niemiecki na co dzień.',
			'Ćwiczymy w małych grupach mówienie, czytanie i pisanie.'
		],
		integrationskurs: [
			'Kurs integracyjny',
			'Kurs języka niemieckiego i kurs orientacyjny o życiu w Niemczech.',
			'Kurs kończy się egzaminem DTZ na poziomie B1.'
		],
		alphabetisierung: [
			'Kurs alfabetyzacji',
			'Naucz się czytać i pisać alfabetem łacińskim.',
			'Uczymy się w spokojnym tempie z cierpliwymi nauczycielami.'
		],
		elterncafe: [
			'Kawiarenka dla rodziców',
			'Poznaj innych rodziców przy herbacie i kawie.',
			'Rozmawiamy o wychowaniu, szkole i codziennym życiu, a dzieci w tym czasie się bawią.'
		],
		spielgruppe: [
			'Wielojęzyczna grupa zabaw',
			'Zabawy, piosenki i bajki dla rodziców i małych dzieci.',
			'Wspólnie wspieramy język ojczysty i język niemiecki.'
		],
		hausaufgaben: [
			'Pomoc w odrabianiu lekcji',
			'Wsparcie dla uczniów przy odrabianiu zadań domowych.',
			'Wolontariusze pomagają dzieciom w zadaniach domowych i czytaniu.'
		],
		migrationsberatung: [
			'Doradztwo dla migrantów',
			'Doradztwo w sprawach pobytu, pracy, szkoły i kursów językowych.',
			'Porady są poufne. Prosimy o umówienie się telefonicznie.'
		],
		familienberatung: [
			'Poradnictwo rodzinne',
			'Wsparcie w sprawach wychowania i życia rodzinnego.',
			'Rozmowa jest poufna, w razie potrzeby zapewnimy tłumacza.'
		],
		familie: [
			'Informacje dla rodziców',
			'Informacje i wymiana doświadczeń o wychowaniu, szkole i życiu rodzinnym.',
			'Możesz wymienić się doświadczeniami z innymi rodzicami.'
		],
		treff: [
			'Kawiarenka spotkań',
			'Otwarte spotkanie, aby poznać ludzi z różnych kultur.',
			'Rozmawiamy i ćwiczymy język niemiecki.'
		],
		schwimmkurs: [
			'Kurs pływania',
			'Naucz się pływać z doświadczonymi trenerami.',
			'W małych grupach bezpiecznie oswajamy się z wodą.'
		],
		computer: [
			'Kurs obsługi komputera i smartfona',
			'Podstawy obsługi smartfona, poczty e-mail i internetu.',
			'Można przynieść własne urządzenie.'
		],
		beruf: [
			'Orientacja zawodowa i trening rekrutacyjny',
			'Wsparcie w wyborze zawodu, szukaniu praktyk i przygotowaniu dokumentów.',
			'Wspólnie przygotowujemy CV i ćwiczymy rozmowę kwalifikacyjną.'
		],
		sprachfoerderung: [
			'Wsparcie językowe dla dzieci',
			'Wspieramy rozwój języka niemieckiego poprzez zabawy i opowiadania.',
			'Regularnie spotykamy się z rodzicami.'
		],
		lesen: [
			'Wielojęzyczna godzina czytania',
			'Bajki dla dzieci po niemiecku i w języku ojczystym.',
			'Razem czytamy książki i rysujemy.'
		],
		herkunftssprache: [
			'Język polski dla dzieci',
			'Dzieci uczą się czytać i pisać po polsku.',
			'Kto dobrze zna język ojczysty, łatwiej uczy się niemieckiego.'
		]
	},
	free: 'Udział jest bezpłatny.',
	paid: (e) => `Opłata za udział: ${e} €.`,
	registration: 'Prosimy o wcześniejsze zgłoszenie.',
	noRegistration: 'Zapisy nie są wymagane – po prostu przyjdź.',
	address: (s, p) => `Adres: ${s}, ${p} Salzgitter.`,
	heldIn: (mono) =>
		mono ? 'Zajęcia odbywają się po polsku.' : 'Zajęcia odbywają się po niemiecku i po polsku.'
};
