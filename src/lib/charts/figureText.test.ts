import { describe, expect, it } from 'vitest';
import { figureText } from './figureText';

describe('figureText', () => {
	it('writes a share as a share', () => {
		expect(figureText({ kind: 'share', value: 70, unit: '%' }, 'en')).toBe('70 %');
		expect(figureText({ kind: 'share', value: 33.3, unit: '%', approximate: true }, 'fr')).toBe(
			'~33,3 %'
		);
	});

	it('writes money with its currency, compactly, in the reader’s language', () => {
		expect(figureText({ kind: 'amount', value: 150e9, unit: 'USD', currency: 'USD' }, 'en')).toBe(
			'$150B'
		);
		expect(
			figureText({ kind: 'amount', value: 150e9, unit: 'USD', currency: 'USD' }, 'fr')
		).toMatch(/^150\sMd\s\$US$/);
	});

	it('writes a volume with its unit and rate, a balance as a surplus or a deficit, a range as one', () => {
		expect(
			figureText(
				{ kind: 'quantity', value: 1.75e6, unit: 'barrels', per: 'day', approximate: true },
				'en'
			)
		).toBe('~1.8M barrels a day');
		expect(
			figureText(
				{ kind: 'amount', value: 2e9, unit: 'EUR', currency: 'EUR', measure: 'deficit' },
				'en'
			)
		).toBe('deficit of €2B');
		expect(
			figureText({ kind: 'count', value: 4000, low: 4000, high: 5000, unit: 'troops' }, 'en')
		).toBe('4,000–5,000 troops');
	});

	it('writes a code Intl does not know after the number', () => {
		expect(figureText({ kind: 'amount', value: 5, unit: 'XYZ1', currency: 'XYZ1' }, 'en')).toBe(
			'5 XYZ1'
		);
	});
});
