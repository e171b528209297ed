// Figures have no confidence (#13 §4 e): `minConfidence` sifts relations only, and every place
// it applies says so. Checked here on each view that lists figures — the selection behind the
// dashboard's headline and the network, the dependence chart (and so its embed and downloads),
// an actor's profile, the data package — and on the caption they all share.
import { beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/lib/charts/registry';
import { selectionOf } from '../../src/lib/counts';
import type { Dataset } from '../../src/lib/dataset/schema';
import { entityProfile } from '../../src/lib/entityProfile';
import { NO_FILTERS, type Filters } from '../../src/lib/graph/filters';
import { filterChips } from '../../src/lib/graph/filterSummary';
import { uiText } from '../../src/lib/i18n/ui';
import { packagePart } from '../../src/lib/opendata/dataPackage';
import { foundingDataset } from '../helpers/corpus';

let dataset: Dataset;
beforeAll(async () => {
	dataset = await foundingDataset();
});

// As sure as a curator: every relation the rules found (and none a curator decided) goes.
const sifted: Filters = { ...NO_FILTERS, minConfidence: 1 };

describe('the minimum confidence and figures', () => {
	it('leaves every figure where it was, in every view that lists them', () => {
		const all = selectionOf(dataset, NO_FILTERS);
		const kept = selectionOf(dataset, sifted);
		expect(kept.relations.length).toBeLessThan(all.relations.length);
		expect(all.indicators.length).toBeGreaterThan(0);
		expect(kept.indicators).toEqual(all.indicators);
		// The dependence chart draws figures and supply relations: the relations go, the figures stay.
		const figureRows = (filters: Filters) =>
			CHARTS.dependence.data(dataset, filters).rows.filter((r) => 'value' in r);
		expect(figureRows(NO_FILTERS).length).toBeGreaterThan(0);
		expect(figureRows(sifted)).toEqual(figureRows(NO_FILTERS));
		expect(CHARTS.dependence.data(dataset, sifted).rows.length).toBeLessThan(
			CHARTS.dependence.data(dataset, NO_FILTERS).rows.length
		);
		expect(entityProfile(dataset, 'CHN', 'en', 1, sifted)?.indicators).toEqual(
			entityProfile(dataset, 'CHN', 'en', 1, NO_FILTERS)?.indicators
		);
		expect(packagePart(dataset, sifted).figures).toEqual(all.indicators);
	});

	it('says so in the caption every page, embed and chart download carries', () => {
		const chip = (locale: 'en' | 'fr') =>
			filterChips(
				sifted,
				locale,
				(id) => id,
				(id) => id
			).find((c) => c.key === 'minConfidence')?.text;
		expect(chip('en')).toBe('relations of confidence 1 or more (figures are not scored)');
		expect(chip('fr')).toBe('relations de confiance 1 ou plus (les chiffres n’en ont pas)');
		// And where the filter is set, before it is: the title of its field in the filter bar.
		expect(uiText('en').filters.minConfidenceTitle).toContain('Figures are not scored');
		expect(uiText('fr').filters.minConfidenceTitle).toContain(
			'Les chiffres n’ont pas de confiance'
		);
		const { source } = CHARTS.dependence.data(dataset, sifted);
		expect(source).toContain('figures are not scored');
	});
});
