// One set of numbers (#14 §1): for any filters, a quantity is the same on the dashboard's
// headline and tables, the network, the charts, the profiles and the downloads.
import { anyFilters } from '../helpers/filters';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartSelection } from '../../src/lib/charts/selection';
import { chartTable } from '../../src/lib/charts/exportData';
import { meetingsChart } from '../../src/lib/charts/meetings';
import { dependenceChart } from '../../src/lib/charts/dependence';
import { mentionsChart } from '../../src/lib/charts/mentions';
import { relationMatrixChart } from '../../src/lib/charts/relationMatrix';
import { timelineChart } from '../../src/lib/charts/timeline';
import { corpusOverview } from '../../src/lib/corpusOverview';
import { countsOf, selectionOf, sentenceCount, uniqueEvidence } from '../../src/lib/counts';
import { headlineFigures } from '../../src/lib/dashboard';
import type { Dataset } from '../../src/lib/dataset/schema';
import { entityProfile } from '../../src/lib/entityProfile';
import { edgesCsv, graphJson, nodesCsv } from '../../src/lib/graph/exportGraph';
import { NO_FILTERS, parseFilters, type Filters } from '../../src/lib/graph/filters';
import {
	filteredGraph,
	linkDetails,
	networkView,
	nodeDetails
} from '../../src/lib/graph/networkView';
import { pairId, pairLinks } from '../../src/lib/graph/pairLinks';
import { PAGE_SIZE } from '../../src/lib/pagination';
import { foundingDataset } from '../helpers/corpus';

let data: Dataset;
beforeAll(async () => {
	data = await foundingDataset();
});

const csvRows = (csv: string) => csv.trim().split('\r\n').slice(1);

describe('one set of numbers', () => {
	it('counts relations, actors and articles alike on every view and download', () => {
		fc.assert(
			fc.property(anyFilters(data), (f) => {
				const counts = countsOf(data, f);
				const graph = filteredGraph(data, f);
				const overview = corpusOverview(data, f);
				const headlines = headlineFigures(
					data,
					f,
					meetingsChart(data, f),
					dependenceChart(data, f)
				);
				const value = (i: number) => Number(headlines[i]?.value);
				// Relations (events).
				const edgeSum = graph.edges.reduce((n, e) => n + e.count, 0);
				expect(value(1)).toBe(counts.relations);
				expect(edgeSum).toBe(counts.relations);
				expect(chartSelection(data, f).relations.length).toBe(counts.relations);
				const csvCounts = csvRows(edgesCsv(graph)).length;
				expect(csvCounts).toBe(graph.edges.length);
				const json = JSON.parse(graphJson(graph, '')) as { edges: { count: number }[] };
				expect(json.edges.reduce((n, e) => n + e.count, 0)).toBe(counts.relations);
				// Sentences: the links' distinct sentences are the headline's.
				expect(
					sentenceCount(
						data,
						graph.edges.flatMap((e) => e.evidence)
					)
				).toBe(counts.sentences);
				// Actors: the headline, the network, its download and the actors table.
				expect(value(0)).toBe(counts.actors);
				expect(graph.nodes.length).toBe(counts.actors);
				expect(csvRows(nodesCsv(graph)).length).toBe(counts.actors);
				expect(overview.actors.length).toBe(counts.actors);
				expect(networkView(data, f).total.nodes).toBe(counts.actors);
				// Articles: the headline and the articles table.
				expect(value(2)).toBe(counts.articles);
				expect(overview.articles.length).toBe(counts.articles);
				expect(overview.totals).toEqual(counts);
			}),
			{ numRuns: 60 }
		);
	});

	it('lists the most recent articles first, the first few as the whole table gives them', () => {
		fc.assert(
			fc.property(anyFilters(data), fc.integer({ min: 0, max: 3 }), (f, listed) => {
				const whole = corpusOverview(data, f);
				const first = corpusOverview(data, f, 'en', listed);
				expect(first.articles).toEqual(whole.articles.slice(0, listed));
				expect(first.actors).toEqual(whole.actors);
				expect(first.totals).toEqual(whole.totals);
			}),
			{ numRuns: 40 }
		);
	});

	it('gives an actor the same relation count in the table, its panel and its profile', () => {
		fc.assert(
			fc.property(anyFilters(data), (f) => {
				const overview = corpusOverview(data, f);
				for (const row of overview.actors) {
					expect(nodeDetails(data, row.id, f)?.total).toBe(row.relations);
					expect(entityProfile(data, row.id, 'en', 1, f)?.details.total).toBe(row.relations);
				}
			}),
			{ numRuns: 25 }
		);
	});

	it('lists on a profile only the figures the headline counts', () => {
		fc.assert(
			fc.property(anyFilters(data), fc.constantFrom('CHN', 'RUS', 'HUN', 'USA'), (f, id) => {
				const counted = new Set(selectionOf(data, f).indicators.map((i) => i.id));
				const listed = entityProfile(data, id, 'en', 1, f)?.indicators ?? [];
				for (const i of listed) expect(counted, i.id).toContain(i.id);
				// A country's: those the same filters count with that country chosen (its people's
				// included, #14: China's profile listed 3 where ?country=CHN counted 5).
				const own = selectionOf(data, { ...f, countries: [id], depth: 1 }).indicators.filter((i) =>
					counted.has(i.id)
				);
				expect(listed.map((i) => i.id)).toEqual(own.map((i) => i.id));
			}),
			{ numRuns: 40 }
		);
		const china = entityProfile(data, 'CHN', 'en', 1, NO_FILTERS)?.indicators ?? [];
		expect(china).toHaveLength(5);
		expect(countsOf(data, { ...NO_FILTERS, countries: ['CHN'] }).figures).toBe(5);
		// A person's: their own (the 43rd meeting and the ratio with Putin).
		const xi = entityProfile(data, 'xi-jinping', 'en', 1, NO_FILTERS)?.indicators ?? [];
		expect(xi.map((i) => i.unit).sort()).toEqual(['meetings', 'times']);
		// Written as the charts write them, hedge kept (« plus de deux fois », « quelque 130 »).
		expect(xi.find((i) => i.unit === 'times')?.amount).toBe('~2 times');
		expect(china.find((i) => i.unit === 'countries')?.amount).toBe('~130 countries');
		// Quoted without the list bullet its sentence opens with in the article.
		expect(china.map((i) => i.quote).filter((q) => /^\W/u.test(q))).toEqual([]);
	});

	// Found by a new user (#14): a profile's and the network panel's mention count stayed the
	// corpus's under filters.
	it('counts an actor’s mentions on its profile as the actors table does, under any filters', () => {
		let narrowed = 0;
		fc.assert(
			fc.property(anyFilters(data), (f) => {
				for (const row of corpusOverview(data, f).actors) {
					const profile = entityProfile(data, row.id, 'en', 1, f);
					expect(profile?.details.mentions, row.id).toBe(row.mentions);
					expect(nodeDetails(data, row.id, f)?.mentions, row.id).toBe(row.mentions);
					const corpus = data.entities.find((e) => e.id === row.id)?.mentionCount;
					if (row.mentions < (corpus ?? 0)) narrowed++;
				}
			}),
			{ numRuns: 30 }
		);
		expect(narrowed).toBeGreaterThan(0);
	});

	it('lists on a profile only the articles the articles table lists', () => {
		fc.assert(
			fc.property(anyFilters(data), fc.constantFrom('CHN', 'RUS', 'HUN', 'xi-jinping'), (f, id) => {
				const table = new Set(corpusOverview(data, f).articles.map((a) => a.id));
				const profile = entityProfile(data, id, 'en', 1, f);
				for (const a of profile?.articles ?? []) expect(table, a.id).toContain(a.id);
			}),
			{ numRuns: 40 }
		);
		// Hungary's selection holds one article: China's profile lists it alone.
		const hun: Filters = { ...NO_FILTERS, countries: ['HUN'] };
		expect(entityProfile(data, 'CHN', 'en', 1, hun)?.articles.map((a) => a.id)).toEqual([
			'004_3a0463082a3d97f4'
		]);
	});

	it('gives an actor the same mentions in the mentions chart and the actors table', () => {
		fc.assert(
			fc.property(anyFilters(data), (f) => {
				const chart = mentionsChart(data, f);
				const perActor = new Map<string, { mentions: number; articles: number }>();
				for (const r of chart.rows) {
					const m = perActor.get(r.actor) ?? { mentions: 0, articles: 0 };
					m.mentions += r.count;
					m.articles++;
					perActor.set(r.actor, m);
				}
				for (const row of corpusOverview(data, f).actors) {
					const drawn = perActor.get(row.id);
					if (!drawn) continue;
					expect(drawn.mentions, row.id).toBe(row.mentions);
					if (chart.columns === 'article') expect(drawn.articles, row.id).toBe(row.articles);
				}
			}),
			{ numRuns: 40 }
		);
	});

	it('draws in the mentions chart only actors the actors table lists, under a filter that narrows them', () => {
		fc.assert(
			fc.property(anyFilters(data), (f) => {
				const narrowing =
					f.countries.length || f.types.length || f.plover.length || f.nodes.length || f.min > 1;
				if (!narrowing) return;
				const listed = new Set(corpusOverview(data, f).actors.map((a) => a.id));
				for (const r of mentionsChart(data, f).rows) expect(listed, r.actor).toContain(r.actor);
			}),
			{ numRuns: 60 }
		);
	});

	it('splits the relations matrix’s pair as its cells count it', () => {
		fc.assert(
			fc.property(anyFilters(data), (any) => {
				// `min` also hides cells: the cells are compared with the title at 1.
				const f = { ...any, min: 1 };
				const matrix = relationMatrixChart(data, f);
				if (!matrix.pair) return;
				const { a, b, split } = matrix.pair;
				const cells = (from: string, to: string) =>
					matrix.rows
						.filter((r) => r.source === from && r.target === to)
						.reduce((n, r) => n + r.count, 0);
				expect(cells(a, b)).toBe(split.fromA + split.mutual);
				expect(cells(b, a)).toBe(split.fromB + split.mutual);
				expect(split.total).toBe(split.fromA + split.fromB + split.mutual);
				const all = matrix.tally.cooperative + matrix.tally.conflictual;
				expect(matrix.title).toContain(
					split.total === all ? `: ${all} ` : ` ${split.total} of the ${all} `
				);
				// A country's profile counts the same pair, statements and dependence included.
				const profile = entityProfile(data, a, 'en', 1, f);
				const partner = profile?.partners.find((p) => p.id === b);
				if (profile && data.entities.find((e) => e.id === a)?.type === 'country')
					expect(partner?.count ?? 0).toBeGreaterThanOrEqual(split.total);
			}),
			{ numRuns: 60 }
		);
	});

	/** A figure's notes say "N <word>…" exactly when it leaves N > 0 of them undrawn. */
	const expectNoted = (notes: string[], count: number, word: string) =>
		expect(notes.some((n) => n.startsWith(`${count} ${word}`))).toBe(count > 0);

	it('accounts on the timeline and the relations matrix for every counted relation', () => {
		fc.assert(
			fc.property(anyFilters(data), (f) => {
				const { relations } = countsOf(data, f);
				const timeline = timelineChart(data, f);
				const t = timeline.tally;
				expect(t.events + t.context + t.undated + t.statements).toBe(relations);
				// Each part the figure does not draw is said in a note.
				expectNoted(timeline.notes, t.undated, 'undated');
				expectNoted(timeline.notes, t.statements, 'statement');
				// The title counts every dated event drawn, a war across the lanes included, and
				// the table lists each (#14: it had one row more than the title said).
				if (t.events + t.context)
					expect(timeline.title).toMatch(new RegExp(`^${t.events + t.context} dated events? `));
				if (!timeline.more) expect(timeline.rows.length).toBe(t.events + t.context);
				const matrix = relationMatrixChart(data, f);
				const m = matrix.tally;
				expect(m.cooperative + m.conflictual + m.neutral + m.unplaced).toBe(relations);
				expectNoted(matrix.notes, m.neutral, 'statement');
				expectNoted(matrix.notes, m.unplaced, 'relation');
				if (matrix.pair)
					expect(matrix.title).toContain(
						m.cooperative && m.conflictual
							? `relations (${m.cooperative} cooperative, ${m.conflictual} conflictual)`
							: `${m.cooperative + m.conflictual} ${m.cooperative ? 'cooperative' : 'conflictual'} relation`
					);
			}),
			{ numRuns: 60 }
		);
	});

	it('says where the meetings it counts are: the corpus, or the selection under filters', () => {
		fc.assert(
			fc.property(anyFilters(data), (f) => {
				const narrowed =
					f.countries.length ||
					f.types.length ||
					f.plover.length ||
					f.nodes.length ||
					f.min > 1 ||
					!!f.minConfidence ||
					f.article ||
					f.from ||
					f.to;
				const chart = meetingsChart(data, f);
				const headlines = headlineFigures(data, f, chart, dependenceChart(data, f));
				const words = [
					chart.title,
					chart.legend[0]?.label ?? '',
					...headlines.map((h) => h.detail ?? '')
				].join(' | ');
				if (!chart.rows.length) return;
				expect(words).toContain(narrowed ? 'in this selection' : 'in the corpus');
				expect(words).not.toContain(narrowed ? 'in the corpus' : 'in this selection');
			}),
			{ numRuns: 60 }
		);
	});

	it('downloads a chart with as many rows as it draws marks', () => {
		fc.assert(
			fc.property(anyFilters(data), (f) => {
				const chart = relationMatrixChart(data, f);
				expect(chartTable(chart).records.length).toBe(chart.rows.length);
				const total = chart.rows.reduce((n, r) => n + r.count, 0);
				expect(chartTable(chart).records.reduce((n, r) => n + Number(r.count), 0)).toBe(total);
			}),
			{ numRuns: 30 }
		);
	});
});

describe('the founding corpus', () => {
	it('gives the heading and the cards the same numbers', () => {
		const counts = countsOf(data, NO_FILTERS);
		const overview = corpusOverview(data);
		expect(overview.corpus).toEqual(counts);
		// Negated relations are left out and said so; the others are counted.
		const negated = data.relations.filter((r) => r.modality === 'negated').length;
		expect(counts.negated).toBe(negated);
		expect(counts.relations).toBe(data.relations.length - negated);
		expect(counts.sentences).toBeLessThanOrEqual(counts.evidence);
	});

	it('narrows the headline, the tables and the mentions chart to a country (HUN)', () => {
		const f: Filters = { ...NO_FILTERS, countries: ['HUN'] };
		const counts = countsOf(data, f);
		const all = countsOf(data, NO_FILTERS);
		expect(counts.relations).toBeLessThan(all.relations);
		expect(counts.relations).toBeGreaterThan(0);
		const overview = corpusOverview(data, f);
		expect(overview.actors.map((a) => a.id).sort()).toEqual(
			[...selectionOf(data, f).actors].sort()
		);
		expect(overview.actors.map((a) => a.id)).toContain('xi-jinping');
		expect(overview.actors.map((a) => a.id)).not.toContain('sergei-lavrov');
		// Xi Jinping's visit to Hungary: he is in the selection, so in the mentions chart.
		expect(mentionsChart(data, f).actors).toContain('Xi Jinping');
	});

	it('narrows the mentions chart to the actors of meetings and visits', () => {
		const f: Filters = { ...NO_FILTERS, types: ['meeting', 'visit'] };
		const listed = corpusOverview(data, f).actors.map((a) => a.id);
		const drawn = new Set(mentionsChart(data, f).rows.map((r) => r.actor));
		// The Soviet Union is named (an anniversary) but neither meets nor visits anyone.
		expect(mentionsChart(data, NO_FILTERS).rows.map((r) => r.actor)).toContain('SUN');
		expect(drawn).not.toContain('SUN');
		expect([...drawn].every((id) => listed.includes(id))).toBe(true);
	});

	// Found by a new user (#14): the legend listed every relation type of the corpus whatever
	// the filters (a one-country view offered sanctions and conflict it holds none of).
	it('lists in the network’s legend the types of the filtered network, its own type filter aside', () => {
		expect(networkView(data, { ...NO_FILTERS, countries: ['HUN'] }).typesPresent).toEqual([
			'visit'
		]);
		fc.assert(
			fc.property(anyFilters(data), (f) => {
				const listed = networkView(data, f).typesPresent;
				const drawnWithoutTypes = new Set(
					filteredGraph(data, { ...f, types: [] }).edges.map((e) => e.type)
				);
				expect(listed).toEqual([...drawnWithoutTypes].sort());
				// Every type the view draws is listed.
				for (const e of filteredGraph(data, f).edges) expect(listed).toContain(e.type);
			}),
			{ numRuns: 40 }
		);
	});

	it('counts a link’s sentences once each', () => {
		const view = networkView(data, NO_FILTERS);
		for (const e of view.edges) {
			const full = filteredGraph(data, NO_FILTERS).edges.find((x) => x.id === e.id);
			expect(e.evidenceCount).toBe(sentenceCount(data, full?.evidence ?? []));
		}
	});

	it('counts a pair’s single link as its relations: the total, each type, each sentence (#15 §1)', () => {
		fc.assert(
			fc.property(anyFilters(data), (f) => {
				const counts = countsOf(data, f);
				const graph = filteredGraph(data, f);
				const links = pairLinks(graph.edges);
				expect(links.reduce((n, l) => n + l.count, 0)).toBe(counts.relations);
				const relations = selectionOf(data, f).relations;
				for (const link of links) {
					const between = relations.filter((r) => pairId(r.source, r.target) === link.id);
					expect(link.count).toBe(between.length);
					for (const t of link.types)
						expect(t.count, t.type).toBe(between.filter((r) => r.type === t.type).length);
					const details = linkDetails(data, graph, link.id, f);
					expect(details?.count).toBe(link.count);
					expect(details?.types).toEqual(link.types);
					expect(details?.relations).toHaveLength(Math.min(link.count, PAGE_SIZE));
					expect(details?.evidence.total).toBe(
						sentenceCount(
							data,
							between.flatMap((r) => r.evidence)
						)
					);
				}
			}),
			{ numRuns: 40 }
		);
	});
});

describe('figures under a relation-type filter (#14 §2)', () => {
	// Found by a new user: `?types=meeting,visit` kept "Figures 5", the 70 % card and the
	// trade chart captioned "Selection: meeting · visit".
	it('keeps only the figures that measure a chosen type, on every view', () => {
		const meetings: Filters = { ...NO_FILTERS, types: ['meeting', 'visit'] };
		const kept = selectionOf(data, meetings).indicators;
		// The 43rd meeting and "more than twice as often as any other leader".
		expect(kept.map((i) => i.unit).sort()).toEqual(['meetings', 'times']);
		expect(countsOf(data, meetings).figures).toBe(2);
		const dependence = dependenceChart(data, meetings);
		expect(dependence.rows.filter((r) => r.kind === 'figure')).toEqual([]);
		const headlines = headlineFigures(data, meetings, meetingsChart(data, meetings), dependence);
		expect(headlines.map((h) => h.value)).not.toContain('70 %');
		expect(headlines.find((h) => h.label === 'Figures')?.detail).toMatch(/chosen relation types/);
		// The reported total still heads the meetings chart.
		expect(meetingsChart(data, meetings).rows[0]?.reported?.value).toBe(43);
		// Trade figures stay under supply (and its PLOVER type), not the forum's 130 countries.
		for (const f of [
			{ ...NO_FILTERS, types: ['supply'] },
			{ ...NO_FILTERS, plover: ['COOPERATE'] }
		] as Filters[]) {
			expect(selectionOf(data, f).indicators.map((i) => i.value)).toEqual([70]);
			expect(dependenceChart(data, f).rows.some((r) => r.value === 70)).toBe(true);
		}
		expect(countsOf(data, NO_FILTERS).figures).toBe(5);
	});
});

describe('filters the corpus does not hold (#14 §2)', () => {
	// Found by a new user: /?country=XXX showed its notice, then the whole corpus's numbers.
	it('counts nothing for an unknown country or article, on every view', () => {
		const known = {
			countries: new Set(data.entities.filter((e) => e.type === 'country').map((e) => e.id)),
			articles: new Set(data.articles.map((a) => a.id))
		};
		for (const query of ['country=XXX', 'country=Narnia', 'article=zz']) {
			const { filters: f } = parseFilters(new URLSearchParams(query), known);
			const counts = countsOf(data, f);
			expect(counts, query).toMatchObject({ actors: 0, relations: 0, sentences: 0, figures: 0 });
			expect(counts.articles, query).toBe(0);
			expect(corpusOverview(data, f).articles, query).toEqual([]);
			expect(filteredGraph(data, f).nodes, query).toEqual([]);
			expect(dependenceChart(data, f).rows, query).toEqual([]);
			expect(meetingsChart(data, f).rows, query).toEqual([]);
		}
	});
});

describe('sentences', () => {
	// Found by a new user (#14 §1): records quoting words inside a sentence (« celle de Xi en
	// France », « en Serbie », « en Hongrie » inside « La visite de Poutine succède à celle de
	// Xi en France, en Serbie et en Hongrie. ») were counted as sentences of their own.
	it('counts the sentence holding each record, not each quoted fragment, on every view', () => {
		const hungary: Filters = { ...NO_FILTERS, countries: ['HUN'] };
		expect(countsOf(data, hungary).sentences).toBe(1);
		const counts = countsOf(data, NO_FILTERS);
		// 26 sentences of the two founding articles hold the counted relations' 31 spans.
		expect(counts.sentences).toBe(26);
		const graph = filteredGraph(data, NO_FILTERS);
		expect(
			sentenceCount(
				data,
				graph.edges.flatMap((e) => e.evidence)
			)
		).toBe(26);
		// The articles table: 14 sentences in the Beijing visit's article, 12 in the other.
		const rows = corpusOverview(data, NO_FILTERS).articles;
		expect(rows.map((a) => a.sentences).sort((a, b) => a - b)).toEqual([12, 14]);
		expect(rows.reduce((n, a) => n + a.sentences, 0)).toBe(counts.sentences);
		// Hungary's sentence is listed once, whole.
		const [quoted, ...more] = uniqueEvidence(
			data,
			selectionOf(data, hungary).relations.flatMap((r) => r.evidence)
		);
		expect(more).toEqual([]);
		expect(quoted?.quote).toBe(
			'La visite de Poutine succède à celle de Xi en France, en Serbie et en Hongrie.'
		);
	});

	// Offsets past 2^26 included: those spans are told apart by a string, not a number.
	const record = fc.record({
		article: fc.constantFrom('a', 'b', 'B', 'a-1', 'é', 'e', 'z'),
		start: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant(2 ** 26 + 3)),
		length: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(2 ** 26)),
		quote: fc.constantFrom('x', 'y')
	});
	const evidence = fc.array(
		record.map(({ article, start, length, quote }) => ({
			article,
			start,
			end: start + length,
			quote
		})),
		{ maxLength: 60 }
	);

	it('lists each sentence once, its last record, in article and text order, and counts them', () => {
		fc.assert(
			fc.property(evidence, (records) => {
				// The definition: one record per article and span, the last one, sorted.
				const last = new Map(records.map((e) => [`${e.article}:${e.start}:${e.end}`, e]));
				const expected = [...last.values()].sort(
					(a, b) => a.article.localeCompare(b.article) || a.start - b.start || a.end - b.end
				);
				expect(uniqueEvidence(data, records)).toEqual(expected);
				expect(uniqueEvidence(data, records).every((e, i) => e === expected[i])).toBe(true);
				expect(sentenceCount(data, records)).toBe(last.size);
			}),
			{ numRuns: 300, seed: 31 }
		);
	});
});

describe('a minimum confidence (#13 §4)', () => {
	it('counts exactly the relations at or above it, everywhere the selection counts', () => {
		const all = selectionOf(data, NO_FILTERS);
		const sure: Filters = { ...NO_FILTERS, minConfidence: 0.75 };
		const kept = selectionOf(data, sure);
		// The founding corpus holds relations on both sides of 0.75.
		expect(kept.relations.length).toBeGreaterThan(0);
		expect(kept.relations.length).toBeLessThan(all.relations.length);
		expect(kept.relations).toEqual(all.relations.filter((r) => (r.confidence ?? 1) >= 0.75));
		expect(countsOf(data, sure).relations).toBe(kept.relations.length);
		// A curator's relations (confidence 1) stay at any threshold.
		expect(
			selectionOf(data, { ...NO_FILTERS, minConfidence: 1 }).relations.every(
				(r) => r.confidence === 1
			)
		).toBe(true);
	});
});
