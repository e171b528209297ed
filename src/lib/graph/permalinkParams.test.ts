import { describe, expect, it } from 'vitest';
import { permalinkParams } from './permalinkParams';

const query = (q: string) => permalinkParams(new URLSearchParams(q)).toString();

describe('permalinkParams', () => {
	it('drops empty fields and those at their default', () => {
		expect(query('country=CHN&depth=1&from=&to=&min=1&minConfidence=0')).toBe('country=CHN');
		expect(query('depth=1&from=&to=&min=1&minConfidence=0')).toBe('');
		expect(query('minConfidence=0.0&min=1.0')).toBe('');
	});
	it('keeps what changes the view, repeated keys and their order included', () => {
		expect(
			query('country=CHN&country=RUS&depth=2&from=2024-01-01&to=&min=3&minConfidence=0.5')
		).toBe('country=CHN&country=RUS&depth=2&from=2024-01-01&min=3&minConfidence=0.5');
		expect(query('lang=fr&top=20&types=meeting&types=visit')).toBe(
			'lang=fr&top=20&types=meeting&types=visit'
		);
	});
	it('keeps a wrong value for the page to name', () => {
		expect(query('depth=3&min=abc&minConfidence=-1')).toBe('depth=3&min=abc&minConfidence=-1');
	});
	it('skips files', () => {
		expect(permalinkParams([['article', new File([], 'x')]]).toString()).toBe('');
	});
});
