// A person's office in the view's language (#15 §5): no English role left in a French view.
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusOverview } from '../../src/lib/corpusOverview';
import type { Dataset } from '../../src/lib/dataset/schema';
import { NO_FILTERS } from '../../src/lib/graph/filters';
import { nodeDetails } from '../../src/lib/graph/networkView';
import { roleIn } from '../../src/lib/i18n/roleLabels';
import { foundingDataset } from '../helpers/corpus';

let dataset: Dataset;
beforeAll(async () => {
	dataset = await foundingDataset();
});

describe('roles in the view’s language', () => {
	it('gives the network panel the gazetteer’s French title in a French view', () => {
		expect(nodeDetails(dataset, 'vladimir-putin', NO_FILTERS, 'fr')?.role).toBe(
			'président (Russie)'
		);
		expect(nodeDetails(dataset, 'vladimir-putin', NO_FILTERS, 'en')?.role).toBe(
			'President of Russia'
		);
	});

	// Found by a new user (#14): Lavrov showed as "official", Phoenix's closed RUSGOV entry
	// listed after the curated foreign minister.
	it('gives a person the role still held, not one its source closed', () => {
		expect(nodeDetails(dataset, 'sergei-lavrov', NO_FILTERS, 'en')?.role).toBe(
			'Russian Foreign Minister'
		);
		expect(nodeDetails(dataset, 'sergei-lavrov', NO_FILTERS, 'fr')?.role).toBe(
			'ministre russe des Affaires étrangères'
		);
		const roles = corpusOverview(dataset, NO_FILTERS, 'en').actors.map((a) => a.role);
		expect(roles).not.toContain('official');
	});

	it('leaves no English role in the French list of actors', () => {
		const roles = corpusOverview(dataset, NO_FILTERS, 'fr')
			.actors.map((a) => a.role)
			.filter((r): r is string => !!r);
		expect(roles).toContain('ministre chinois des Affaires étrangères');
		for (const role of roles)
			expect(role).not.toMatch(/\b(?:President|Minister|adviser|expert at|director of|official)\b/);
	});

	it('names an office the gazetteer gives no title for', () => {
		expect(
			roleIn({ role: 'official', roleNames: { en: 'official', fr: 'responsable' } }, 'fr')
		).toBe('responsable');
		expect(roleIn({ role: 'official' }, 'fr')).toBe('official');
	});
});
