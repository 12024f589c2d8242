/** The office's contact data from the city configuration, as the layout passes it on. */
export interface OfficeContact {
	name: string;
	organisation: string;
	street: string;
	postalCode: string;
	locality: string;
	phone: string;
	email: string;
	website: string;
	openingHours: string;
}
