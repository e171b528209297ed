import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../types';
import { frenchForms, linkName, relationSentence, type Party } from './relationSentences';

const country = (name: string): Party => ({ name, type: 'country' });
const person = (name: string): Party => ({ name, type: 'person' });

describe('relation sentences', () => {
	it('say the direction and the type in words', () => {
		expect(relationSentence('en', 'support', country('China'), country('Russia'), true)).toBe(
			'China supports Russia'
		);
		expect(relationSentence('fr', 'support', country('Chine'), country('Russie'), true)).toBe(
			'La Chine soutient la Russie'
		);
		expect(relationSentence('en', 'support', country('Russia'), country('China'), true)).toBe(
			'Russia supports China'
		);
	});

	it('make both actors the subject of an undirected relation', () => {
		expect(relationSentence('en', 'meeting', country('China'), country('Russia'), false)).toBe(
			'China and Russia met'
		);
		expect(relationSentence('fr', 'meeting', country('Chine'), country('Russie'), false)).toBe(
			'La Chine et la Russie se rencontrent'
		);
	});

	it('start with a capital', () => {
		expect(relationSentence('en', 'sanctions', person('the West'), country('Russia'), true)).toBe(
			'The West sanctions Russia'
		);
	});

	it('give French country names their article, contracted after de and à', () => {
		expect(frenchForms(country('Japon'))).toEqual({
			subject: 'Le Japon',
			object: 'le Japon',
			de: 'du Japon',
			a: 'au Japon'
		});
		expect(frenchForms(country('États-Unis')).de).toBe('des États-Unis');
		expect(frenchForms(country('Inde')).object).toBe('l’Inde');
		expect(frenchForms(country('Mexique')).object).toBe('le Mexique');
		expect(frenchForms(country('Cuba')).a).toBe('à Cuba');
		expect(frenchForms(person('Emmanuel Macron')).de).toBe('d’Emmanuel Macron');
		expect(relationSentence('fr', 'dependence', country('Russie'), country('Chine'), true)).toBe(
			'La Russie dépend de la Chine'
		);
		expect(relationSentence('fr', 'visit', person('Xi Jinping'), country('Serbie'), true)).toBe(
			'Xi Jinping rend visite à la Serbie'
		);
	});

	it('word every type in both languages, both ways, naming both actors', () => {
		for (const type of RELATION_TYPES)
			for (const locale of ['en', 'fr'] as const)
				for (const directed of [true, false]) {
					const s = relationSentence(locale, type, person('Alpha'), person('Beta'), directed);
					expect(s.indexOf('Alpha')).toBe(0);
					expect(s).toContain('Beta');
					expect(s).not.toMatch(/[:→—/]/);
				}
	});

	it('name a link by each of its types with its count', () => {
		expect(
			linkName('en', [
				{
					type: 'support',
					source: country('China'),
					target: country('Russia'),
					directed: true,
					count: 2
				},
				{
					type: 'meeting',
					source: country('China'),
					target: country('Russia'),
					directed: false,
					count: 1
				}
			])
		).toBe('China supports Russia (2 relations); China and Russia met (1 relation)');
	});
});
