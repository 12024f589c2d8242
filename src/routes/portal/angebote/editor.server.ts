/**
 * What the editor pages share: the sign-in guard, offer ids from the URL,
 * AppErrors → HTTP errors, the choices of the form, and handling a posted
 * offer form (row buttons re-render, save/submit validate).
 */
import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { userActor, type Actor, type SessionUser } from '$lib/server/accounts';
import { cityConfig } from '$lib/server/config/city';
import { taxonomies, termLabel } from '$lib/server/config/taxonomies';
import { AppError, ErrorCode, type FieldIssue } from '$lib/server/errors';
import type { TOfferInput } from '$lib/server/offers/offer-input';
import type { EditorOptions } from '$lib/components/offer-editor/types';
import {
	applyRowIntent,
	formErrors,
	readIntent,
	readOfferForm,
	validateOfferForm,
	type FormContext,
	type OfferFormValues
} from './offer-form';

export type Locale = 'de' | 'en';

/** The signed-in user as actor; anyone else goes to the sign-in page. */
export function requireActor(locals: App.Locals): { user: SessionUser; actor: Actor } {
	if (!locals.user) redirect(303, localizeHref('/anmelden'));
	return { user: locals.user, actor: userActor(locals.user) };
}

/** An offer id from the URL, or 404. */
export function offerIdOf(param: string, locale: Locale): string {
	const parsed = z.uuid().safeParse(param);
	if (!parsed.success) error(404, m.editor_not_found({}, { locale }));
	return parsed.data;
}

/** Expected failures of reads and policy checks as error pages; anything else is unexpected. */
export function pageError(e: unknown, locale: Locale): never {
	if (e instanceof AppError) {
		if (e.code === ErrorCode.NotFound) error(404, m.editor_not_found({}, { locale }));
		if (e.code === ErrorCode.Forbidden) error(403, m.editor_forbidden({}, { locale }));
		if (e.code === ErrorCode.Unauthenticated) redirect(303, localizeHref('/anmelden'));
	}
	throw e;
}

export const timeZone = (): string => cityConfig().city.timezone;

/** The choices of the form in the user's language. */
export function editorOptions(locale: Locale): EditorOptions {
	const t = taxonomies();
	const terms = (name: 'formats' | 'topics' | 'life-phases') =>
		t[name].map((term) => ({ value: term.code, label: termLabel(name, term.code, locale) }));
	const languages = t.languages.map((term) => ({
		value: term.code,
		label: locale === 'en' ? term.en : term.de
	}));
	return {
		formats: terms('formats'),
		topics: terms('topics'),
		lifePhases: terms('life-phases'),
		languages,
		translationLanguages: languages.filter((l) => l.value !== 'de' && l.value !== 'dgs'),
		sdgs: t.sdgs.map((term) => ({
			value: term.code,
			label: `${term.code} – ${locale === 'en' ? term.en : term.de}`
		})),
		districts: cityConfig()
			.districts.map((d) => ({ value: d.slug, label: d.name }))
			.sort((a, b) => a.label.localeCompare(b.label, 'de'))
	};
}

/** What the form shows after a post that did not lead elsewhere. */
export interface EditorFormState {
	values: OfferFormValues;
	errors: FieldIssue[];
	/** The field to bring into view (after adding a row). */
	focus: string;
}

export type PostedOfferForm =
	| { kind: 'rerender'; state: EditorFormState }
	| { kind: 'invalid'; state: EditorFormState }
	| {
			kind: 'valid';
			values: OfferFormValues;
			input: TOfferInput;
			submit: boolean;
			context: FormContext;
	  };

/** Reads a posted offer form: a row button re-renders it, save/submit validate it. */
export async function readPostedOfferForm(
	request: Request,
	opts: { institutionId?: string; locale: Locale }
): Promise<PostedOfferForm> {
	const fd = await request.formData();
	const values = readOfferForm(fd);
	const intent = readIntent(fd);
	if (intent.kind !== 'save' && intent.kind !== 'submit') {
		const languages = taxonomies()
			.languages.map((l) => l.code)
			.filter((c) => c !== 'dgs');
		const { focus, error: rowError } = applyRowIntent(values, intent, {
			languages,
			locale: opts.locale
		});
		return { kind: 'rerender', state: { values, errors: rowError ? [rowError] : [], focus } };
	}
	const result = validateOfferForm(values, {
		institutionId: opts.institutionId ?? values.institution,
		timeZone: timeZone(),
		locale: opts.locale
	});
	if (!result.ok) return { kind: 'invalid', state: { values, errors: result.errors, focus: '' } };
	return {
		kind: 'valid',
		values,
		input: result.input,
		submit: intent.kind === 'submit',
		context: result.context
	};
}

/**
 * A use case's refusal as form messages: invalid input and conflicts stay on
 * the form (their fields mapped), anything else is an error page.
 */
export function useCaseErrors(e: unknown, context: FormContext, locale: Locale): FieldIssue[] {
	if (e instanceof AppError) {
		if (e.code === ErrorCode.InvalidInput || e.code === ErrorCode.Conflict) {
			const issues = e.issues.length > 0 ? e.issues : [{ field: '(body)', message: e.message }];
			return formErrors(issues, context, locale);
		}
	}
	return pageError(e, locale);
}
