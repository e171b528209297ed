// The labels of a time axis in the view's language: Plot's own two-level ticks ("Jan" over
// "2024", the year only where it changes) with the month names of Intl.DateTimeFormat, since
// Plot 0.6 formats dates with d3's U.S. English locale and has no locale option of its own.
import type { Locale } from '../i18n/locale';

const TAGS: Record<Locale, string> = { en: 'en-US', fr: 'fr-FR' };

const DAY_MS = 86_400_000;

// Plot passes the ticks as the third argument (its own formats read them), as Array#map does.
type TickFormat = (tick: Date, i: number, ticks?: readonly Date[]) => string;

const utc = (tag: string, options: Intl.DateTimeFormatOptions) => {
	const format = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...options });
	return (d: Date) => format.format(d);
};

/**
 * A tick format for a UTC axis under the chart (`x: { tickFormat }`): years alone when every
 * tick falls on 1 January; else months over their year; else days over their month. The upper
 * line is left out where it repeats the previous tick's, as Plot does.
 */
export function timeTickFormat(locale: Locale): TickFormat {
	const tag = TAGS[locale];
	const year = utc(tag, { year: 'numeric' });
	const month = utc(tag, { month: 'short' });
	const day = utc(tag, { day: 'numeric' });
	return (tick, i, ticks) => {
		const all = ticks?.length ? ticks : [tick];
		if (all.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1 && !(d.getTime() % DAY_MS)))
			return year(tick);
		const byMonth = all.every((d) => d.getUTCDate() === 1);
		const [fine, coarse] = byMonth ? [month, year] : [day, month];
		const previous = ticks?.[i - 1];
		const label = fine(tick);
		return previous && coarse(previous) === coarse(tick) ? label : `${label}\n${coarse(tick)}`;
	};
}
