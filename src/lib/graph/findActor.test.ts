import { describe, expect, it } from 'vitest';
import { findActor, findByMention, nearActors } from './findActor';

const actors = [
	{ id: 'CHN', name: 'China', names: { fr: 'Chine', en: 'China' }, aliases: ['Pékin', 'Beijing'] },
	{
		id: 'vladimir-putin',
		name: 'Vladimir Putin',
		names: { fr: 'Vladimir Poutine', en: 'Vladimir Putin' },
		aliases: ['Poutine', 'Putin']
	},
	{
		id: 'xi-jinping',
		name: 'Xi Jinping',
		names: { fr: 'Xi Jinping', en: 'Xi Jinping' },
		aliases: ['Xi']
	},
	{ id: 'SRB', name: 'Serbia', names: { fr: 'Serbie', en: 'Serbia' } }
];

describe('findActor', () => {
	it('finds by name in either language, alias or id, ignoring case and accents', () => {
		expect(findActor('chine', actors)?.id).toBe('CHN');
		expect(findActor('XI', actors)?.id).toBe('xi-jinping');
		expect(findActor('srb', actors)?.id).toBe('SRB');
		expect(findActor('Sérbie', actors)?.id).toBe('SRB');
	});

	it('finds a country by its seat and a person by an alias in the other language', () => {
		expect(findActor('pekin', actors)?.id).toBe('CHN');
		expect(findActor('Beijing', actors)?.id).toBe('CHN');
		expect(findActor('Poutine', actors)?.id).toBe('vladimir-putin');
	});

	it('falls back to a prefix, and finds nothing for nothing', () => {
		expect(findActor('Xi J', actors)?.id).toBe('xi-jinping');
		expect(findActor('  ', actors)).toBeUndefined();
		expect(findActor('Atlantis', actors)).toBeUndefined();
	});
});

describe('findByMention', () => {
	const mentions = [
		{ entity: 'CHN', text: 'Pékin' },
		{ entity: 'CHN', text: 'Pékin' },
		{ entity: 'RUS', text: 'le Kremlin' },
		{ entity: 'xi-jinping', text: 'le président chinois' }
	];
	it('finds the actor a seat or a description in the texts names', () => {
		expect(findByMention('pekin', mentions)).toBe('CHN');
		expect(findByMention('Le Kremlin', mentions)).toBe('RUS');
		expect(findByMention('le président chinois', mentions)).toBe('xi-jinping');
		expect(findByMention('Atlantis', mentions)).toBeUndefined();
		expect(findByMention(' ', mentions)).toBeUndefined();
	});
});

describe('nearActors', () => {
	it('suggests the actors a miss is a few letters from, labelled in the page’s language', () => {
		expect(nearActors('Puttin', actors, 'en')).toEqual([
			{ id: 'vladimir-putin', label: 'Vladimir Putin' }
		]);
		expect(nearActors('Poutinne', actors, 'fr')).toEqual([
			{ id: 'vladimir-putin', label: 'Vladimir Poutine' }
		]);
		expect(nearActors('Serbai', actors, 'fr').map((a) => a.id)).toEqual(['SRB']);
		expect(nearActors('Atlantis', actors, 'en')).toEqual([]);
	});
});
