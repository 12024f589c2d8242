/** /api/problems/{type}: what the `type` URI of an error response means. */
import { m } from '$lib/paraglide/messages';
import { AppError, ErrorCode } from '../errors';
import type { ApiLocale } from './locale';
import { problemTypes, problemTypeUri, type ProblemSlug } from './problem';
import type { TProblemType } from './schemas';

export function describeProblemType(slug: string, locale: ApiLocale = 'de'): TProblemType {
	if (!Object.hasOwn(problemTypes, slug)) {
		throw new AppError(ErrorCode.NotFound, m.api_detail_problem_type_not_found({}, { locale }));
	}
	const t = problemTypes[slug as ProblemSlug];
	return {
		type: problemTypeUri(slug as ProblemSlug),
		title: t.title({}, { locale }),
		status: t.status,
		description: t.description({}, { locale })
	};
}
