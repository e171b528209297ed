// The languages Entente speaks: labels, titles, source lines and actor names follow ?lang=fr|en.
// Pages default to the reader's Accept-Language; embeds and downloads stay in English unless set.
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const isLocale = (value: string | null | undefined): value is Locale =>
	(LOCALES as readonly string[]).includes(value ?? '');

/** ?lang= when given and known; else the first known language of Accept-Language; else English. */
export function chooseLocale(param: string | null, acceptLanguage?: string | null): Locale {
	if (isLocale(param)) return param;
	for (const part of (acceptLanguage ?? '').split(',')) {
		const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
		if (isLocale(tag)) return tag;
	}
	return DEFAULT_LOCALE;
}

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', fr: 'French' };

/**
 * What a page says of a ?lang= it does not speak (undefined when absent, empty or known): the
 * parameter and the value (cut short, for text only), and the language it speaks instead, the
 * one {@link chooseLocale} negotiated.
 */
export function langProblem(param: string | null, locale: Locale): string | undefined {
	if (param === null || param === '' || isLocale(param)) return undefined;
	const value = JSON.stringify(param.length > 40 ? `${param.slice(0, 40)}…` : param);
	return `Unknown language ${value} in “lang”: use ${LOCALES.join(' or ')}. This page is in ${LANGUAGE_NAMES[locale]}.`;
}
