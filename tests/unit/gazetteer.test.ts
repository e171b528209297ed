// The gazetteer at world scale: every country by its names, short forms, demonyms and seats;
// ambiguous forms naming nobody; acronyms in any case unless they are words; office holders
// by date; and the traps a large gazetteer sets (surnames and cities that are common words).
import { agree } from 'french-adjectives';
import { CORE_SCHEMA, load } from 'js-yaml';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/extractArticle';
import { findLexiconMentions } from '../../src/lib/extract/mentions';
import {
	englishForms,
	inflectFrenchAdjective,
	libraryCodes
} from '../../src/lib/gazetteer/countries';
import { holdersOn, type Lexicon } from '../../src/lib/gazetteer/lexicon';
import { foldText } from '../../src/lib/text/fold';
import { isCommonWord, isEverydayWord } from '../../scripts/gazetteer/commonWords';
import { article, DATA, realLexicon } from '../helpers/corpus';

let lexicon: Lexicon;
beforeAll(async () => {
	lexicon = await realLexicon();
});

/** The actors the gazetteer names in a text, in order. */
const found = (text: string) =>
	findLexiconMentions(lexicon, text, foldText(text)).map((m) => m.entity);

describe('countries', () => {
	it('has every ISO 3166-1 country with French and English names, and the Soviet Union', () => {
		const countries = new Map(lexicon.gazetteer.countries.map((c) => [c.iso3, c]));
		for (const code of libraryCodes()) {
			const c = countries.get(code);
			expect(c?.name.fr, code).toMatch(/\p{L}/u);
			expect(c?.name.en, code).toMatch(/\p{L}/u);
		}
		expect(countries.get('SUN')).toMatchObject({ historical: true });
		expect(found('the Soviet Union and l’URSS')).toEqual(['SUN', 'SUN']);
	});

	it.each([
		['Bosnia', 'BIH'],
		['la Bosnie', 'BIH'],
		['Czechia', 'CZE'],
		['la Tchéquie', 'CZE'],
		['Ivory Coast', 'CIV'],
		['la Côte d’Ivoire', 'CIV'],
		['North Korea', 'PRK'],
		['la Corée du Sud', 'KOR'],
		['la RDC', 'COD'],
		['Congo-Brazzaville', 'COG'],
		['the Republic of the Congo', 'COG'],
		['Burma', 'MMR'],
		['Eswatini', 'SWZ'],
		['Türkiye', 'TUR']
	])('knows the short or usual form %s', (text, iso3) => {
		expect(found(text)).toEqual([iso3]);
	});

	it('keeps the two Congos apart: "Congo" and "Congolese" alone name neither', () => {
		expect(found('Congo')).toEqual([]);
		expect(found('Congolese troops and les soldats congolais')).toEqual([]);
	});

	it.each([
		['the White House', 'USA'],
		['Downing Street', 'GBR'],
		['l’Élysée', 'FRA'],
		['le Quai d’Orsay', 'FRA'],
		['Zhongnanhai', 'CHN'],
		['the Kremlin', 'RUS'],
		['Abuja', 'NGA'],
		['Ouagadougou', 'BFA']
	])('knows the seat of government %s', (text, iso3) => {
		expect(found(text)).toEqual([iso3]);
	});

	it('leaves out capitals that name something else as often (Victoria, Kingston, Georgetown)', () => {
		expect(found('Victoria and Kingston met in Georgetown')).toEqual([]);
	});
});

describe('armed groups', () => {
	it('knows the usual non-state parties in both languages, and no acronym that names something else', () => {
		expect(
			found('Hamas and Hezbollah; les talibans; Yemen’s Houthi rebels; les rebelles du M23')
		).toEqual(['hamas', 'hezbollah', 'taliban', 'YEM', 'houthis', 'm23']);
		expect(found('les combattants houthis et le groupe Wagner')).toEqual([
			'houthis',
			'wagner-group'
		]);
		// RSF is Reporters sans frontières as often as the Rapid Support Forces.
		expect(found('RSF said the journalist was detained.')).toEqual([]);
	});
});

describe('demonyms', () => {
	it('give a country to "Zimbabwean Prime Minister" and to every UN member state', () => {
		expect(found('Zimbabwean Prime Minister')).toEqual(['ZWE']);
		const withEnglish = lexicon.gazetteer.countries.filter((c) => c.adjectives.en.length);
		const withFrench = lexicon.gazetteer.countries.filter((c) => c.adjectives.fr.length);
		expect(withEnglish.length).toBeGreaterThan(190);
		expect(withFrench.length).toBeGreaterThan(190);
	});

	it('come in every gender and number in French, and as nouns and adjectives in English', () => {
		expect(found('la diplomatie chinoise, les Chinois, les entreprises chinoises')).toEqual([
			'CHN',
			'CHN',
			'CHN'
		]);
		expect(found('les autorités kényanes, un Malien, des Béninoises')).toEqual([
			'KEN',
			'MLI',
			'BEN'
		]);
		expect(found('Frenchmen and Frenchwomen, the Burkinabe and two Zambians')).toEqual([
			'FRA',
			'FRA',
			'BFA',
			'ZMB'
		]);
	});

	it('generate the French feminine and plural forms a French agreement library gives', async () => {
		// The masculine forms as the files give them (written in full with slashes: the editors').
		const masculine = new Set<string>();
		for (const file of ['countries.yaml', 'factbook/countries.yaml']) {
			const layer = load(await readFile(path.join(DATA, 'gazetteer', file), 'utf8'), {
				schema: CORE_SCHEMA
			}) as Record<string, { adjectives?: { fr?: string[] } }>;
			for (const o of Object.values(layer))
				for (const m of o.adjectives?.fr ?? []) if (!m.includes('/')) masculine.add(m);
		}
		expect(masculine.size).toBeGreaterThan(190);
		const differ: string[] = [];
		for (const m of masculine) {
			const forms = inflectFrenchAdjective(m);
			const expected = m.endsWith('e')
				? [m, agree(m, 'M', 'P', null, false, undefined)]
				: (['MS', 'FS', 'MP', 'FP'] as const).map((gn) =>
						agree(m, gn[0] as 'M' | 'F', gn[1] as 'S' | 'P', null, false, undefined)
					);
			forms.forEach((form, i) => {
				if (form !== expected[i]) differ.push(`${form} ≠ ${expected[i]}`);
			});
		}
		expect(differ).toEqual([]);
	});

	it('name the people in the English plural even where the sources list only the adjective', () => {
		// The Factbook has no entry for Palestine, and lists "Thai" and "Soviet" alone.
		expect(found('the Palestinians, two Thais, the Soviets and the South Koreans')).toEqual([
			'PSE',
			'THA',
			'SUN',
			'KOR'
		]);
		// No plural where the form names no countable person, nor a wrong one ("Germen").
		expect(englishForms(['Chinese', 'British', 'Icelandic', 'Swiss', 'German', 'U.S.'])).toEqual([
			'Chinese',
			'British',
			'Icelandic',
			'Swiss',
			'German',
			'Germans',
			'U.S.'
		]);
	});

	it('never let a demonym be a place of the cities list ("Palestinians", "Congolese")', () => {
		const places = lexicon.gazetteer.countries.flatMap((c) => c.places.map(foldText));
		expect(places).not.toContain('palestinians');
		expect(places).not.toContain('congolese');
	});

	it('never let « américaine » be the Northern Mariana Islands, nor « française » the Southern Lands', () => {
		expect(found('l’hégémonie américaine et la présidence française')).toEqual(['USA', 'FRA']);
		expect(found('American and French')).toEqual(['USA', 'FRA']);
	});

	it('decide "Dominican" for the Dominican Republic, and leave "Korean" to nobody', () => {
		expect(found('Dominican officials')).toEqual(['DOM']);
		expect(found('les autorités dominicaines et dominiquaises')).toEqual(['DOM', 'DMA']);
		expect(found('Korean officials')).toEqual([]);
		expect(found('North Korean and South Korean officials')).toEqual(['PRK', 'KOR']);
	});
});

describe('organisations', () => {
	it.each([
		['Nato allies', 'nato'],
		['l’Otan', 'nato'],
		['NATO', 'nato'],
		['l’Onu', 'united-nations'],
		['l’ONU', 'united-nations'],
		['the UN', 'united-nations'],
		['le Conseil de sécurité', 'un-security-council'],
		['the UN Security Council', 'un-security-council'],
		['l’Union africaine', 'african-union'],
		['l’UA', 'african-union'],
		['the AU', 'african-union'],
		['la Cédéao', 'ecowas'],
		['ECOWAS', 'ecowas'],
		['l’Asean', 'asean'],
		['l’ANASE', 'asean'],
		['l’Opep', 'opec'],
		['the IAEA', 'iaea'],
		['l’AIEA', 'iaea'],
		['l’OMS', 'world-health-organization'],
		['the WHO', 'world-health-organization'],
		['le FMI', 'imf'],
		['la Banque mondiale', 'world-bank'],
		['the WTO', 'wto'],
		['la CPI', 'icc'],
		['Caricom', 'caricom'],
		['la Ligue arabe', 'arab-league'],
		['the Gulf Cooperation Council', 'gulf-cooperation-council'],
		['l’OSCE', 'osce'],
		['the G20', 'g20'],
		['BRICS', 'brics'],
		['l’APEC', 'apec']
	])('finds %s', (text, id) => {
		expect(found(text)).toEqual([id]);
	});

	it('match an acronym that is a common word only as written', () => {
		expect(found('Un diplomate a parlé au ministre, qui a eu raison.')).toEqual([]);
		expect(found('Who said the US would help us?')).toEqual(['USA']);
		for (const o of lexicon.gazetteer.organizations)
			for (const form of [o.name.en, o.name.fr, ...o.aliases])
				if (!/\p{Ll}/u.test(form) && isCommonWord(form))
					expect(o.exactCase, `${o.id}: ${form}`).toContain(form);
	});
});

describe('office holders', () => {
	const onDate = (text: string, date: string, lang: 'fr' | 'en' = 'fr') =>
		extractArticle(article(text, date, lang), lexicon).mentions.map((m) => m.entity);

	it('name heads of state and government of 2026 with their country (Factbook)', () => {
		const x = extractArticle(
			article(
				'Abdelmadjid Tebboune received Mia Mottley and Christopher Luxon.',
				'2026-03-01',
				'en'
			),
			lexicon
		);
		const countries = ['abdelmadjid-tebboune', 'mia-mottley', 'christopher-luxon'].map(
			(id) => x.entities.find((e) => e.id === id)?.country
		);
		expect(countries).toEqual(['DZA', 'BRB', 'NZL']);
	});

	it('name office holders of the 2000s by their full name (Phoenix)', () => {
		const x = extractArticle(
			article('Jacques Chirac a reçu Gerhard Schröder et Junichiro Koizumi.', '2003-02-10'),
			lexicon
		);
		expect(x.entities.filter((e) => e.type === 'person').map((e) => [e.id, e.country])).toEqual([
			['gerhard-schroder', 'DEU'],
			['jacques-chirac', 'FRA'],
			['junichiro-koizumi', 'JPN']
		]);
	});

	it('resolve « le président français » to the holder at the article’s date', () => {
		expect(onDate('Le président français est arrivé.', '2013-06-01')).toContain(
			'francois-hollande'
		);
		expect(onDate('Le président français est arrivé.', '2024-06-01')).toContain('emmanuel-macron');
		expect(onDate('The U.S. Secretary of State arrived.', '2010-06-01', 'en')).toContain(
			'hillary-clinton'
		);
		expect(onDate('The British foreign minister arrived.', '2020-06-01', 'en')).toContain(
			'dominic-raab'
		);
	});

	it('index every office by role and country, for a lookup by date', () => {
		expect(holdersOn(lexicon, 'head-of-state', 'USA', '2005-06-01')).toEqual(['george-w-bush']);
		expect(holdersOn(lexicon, 'foreign-minister', 'DEU', '2019-01-01')).toEqual(['heiko-maas']);
		expect(holdersOn(lexicon, 'defence-minister', 'RUS', '2025-01-01')).toEqual([
			'andrei-belousov'
		]);
		// Everyone is there, « in the government » too: Chirac, 1995–2007.
		expect(holdersOn(lexicon, 'official', 'FRA', '2003-02-10')).toContain('jacques-chirac');
		expect(lexicon.people.get('jacques-chirac')?.country).toBe('FRA');
	});

	it('never match a surname alone, nor a name made of common words', () => {
		for (const p of lexicon.gazetteer.people) {
			const origin = lexicon.origins[p.id]?.[0]?.origin;
			if (origin === 'hand-curated') continue;
			for (const form of [p.name.en, ...p.aliases]) {
				expect(form.split(/\s+/).length, form).toBeGreaterThan(1);
				expect(
					form.split(/\s+/).every((w) => isEverydayWord(w)),
					form
				).toBe(false);
			}
		}
		expect(found('Mr Chirac and Bush said')).toEqual([]);
	});

	it('leave common words and places alone: turkey, china, chad in lower case', () => {
		expect(found('a turkey dinner on china plates')).toEqual([]);
		expect(found('Turkey and China')).toEqual(['TUR', 'CHN']);
	});

	it('read a name glued by a hyphen as part of another place, unless both halves are names', () => {
		expect(found('en Colombie-Britannique, au Canada')).toEqual(['CAN']);
		expect(found('l’axe Pékin-Moscou')).toEqual(['CHN', 'RUS']);
		expect(found('les États-Unis')).toEqual(['USA']);
	});

	it('read an organisation’s name inside a longer name as that other name', () => {
		expect(found("the secretary of Iran's Supreme National Security Council")).toEqual(['IRN']);
		expect(found('Russia asked the UN Security Council and the Security Council met.')).toEqual([
			'RUS',
			'un-security-council',
			'un-security-council'
		]);
	});
});

describe('provenance', () => {
	it('says where each actor comes from, with file and line', () => {
		const origin = (id: string) => lexicon.origins[id]?.map((o) => o.origin);
		expect(origin('vladimir-putin')).toEqual(['hand-curated', 'factbook', 'phoenix']);
		expect(origin('abdelmadjid-tebboune')).toEqual(['factbook']);
		expect(origin('jacques-chirac')).toEqual(['phoenix']);
		// Its cities come from Phoenix's country dictionary (phoenix/places.yaml).
		expect(origin('USA')).toEqual(['library', 'hand-curated', 'factbook', 'phoenix']);
		const [first] = lexicon.origins['jacques-chirac'] ?? [];
		expect(first?.file).toBe('data/gazetteer/phoenix/people.yaml');
		expect(first?.line).toBeGreaterThan(1);
	});

	it('knows the heads of state and government of 2014–2025 from leaders.yaml, by date', async () => {
		const x = extractArticle(
			article('Yoon Suk Yeol received Fumio Kishida in Seoul.', '2023-03-16', 'en'),
			lexicon
		);
		expect(x.entities.find((e) => e.id === 'yoon-suk-yeol')?.country).toBe('KOR');
		const onDate = (text: string, date: string) =>
			extractArticle(article(text, date, 'fr'), lexicon).mentions.map((m) => m.entity);
		expect(onDate('Le président sud-coréen est arrivé.', '2023-06-01')).toContain('yoon-suk-yeol');
		expect(onDate('Le président sud-coréen est arrivé.', '2026-03-01')).not.toContain(
			'yoon-suk-yeol'
		);
		expect(onDate('Le Premier ministre japonais est arrivé.', '2022-06-01')).toContain(
			'fumio-kishida'
		);
		// Vice-presidents are not presidents: Obama alone in 2015 (Phoenix coded Biden too).
		expect(holdersOn(lexicon, 'head-of-state', 'USA', '2015-06-01')).toEqual(['barack-obama']);
		// A minister who became prime minister is one person, with both roles and both files.
		const kishida = lexicon.people.get('fumio-kishida');
		expect(kishida?.roles.map((r) => r.role)).toEqual(
			expect.arrayContaining(['foreign-minister', 'head-of-government'])
		);
		expect(lexicon.origins['fumio-kishida']?.map((o) => o.file)).toEqual(
			expect.arrayContaining(['data/gazetteer/ministers.yaml', 'data/gazetteer/leaders.yaml'])
		);
		// A leader of 2026 with an earlier term: the Factbook's entry joins the editors' id.
		expect(lexicon.origins['cyril-ramaphosa']?.map((o) => o.origin)).toEqual([
			'hand-curated',
			'factbook'
		]);
		// Every role cites its source.
		const leaders = load(await readFile(path.join(DATA, 'gazetteer', 'leaders.yaml'), 'utf8'), {
			schema: CORE_SCHEMA
		}) as { roles: { source?: string }[] }[];
		for (const p of leaders)
			for (const r of p.roles) expect(r.source).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\//);
	});
});
