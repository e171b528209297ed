import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameAt, nameEndingAt, nameKey, surnamesOf } from './names';

const at = (text: string) => nameAt(text, 0)?.name;

describe('person names', () => {
	it('reads particles, prefixes, hyphens and initials as part of a name', () => {
		expect(at('Ursula von der Leyen said')).toBe('Ursula von der Leyen');
		expect(at('Abdel Fattah al-Sisi met')).toBe('Abdel Fattah al-Sisi');
		expect(at('Mohammed bin Salman and')).toBe('Mohammed bin Salman');
		expect(at('Kim Jong-un arrived')).toBe('Kim Jong-un');
		expect(at('F.W. de Klerk who')).toBe('F.W. de Klerk');
		expect(at('Mohammad Zia-Ul-Haq today')).toBe('Mohammad Zia-Ul-Haq');
	});

	it('never takes a title or a possessive into the name', () => {
		expect(at('Sheikh Tamim bin Hamad Al Thani')).toBe('Tamim bin Hamad Al Thani');
		expect(at("Saddam Hussein's proposal")).toBe('Saddam Hussein');
		expect(at('Javier Milei’s government')).toBe('Javier Milei');
		expect(at('M. Emmanuel Macron')).toBe('Emmanuel Macron');
	});

	it('does not read sentence openers, days or roles as names', () => {
		expect(at('The President said')).toBeUndefined();
		expect(at('Monday Morning')).toBeUndefined();
		expect(at('Ruto')).toBeUndefined();
	});

	it('finds a name that ends where an apposition begins', () => {
		const text = 'said Narendra Modi, the Indian prime minister';
		expect(nameEndingAt(text, text.indexOf(','))?.name).toBe('Narendra Modi');
	});

	it('gives one key to transliterations of a name', () => {
		expect(nameKey('Zelenskyy')).toBe(nameKey('Zelensky'));
		expect(nameKey('Zelenskiy')).toBe(nameKey('Zelenski'));
		expect(nameKey('Kim Jong Un')).toBe(nameKey('Kim Jong-un'));
		expect(nameKey('Recep Tayyip Erdoğan')).toBe(nameKey('Recep Tayyip Erdogan'));
		expect(nameKey('Nikol Pachinian')).toBe(nameKey('Nikol Pashinyan'));
		expect(nameKey('Iouri Ouchakov')).toBe(nameKey('Yuri Ushakov'));
		expect(nameKey('Sergueï Lavrov')).toBe(nameKey('Sergei Lavrov'));
		expect(nameKey('Xi Jinping')).not.toBe(nameKey('Li Qiang'));
	});

	it('calls people by their family name, first where it comes first', () => {
		expect(surnamesOf('Abdel Fattah al-Sisi')).toEqual(expect.arrayContaining(['al-Sisi', 'Sisi']));
		expect(surnamesOf('Ursula von der Leyen')).toEqual(
			expect.arrayContaining(['Leyen', 'von der Leyen'])
		);
		expect(surnamesOf('Yoon Suk Yeol', 'KOR')).toContain('Yoon');
		expect(surnamesOf('Joe Biden', 'USA')).toEqual(['Biden']);
	});

	it('never throws, and a name found is in the text where it says', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 80 }), (text) => {
				const found = nameAt(text, 0);
				if (found) expect(text.slice(found.start, found.end)).toBe(found.name);
			})
		);
	});
});
