// Month and weekday numbers by name, lower case, French with and without accents and English:
// one table for every stage that reads dates (event dates, quick dates, figures' years).
import { MONTHS } from './months';

const unaccented = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

/** « janvier » / « fevrier » / "march" → 1 … 12. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
	(['fr', 'en'] as const).flatMap((locale) =>
		MONTHS[locale].flatMap((name, i) => {
			const lower = name.toLowerCase();
			return [
				[lower, i + 1],
				[unaccented(lower), i + 1]
			] as [string, number][];
		})
	)
);

/** « lundi » / "monday" → 1; Sunday is 0, as Date#getDay counts. */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
	dimanche: 0,
	lundi: 1,
	mardi: 2,
	mercredi: 3,
	jeudi: 4,
	vendredi: 5,
	samedi: 6,
	sunday: 0,
	monday: 1,
	tuesday: 2,
	wednesday: 3,
	thursday: 4,
	friday: 5,
	saturday: 6
};
