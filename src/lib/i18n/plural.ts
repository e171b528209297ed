// Counts in words: the noun's singular or plural as the language's plural rules pick it
// (French puts 0 and 1 in the singular: « 0 article », « 1,5 million »; English only 1) and
// the number as the language writes it ("12,400", « 12 400 »).
import type { Locale } from './locale';

const TAGS: Record<Locale, string> = { en: 'en-US', fr: 'fr-FR' };
const RULES: Record<Locale, Intl.PluralRules> = {
	en: new Intl.PluralRules(TAGS.en),
	fr: new Intl.PluralRules(TAGS.fr)
};
const NUMBERS: Record<Locale, Intl.NumberFormat> = {
	en: new Intl.NumberFormat(TAGS.en),
	fr: new Intl.NumberFormat(TAGS.fr)
};

/** `one` or `other`, as Intl.PluralRules places `n` in the language. */
export const plural = (locale: Locale, n: number, one: string, other: string): string =>
	RULES[locale].select(n) === 'one' ? one : other;

/** A number as the language writes it. */
export const formatNumber = (locale: Locale, n: number): string => NUMBERS[locale].format(n);

/** A count and its noun: "1 link", "2 links", « 0 lien », « 12 400 liens ». */
export const counted = (locale: Locale, n: number, one: string, other: string): string =>
	`${formatNumber(locale, n)} ${plural(locale, n, one, other)}`;
