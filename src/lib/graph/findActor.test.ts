import { describe, expect, it } from 'vitest';
import { findActor } from './findActor';

const actors = [
	{ id: 'CHN', name: 'China', names: { fr: 'Chine', en: 'China' } },
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

	it('falls back to a prefix, and finds nothing for nothing', () => {
		expect(findActor('Xi J', actors)?.id).toBe('xi-jinping');
		expect(findActor('  ', actors)).toBeUndefined();
		expect(findActor('Atlantis', actors)).toBeUndefined();
	});
});
