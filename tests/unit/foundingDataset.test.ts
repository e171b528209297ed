// The facts issue #2 requires of the founding data set, each with its evidence.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset/schema';
import { datasetSchema } from '../../src/lib/dataset/schema';
import { compileDataset, serializeDataset } from '../../src/lib/server/compileDataset';
import { DATA, foundingDataset } from '../helpers/corpus';

let data: Dataset;
beforeAll(async () => {
	data = await foundingDataset();
});

type RelationQuery = Partial<Dataset['relations'][number]> & { quote?: string };

function relation(q: RelationQuery) {
	const { quote, ...fields } = q;
	return data.relations.filter(
		(r) =>
			Object.entries(fields).every(([k, v]) => r[k as keyof typeof r] === v) &&
			(!quote || r.evidence.some((e) => e.quote.includes(quote)))
	);
}

function pair(type: string, a: string, b: string, extra: RelationQuery = {}) {
	return [
		...relation({ type: type as never, source: a, target: b, ...extra }),
		...relation({ type: type as never, source: b, target: a, ...extra })
	];
}

describe('founding data set', () => {
	it('validates against its schema', () => {
		expect(datasetSchema.safeParse(data).success).toBe(true);
	});

	it('quotes exactly the text at every evidence offset', () => {
		const texts = new Map(data.articles.map((a) => [a.id, a.text]));
		const evidence = [...data.relations, ...data.indicators, ...data.edges].flatMap(
			(x) => x.evidence
		);
		expect(evidence.length).toBeGreaterThan(40);
		for (const e of evidence) expect(texts.get(e.article)?.slice(e.start, e.end)).toBe(e.quote);
		for (const m of data.mentions) expect(texts.get(m.article)?.slice(m.start, m.end)).toBe(m.text);
	});

	it('gives each country the other names and seats a reader may search it by', () => {
		const aliases = (id: string) => data.entities.find((e) => e.id === id)?.aliases ?? [];
		expect(aliases('CHN')).toEqual(expect.arrayContaining(['Pékin', 'Beijing', 'PRC']));
		expect(aliases('RUS')).toEqual(expect.arrayContaining(['Moscou', 'Moscow', 'Kremlin']));
		// Not its display names, nor its adjectives.
		expect(aliases('CHN')).not.toContain('China');
		expect(aliases('CHN')).not.toContain('chinois');
	});

	it('is byte-identical when compiled twice', async () => {
		const again = await compileDataset(DATA);
		expect(serializeDataset(again)).toBe(serializeDataset(data));
	});

	it('has the 43rd Xi–Putin meeting, the 70 % share and the ~130 countries', () => {
		const ordinal = data.indicators.find((i) => i.kind === 'ordinal' && i.value === 43);
		expect(ordinal).toMatchObject({
			subject: 'xi-jinping',
			partner: 'vladimir-putin',
			unit: 'meetings',
			year: 2024
		});
		expect(ordinal?.evidence[0]?.quote).toContain('43e rencontre');
		const share = data.indicators.find((i) => i.kind === 'share' && i.value === 70);
		expect(share).toMatchObject({
			unit: '%',
			subject: 'RUS',
			partner: 'CHN',
			year: 2023,
			reportedBy: 'USA'
		});
		expect(share?.label).toContain('machines-outils');
		const forum = data.indicators.find((i) => i.kind === 'count' && i.value === 130);
		expect(forum).toMatchObject({ unit: 'countries', approximate: true });
		expect(forum?.label).toContain('130 pays');
	});

	it('has the dated Xi–Putin meetings and Lavrov–Wang Yi', () => {
		expect(
			pair('meeting', 'vladimir-putin', 'xi-jinping', { date: '2023-03', location: 'RUS' })
		).toHaveLength(1);
		expect(
			pair('meeting', 'vladimir-putin', 'xi-jinping', {
				date: '2023-10-18',
				location: 'CHN',
				modality: 'planned'
			})
		).toHaveLength(1);
		expect(
			pair('meeting', 'vladimir-putin', 'xi-jinping', {
				date: '2024-05-16',
				quote: '43e rencontre'
			})
		).toHaveLength(1);
		expect(
			pair('meeting', 'sergei-lavrov', 'wang-yi', { date: '2023-10-16', location: 'CHN' })
		).toHaveLength(1);
	});

	it("has Xi's visits to France, Serbia and Hungary", () => {
		for (const country of ['FRA', 'SRB', 'HUN'])
			expect(
				relation({ type: 'visit', source: 'xi-jinping', target: country, date: '2024-05' })
			).toHaveLength(1);
	});

	it("sets the West's condemnation of Putin's re-election against Xi's congratulations", () => {
		expect(
			relation({
				type: 'criticism',
				source: 'the-west',
				target: 'vladimir-putin',
				quote: 'réélection'
			})
		).toHaveLength(1);
		expect(
			relation({
				type: 'congratulation',
				source: 'xi-jinping',
				target: 'vladimir-putin',
				quote: 'félicité'
			})
		).toHaveLength(1);
	});

	it('has the secondary-sanctions warning (a threat), and the sanctions only as a possibility', () => {
		expect(
			relation({
				type: 'threat',
				plover: 'THREATEN',
				source: 'USA',
				target: 'CHN',
				modality: 'asserted',
				quote: 'averti'
			})
		).toHaveLength(1);
		expect(
			relation({
				type: 'sanctions',
				source: 'USA',
				target: 'CHN',
				modality: 'hypothetical',
				quote: 'sanctions secondaires'
			})
		).toHaveLength(1);
	});

	it('has dual-use supplies to Russia, and no supply of arms', () => {
		expect(
			relation({
				type: 'supply',
				source: 'CHN',
				target: 'RUS',
				modality: 'asserted',
				quote: 'double usage'
			})
		).toHaveLength(1);
		const arms = relation({
			type: 'supply',
			source: 'CHN',
			target: 'RUS',
			quote: 'fournit des armes'
		});
		expect(arms.map((r) => r.modality)).toContain('negated');
		expect(
			arms.every(
				(r) =>
					r.modality !== 'asserted' ||
					!r.evidence.every((e) => e.quote.includes('fournit des armes'))
			)
		).toBe(true);
		// Negated relations are evidence, never edges of the network.
		const edge = data.edges.find((e) => e.id === 'supply:CHN>RUS');
		expect(edge?.evidence.some((e) => e.quote.includes('double usage'))).toBe(true);
		expect(edge?.modalities.negated).toBeUndefined();
	});

	it('has Power of Siberia 2, the 75th anniversary with the USSR and the "no limits" friendship', () => {
		expect(data.entities.find((e) => e.id === 'power-of-siberia-2')?.mentionCount).toBeGreaterThan(
			0
		);
		const anniversary = data.indicators.find((i) => i.kind === 'anniversary');
		expect(anniversary).toMatchObject({ value: 75, subject: 'CHN', partner: 'SUN', year: 1949 });
		expect(
			pair('support', 'CHN', 'RUS', { date: '2022-02', quote: 'amitié sans limite' })
		).toHaveLength(1);
	});

	it('has the experts with their affiliations and statements, and the Kremlin adviser', () => {
		const duben = data.entities.find((e) => e.id === 'bjorn-alexander-duben');
		const gabuev = data.entities.find((e) => e.id === 'alexander-gabuev');
		expect(duben?.affiliation).toBe('jilin-university');
		expect(gabuev?.affiliation).toBe('carnegie-russia-eurasia-center');
		expect(
			relation({ type: 'statement', source: 'bjorn-alexander-duben' })[0]?.evidence[0]?.quote
		).toContain('dépendance sans précédent');
		expect(
			relation({ type: 'statement', source: 'alexander-gabuev' }).length
		).toBeGreaterThanOrEqual(1);
		// The Kremlin adviser speaks of the two leaders (« Ils discuteront … »), of no other actor
		// the text names there: a quote on him, not a link to Russia (#14 §4).
		expect(relation({ type: 'statement', source: 'yuri-ushakov' })).toHaveLength(0);
		const ushakov = data.quotes.filter((q) => q.speaker === 'yuri-ushakov');
		expect(ushakov).toHaveLength(1);
		expect(ushakov[0]?.evidence[0]?.quote).toContain(
			'a expliqué le conseiller diplomatique du Kremlin'
		);
		expect(data.entities.find((e) => e.id === 'yuri-ushakov')?.role).toMatch(/Kremlin/);
	});

	it('aggregates edges by pair and type, and summaries per country and person', () => {
		const meetings = data.edges.find((e) => e.id === 'meeting:vladimir-putin~xi-jinping');
		expect(meetings?.count).toBe(3);
		expect(meetings).toMatchObject({ firstDate: '2023-03', lastDate: '2024-05-16' });
		const china = data.countries.find((c) => c.id === 'CHN');
		expect(china?.people).toEqual(expect.arrayContaining(['xi-jinping', 'wang-yi']));
		expect(china?.partners[0]?.id).toBe('RUS');
		const putin = data.persons.find((p) => p.id === 'vladimir-putin');
		expect(putin?.meetings.length).toBeGreaterThanOrEqual(3);
	});
});
