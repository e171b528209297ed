// Articles nobody labelled for the gold set, about other leaders, in both languages:
// the extraction must find what a reader finds there.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/extractArticle';
import type { Lexicon } from '../../src/lib/gazetteer/lexicon';
import type { Extraction } from '../../src/lib/types';
import { fixtureArticle, realLexicon } from '../helpers/corpus';

let lexicon: Lexicon;
beforeAll(async () => {
	lexicon = await realLexicon();
});

async function extract(name: string): Promise<Extraction> {
	return extractArticle(await fixtureArticle(name), lexicon);
}

const summary = (x: Extraction) =>
	x.relations.map(
		(r) =>
			`${r.type} ${r.source} ${r.directed ? '>' : '~'} ${r.target} ${r.date ?? '-'} ${r.modality}`
	);

describe('new articles', () => {
	it('English: Modi in Moscow', async () => {
		const x = await extract('en-modi-moscow.md');
		expect(summary(x)).toEqual(
			expect.arrayContaining([
				'meeting narendra-modi ~ vladimir-putin 2024-07-09 asserted',
				'visit narendra-modi > RUS 2024-07-09 asserted',
				'agreement narendra-modi ~ vladimir-putin - asserted',
				'sanctions USA > IND - asserted',
				'sanctions USA > IND - hypothetical',
				'meeting sergei-lavrov ~ subrahmanyam-jaishankar 2024-07-08 asserted'
			])
		);
		expect(summary(x).some((r) => r.startsWith('supply RUS > IND'))).toBe(true);
		expect(x.entities.find((e) => e.id === 'subrahmanyam-jaishankar')).toMatchObject({
			role: 'foreign-minister',
			discovered: true
		});
		expect(x.indicators).toContainEqual(
			expect.objectContaining({ kind: 'share', value: 40, year: 2023 })
		);
	});

	it('French: Ruto at the White House', async () => {
		const x = await extract('fr-ruto-washington.md');
		expect(summary(x)).toEqual(
			expect.arrayContaining([
				'meeting joe-biden ~ william-ruto 2024-05-23 asserted',
				'visit william-ruto > USA 2024-05-23 asserted',
				'agreement joe-biden ~ william-ruto - asserted',
				'supply USA > KEN - planned',
				'meeting antony-blinken ~ musalia-mudavadi 2024-05-22 asserted'
			])
		);
		expect(x.entities.find((e) => e.id === 'william-ruto')).toMatchObject({
			role: 'head-of-state',
			country: 'KEN'
		});
		expect(x.entities.find((e) => e.id === 'musalia-mudavadi')).toMatchObject({
			role: 'foreign-minister',
			country: 'KEN'
		});
		// Biden does not "visit" his own country.
		expect(summary(x).some((r) => r.startsWith('visit joe-biden'))).toBe(false);
	});

	it('English: Kim and Putin at Vostochny', async () => {
		const x = await extract('en-kim-putin.md');
		expect(summary(x)).toEqual(
			expect.arrayContaining([
				'visit kim-jong-un > RUS 2023-09-12 asserted',
				'meeting kim-jong-un ~ vladimir-putin 2023-09-13 asserted',
				'sanctions USA > PRK - asserted',
				'sanctions KOR > PRK - asserted',
				'supply PRK > RUS - hypothetical'
			])
		);
		expect(
			x.relations
				.filter((r) => r.type === 'statement')
				.map((r) => r.source)
				.sort()
		).toEqual(['kim-jong-un', 'vladimir-putin']);
	});
});
