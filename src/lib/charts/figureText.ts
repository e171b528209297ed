// A figure as a reader writes it: a share as a share (« 70 % »), money with its currency
// ("$150B", « 150 Md $US »), a volume with its unit and rate ("1.8M barrels a day"), a
// balance as a surplus or a deficit, a range as a range, an approximation with "~". Never
// the bare number.
import type { Locale } from '../i18n/locale';
import type { Indicator } from '../types';

export type FigureFields = Pick<
	Indicator,
	'kind' | 'value' | 'unit' | 'low' | 'high' | 'currency' | 'per' | 'measure' | 'approximate'
>;

const PER: Record<Locale, Record<NonNullable<Indicator['per']>, string>> = {
	en: { day: 'a day', week: 'a week', month: 'a month', year: 'a year' },
	fr: { day: 'par jour', week: 'par semaine', month: 'par mois', year: 'par an' }
};
const BALANCE: Record<Locale, Record<'surplus' | 'deficit', (amount: string) => string>> = {
	en: { surplus: (a) => `surplus of ${a}`, deficit: (a) => `deficit of ${a}` },
	fr: { surplus: (a) => `excédent de ${a}`, deficit: (a) => `déficit de ${a}` }
};

function compact(value: number, locale: Locale, currency?: string): string {
	const options: Intl.NumberFormatOptions = {
		notation: value >= 1e4 ? 'compact' : 'standard',
		minimumFractionDigits: 0,
		maximumFractionDigits: value >= 1e4 ? 1 : 2
	};
	if (currency)
		try {
			return new Intl.NumberFormat(locale, { ...options, style: 'currency', currency }).format(
				value
			);
		} catch {
			// Not an ISO 4217 code: the number, then the code.
		}
	const number = new Intl.NumberFormat(locale, options).format(value);
	return currency ? `${number} ${currency}` : number;
}

/** The figure's value in words fit for a label: « ~70 % », "$20B", "4,000–5,000 troops". */
export function figureText(f: FigureFields, locale: Locale): string {
	const approx = f.approximate ? '~' : '';
	if (f.kind === 'share' || f.unit === '%') {
		const share = (n: number) =>
			new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
		const value =
			f.low !== undefined && f.high !== undefined
				? `${share(f.low)}–${share(f.high)}`
				: share(f.value);
		return `${approx}${value} %`;
	}
	const number = (n: number) => compact(n, locale, f.currency);
	const value =
		f.low !== undefined && f.high !== undefined
			? `${number(f.low)}–${number(f.high)}`
			: number(f.value);
	const unit = f.currency ? '' : ` ${f.unit}`;
	const rate = f.per ? ` ${PER[locale][f.per]}` : '';
	const amount = `${approx}${value}${unit}${rate}`;
	return f.measure === 'surplus' || f.measure === 'deficit'
		? BALANCE[locale][f.measure](amount)
		: amount;
}
