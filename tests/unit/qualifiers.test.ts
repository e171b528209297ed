// Every selection shows its qualifiers (#14 §3): modality in words, a negation worded as the
// text words it, who reports it, the date with its precision, the PLOVER and CAMEO codes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset/schema';
import { NO_FILTERS } from '../../src/lib/graph/filters';
import { networkView, nodeDetails } from '../../src/lib/graph/networkView';
import { dateText, modalityText, negationKind } from '../../src/lib/i18n/qualifiers';
import { foundingDataset } from '../helpers/corpus';

let data: Dataset;
beforeAll(async () => {
	data = await foundingDataset();
});

describe('negations, worded as the text words them', () => {
	it('tells “no information indicates” from a denial and from a pledge', () => {
		expect(
			negationKind(['Si aucune information n’indique que la Chine fournit des armes à la Russie'])
		).toBe('not-established');
		expect(negationKind(['Moscow denied reports that it had supplied drones'])).toBe('denied');
		expect(negationKind(['Le Kremlin dément toute livraison'])).toBe('denied');
		expect(negationKind(['Xi s’est engagé à « s’abstenir de vendre toute arme » à Moscou.'])).toBe(
			'ruled-out'
		);
		expect(negationKind(['la Chine ne souhaite pas signer d’accords'])).toBe('negated');
		expect(modalityText('negated', ['There is no evidence that…'], 'en')).toBe('not established');
		expect(modalityText('negated', ['aucune preuve'], 'fr')).toBe('non établi');
	});

	it('shows China’s negated supply in its panel as not established, never as denied', () => {
		const china = nodeDetails(data, 'CHN', NO_FILTERS);
		const supply = china?.negated.find((r) => r.id === 'supply:CHN>RUS:undated:negated');
		expect(supply?.modalityText).toBe('not established');
		// Not counted: it is not among the relations listed by type.
		expect(china?.groups.flatMap((g) => g.items).some((r) => r.modality === 'negated')).toBe(false);
	});
});

describe('qualifiers on every selection', () => {
	it('gives a date with its precision', () => {
		expect(dateText('2024-05', 'en')).toBe('May 2024 (month only)');
		expect(dateText('2023', 'fr')).toBe('2023 (année seulement)');
		expect(dateText('2024-05-16', 'en')).toBe('16 May 2024');
		expect(dateText(undefined, 'en')).toBe('undated');
	});

	it('says in an actor’s panel when, how sure and how coded each relation is', () => {
		const xi = nodeDetails(data, 'xi-jinping', NO_FILTERS);
		const visits = xi?.groups.find((g) => g.type === 'visit')?.items ?? [];
		const hungary = visits.find((r) => r.other.id === 'HUN');
		expect(hungary?.dateText).toBe('May 2024 (month only)');
		expect(hungary?.plover).toBeTruthy();
		expect(hungary?.cameo).toBeTruthy();
		const talks = xi?.groups.find((g) => g.type === 'talks')?.items ?? [];
		expect(talks.map((t) => t.modalityText)).toContain('planned, reported by Yuri Ushakov');
	});

	it('lists a link’s relations with their qualifiers', () => {
		const view = networkView(data, NO_FILTERS, { edge: 'talks:vladimir-putin~xi-jinping' });
		const relations = view.selectedEdge?.relations ?? [];
		expect(relations.map((r) => `${r.dateText} · ${r.modalityText}`)).toEqual(
			expect.arrayContaining(['18 October 2023 · planned, reported by Yuri Ushakov'])
		);
		expect(relations.every((r) => r.plover && r.cameo)).toBe(true);
	});
});
