// Counts in words as a native editor writes them (#15 §5): the language's plural rules (French
// puts 0 and 1 in the singular), no "(s)" or "(e)s" left for the reader to sort out.
import { describe, expect, it } from 'vitest';
import { CHART_TEXT } from '../../src/lib/i18n/chartText';
import { counted, formatNumber, plural } from '../../src/lib/i18n/plural';
import { uiText } from '../../src/lib/i18n/ui';

describe('plural and number forms', () => {
	it('puts 0 in the plural in English and in the singular in French', () => {
		expect([0, 1, 2].map((n) => counted('en', n, 'link', 'links'))).toEqual([
			'0 links',
			'1 link',
			'2 links'
		]);
		expect([0, 1, 2].map((n) => counted('fr', n, 'lien', 'liens'))).toEqual([
			'0 lien',
			'1 lien',
			'2 liens'
		]);
		expect(plural('fr', 1.5, 'million', 'millions')).toBe('million');
		expect(plural('en', 1.5, 'million', 'millions')).toBe('millions');
	});

	it('writes numbers as each language does', () => {
		expect(formatNumber('en', 12400)).toBe('12,400');
		expect(formatNumber('fr', 12400)).toBe('12\u202f400');
	});
});

describe('the interface counts in words', () => {
	const en = uiText('en');
	const fr = uiText('fr');

	// Found by a new user (#14): "1 relation (events)", « 1 relation (événements), rapportées ».
	it('says one relation (event), in both languages', () => {
		expect(en.network.pairCount(1, 1, 1)).toBe('1 relation (event), told in 1 sentence');
		expect(en.network.pairCount(2, 1, 2)).toBe('2 relations (events), told in 2 sentences');
		expect(fr.network.pairCount(1, 1, 1)).toBe('1 relation (événement), rapportée par 1 phrase');
		expect(fr.network.edgeCount('rencontre', 2, 1)).toBe(
			'rencontre : 2 relations (événements), rapportées par 1 phrase'
		);
		expect(CHART_TEXT.en.noSource).not.toMatch(/no article in this selection/);
	});

	it('names the network’s actors and links in the singular or plural', () => {
		expect([0, 1, 2].map((n) => en.network.summary(n, n))).toEqual([
			'0 actors · 0 links',
			'1 actor · 1 link',
			'2 actors · 2 links'
		]);
		expect([0, 1, 2].map((n) => fr.network.summary(n, n))).toEqual([
			'0 acteur · 0 lien',
			'1 acteur · 1 lien',
			'2 acteurs · 2 liens'
		]);
		expect(en.network.svgLabel(2, 1)).toBe('Network of 2 actors and 1 link');
		expect(fr.network.svgLabel(2, 1)).toBe('Réseau de 2 acteurs et 1 lien');
		expect(fr.network.tableSummary(2, 1)).toBe('Tableau des 2 acteurs et 1 lien affiché');
		expect(en.share.embedTitle(1, 1)).toBe('Entente network: 1 actor');
		expect(fr.share.embedTitle(1, 1)).toBe('Réseau Entente : 1 acteur');
	});

	it('puts French counts of 0 in the singular', () => {
		expect(fr.charts.evidence(0)).toBe('0 phrase');
		expect(fr.network.mentions(0)).toBe('0 mention');
		expect(en.charts.evidence(0)).toBe('0 sentences');
	});
});

describe('the charts count in words', () => {
	const en = CHART_TEXT.en;
	const fr = CHART_TEXT.fr;

	it('says "1 time" and "1 meeting", never "1 times"', () => {
		expect(en.mentions.title('China', 1, 1)).toBe('China is named most: 1 time in 1 article');
		expect(en.mentions.title('China', 2, 2)).toBe('China is named most: 2 times in 2 articles');
		expect(en.meetings.reportedTitle('A and B', false, 1, '', 1, 0)).toBe(
			'A and B: 1 meeting held, the texts report; 1 held in the corpus'
		);
	});

	it('says the meetings the corpus holds, held and announced apart, agreeing with their number', () => {
		const fr0 = fr.meetings.reportedTitle('A et B', false, 43, 'mai 2024', 0, 0);
		const fr1 = fr.meetings.reportedTitle('A et B', false, 43, 'mai 2024', 1, 0);
		const fr2 = fr.meetings.reportedTitle('A et B', false, 43, 'mai 2024', 2, 1);
		expect(fr0).toMatch(/; aucune de ces rencontres ne figure dans le corpus$/);
		expect(fr1).toMatch(/; dans le corpus : 1 tenue$/);
		expect(fr2).toMatch(/; dans le corpus : 2 tenues et 1 annoncée$/);
		expect(en.meetings.reportedTitle('A and B', false, 43, 'May 2024', 0, 0)).toMatch(
			/; none is in the corpus$/
		);
		// A planned meeting is never counted as one that took place ("2 met, 1 announced").
		expect(en.meetings.reportedTitle('A and B', false, 43, 'May 2024', 2, 1)).toMatch(
			/; 2 held and 1 announced in the corpus$/
		);
		expect(en.meetings.countedTitle('A and B', 2, 0)).toBe(
			'A and B: the most meetings, 2 held in the corpus'
		);
	});

	it('leaves no "(s)" or "(e)s" for the reader to sort out', () => {
		expect(fr.meetings.tipCounts(1, 0)).toBe('1 tenue dans le corpus');
		expect(fr.meetings.tipCounts(2, 3)).toBe('2 tenues et 3 annoncées dans le corpus');
		expect(fr.relations.neutral(1)).toBe(
			'1 déclaration ou dépendance ne relève ni de la coopération ni du conflit et n’est pas comptée ici.'
		);
		expect(fr.relations.neutral(2)).toBe(
			'2 déclarations ou dépendances ne relèvent ni de la coopération ni du conflit et ne sont pas comptées ici.'
		);
		for (const n of [0, 1, 2])
			for (const text of [fr.meetings.tipCounts(n, n), fr.relations.neutral(n)])
				expect(text).not.toMatch(/\((?:e|s|e\)s)\)|\(s\)/);
	});

	it('counts in the singular for 0 and 1 in French, the plural for 2', () => {
		expect([0, 1, 2].map((n) => fr.dependence.countTitle(n))).toEqual([
			'0 fait de commerce, de fourniture et de sanctions dans cette sélection',
			'1 fait de commerce, de fourniture et de sanctions dans cette sélection',
			'2 faits de commerce, de fourniture et de sanctions dans cette sélection'
		]);
		expect([0, 1, 2].map((n) => en.dependence.countTitle(n))).toEqual([
			'0 trade, supply and sanctions facts in this selection',
			'1 trade, supply and sanctions fact in this selection',
			'2 trade, supply and sanctions facts in this selection'
		]);
		expect(fr.otherArticles(0)).toBe('et 0 autre article');
		expect(fr.timeline.undated(0)).toBe(
			'0 relation non datée n’est pas sur l’axe (voir le réseau).'
		);
		expect(fr.relations.cell(3, 1, 'coopération')).toMatch(/\(dont 1 mutuelle, /);
	});
});
