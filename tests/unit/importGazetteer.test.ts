// The import script's readers on small samples of each vendor format, and the committed
// generated files checked against a fresh run on the vendor folder.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { capitals, demonymForms, parseLeader } from '../../scripts/gazetteer/factbook';
import { isCommonWord, isEverydayWord } from '../../scripts/gazetteer/commonWords';
import { frenchDemonyms } from '../../scripts/gazetteer/countryLayer';
import { displayName } from '../../scripts/gazetteer/names';
import { parsePhoenix, phoenixDate } from '../../scripts/gazetteer/phoenix';
import { organisationName } from '../../scripts/gazetteer/phoenixOrganizations';
import {
	closeOpenRoles,
	personName,
	phoenixPeople,
	PHOENIX_DATE
} from '../../scripts/gazetteer/phoenixPeople';
import { phoenixPlaces, placeForm } from '../../scripts/gazetteer/phoenixPlaces';
import { DATA } from '../helpers/corpus';

const guards = { placeWords: new Set(['RUSSIAN', 'US']), isCommonWord, isEverydayWord };

describe('Phoenix dictionaries', () => {
	it('read TABARI dates: two-digit years to 2014, four-digit years, impossible days refused', () => {
		expect(phoenixDate('950517')).toBe('1995-05-17');
		expect(phoenixDate('120515')).toBe('2012-05-15');
		expect(phoenixDate('19270101')).toBe('1927-01-01');
		expect(phoenixDate('2004017')).toBeUndefined();
		expect(phoenixDate('950230')).toBeUndefined();
	});

	const sample = `# U.S. Presidents
GEORGE_W._BUSH_  # CountryInfo.txt
+PRESIDENT_BUSH
+US_PRESIDENT_GEORGE_W._BUSH
	[USAELI 640101-010120]
	[USAGOV 010120-090120]
# France
JACQUES_CHIRAC_  # CountryInfo.txt
	[FRAELI 500101-740527]
	[FRAGOV 950517-070516]
	[FRAGOV 740527-760825]
BORIS_YELTSIN_
BORIS_N._YELTSIN
PRESIDENT_YELTSIN
	[RUSGOV 910710-991231]
FRANCOIS_HOLLANDE
+PRESIDENT_HOLLANDE
+HOLLANDE
	[FRAGOV >120515]
NICOLAS_SARKOZY_
	[FRAGOVMIL 030101-040331]
	[FRAGOVLEG 880101-020101]
MARK_GREEN_
	[USAGOV 010101-020101]
`;

	it('read entries, synonyms (with or without their +) and dated codes', () => {
		const entries = parsePhoenix(sample);
		expect(entries.map((e) => e.names[0])).toEqual([
			'GEORGE_W._BUSH',
			'JACQUES_CHIRAC',
			'BORIS_YELTSIN',
			'FRANCOIS_HOLLANDE',
			'NICOLAS_SARKOZY',
			'MARK_GREEN'
		]);
		expect(entries[2]?.names).toEqual(['BORIS_YELTSIN', 'BORIS_N._YELTSIN', 'PRESIDENT_YELTSIN']);
		expect(entries[0]?.section).toBe('U.S. Presidents');
		expect(entries[3]?.spans).toEqual([{ code: 'FRAGOV', from: '2012-05-15' }]);
	});

	it('map codes to role keys only where they map cleanly', () => {
		const people = phoenixPeople(parsePhoenix(sample), guards);
		const byName = new Map(people.map((p) => [p.name, p]));
		// A section of the file names the office; so do synonyms of one kind with one span.
		expect(byName.get('George W. Bush')?.roles).toEqual([
			{ role: 'head-of-state', from: '2001-01-20', to: '2009-01-20', source: 'Phoenix USAGOV' }
		]);
		expect(byName.get('Boris Yeltsin')?.roles[0]?.role).toBe('head-of-state');
		expect(byName.get('Francois Hollande')?.roles[0]?.role).toBe('head-of-state');
		// FRAGOV alone says "in the government": president in 1995, prime minister in 1974.
		expect(byName.get('Jacques Chirac')?.roles.map((r) => r.role)).toEqual([
			'official',
			'official'
		]);
		// A sector is a minister; a legislator holds no office here.
		expect(byName.get('Nicolas Sarkozy')?.roles).toEqual([
			{ role: 'minister', from: '2003-01-01', to: '2004-03-31', source: 'Phoenix FRAGOVMIL' }
		]);
		expect(byName.has('Mark Green')).toBe(false);
		expect(byName.get('Boris Yeltsin')?.aliases).toEqual(['Boris N. Yeltsin']);
	});

	it('never read a vice or deputy office as the office itself', () => {
		const people = phoenixPeople(
			parsePhoenix(`# Vice Presidents of the United States
JOE_BIDEN_
+VICE_PRESIDENT_BIDEN_
	[USAGOV 090120-170120]
`),
			guards
		);
		expect(people[0]?.roles.map((r) => r.role)).toEqual(['official']);
	});

	it('end an open span at the next holder, or at the dictionary’s date', () => {
		const open = { role: 'head-of-state' as const, from: '2012-05-15', source: 'Phoenix FRAGOV' };
		expect(closeOpenRoles([open], () => '2017-05-14')[0]?.to).toBe('2017-05-14');
		expect(closeOpenRoles([open], () => undefined)[0]).toMatchObject({ to: PHOENIX_DATE });
	});

	it('keep names, not titles, descriptions, surnames alone or common words', () => {
		expect(personName("VALERY_GISCARD_D'ESTAING", guards)).toBe("Valery Giscard d'Estaing");
		expect(personName('PRESIDENT_PUTIN', guards)).toBeUndefined();
		expect(personName('RUSSIAN_VLADIMIR_PUTIN', guards)).toBeUndefined();
		expect(personName('SARKOZY', guards)).toBeUndefined();
		expect(personName('THE_BUSH_ADMINISTRATION', guards)).toBeUndefined();
		expect(personName('MARK_GREEN', guards)).toBeUndefined();
	});

	it('take organisations, not people or descriptions', () => {
		expect(organisationName('ASSOCIATION_OF_SOUTHEAST_ASIAN_NATIONS')).toBe(
			'Association of Southeast Asian Nations'
		);
		expect(organisationName('ECOWAS')).toBe('ECOWAS');
		expect(organisationName('UN_ENVOY')).toBeUndefined();
		expect(organisationName('ASEAN_DEFENSE_MINISTERS')).toBeUndefined();
		expect(organisationName('KOFI_ANNAN')).toBeUndefined();
	});
});

describe('Phoenix places', () => {
	const text = `REPUBLIC_OF_SOUTH_AFRICA_  [ZAF]
+SOUTH_AFRICA
+PRETORIA_
+JOHANNESBURG_
+FREE_STATE_
+SPRINGFIELD_
+AUSTIN_
+KWAZULU-NATAL_
UNITED_STATES_OF_AMERICA_  [USA]
+SPRINGFIELD_
+ST._LOUIS_
REPUBLIC_OF_SERBIAN_KRAJINA_ [KRJUNR 911219-951112]
+KNIN_
`;
	const { places, decisions } = phoenixPlaces(parsePhoenix(text), {
		taken: new Map([
			['south africa', 'ZAF'],
			['pretoria', 'ZAF']
		]),
		nameWords: new Set(['austin', 'lloyd']),
		countries: new Set(['ZAF', 'USA']),
		isEverydayWord
	});

	it("keep a country's cities and regions, in the file's order, title-cased", () => {
		expect(places).toEqual({ USA: ['St. Louis'], ZAF: ['Johannesburg', 'Kwazulu-Natal'] });
		expect(placeForm("COX'S_BAZAR_")).toBe("Cox's Bazar");
	});

	it('leave out, and say why: forms of two countries, everyday words, names of people; an undated country code only', () => {
		expect(decisions).toEqual(
			expect.arrayContaining([
				{ form: 'Free State', country: 'ZAF', reason: 'everyday words' },
				{ form: 'Springfield', country: 'ZAF', reason: 'under USA and ZAF' },
				{ form: 'Austin', country: 'ZAF', reason: "a person's name" }
			])
		);
		// The country's own forms are not places, and are not listed as left out.
		expect(decisions.some((d) => d.form === 'Pretoria')).toBe(false);
		expect(JSON.stringify(places)).not.toContain('Knin');
	});
});

describe('Factbook', () => {
	it('read demonyms in every form the Factbook writes them', () => {
		expect(demonymForms('Algerian(s)')).toEqual(['Algerian', 'Algerians']);
		expect(demonymForms('Frenchman(men), Frenchwoman(women)')).toEqual([
			'Frenchman',
			'Frenchmen',
			'Frenchwoman',
			'Frenchwomen'
		]);
		expect(demonymForms('Beninese (singular and plural)')).toEqual(['Beninese']);
		expect(demonymForms('Motswana (singular), Batswana (plural)')).toEqual([
			'Motswana',
			'Batswana'
		]);
		expect(demonymForms('Lao(s) or Laotian(s)')).toEqual(['Lao', 'Laos', 'Laotian', 'Laotians']);
		expect(demonymForms('American Samoan(s) (US nationals)')).toEqual([
			'American Samoan',
			'American Samoans'
		]);
		expect(demonymForms('NA')).toEqual([]);
	});

	it('read capitals, several or none, without notes', () => {
		expect(capitals('Porto-Novo (constitutional capital); Cotonou (seat of government)')).toEqual([
			'Porto-Novo',
			'Cotonou'
		]);
		expect(capitals('Washington, D.C.')).toEqual(['Washington']);
		expect(capitals('Chisinau in Romanian (Kishinev in Russian)')).toEqual(['Chisinau']);
		expect(capitals('no official capital; government offices in the Yaren District')).toEqual([]);
	});

	it('read a leader’s title, name in usual capitals and short form, and "since" date', () => {
		expect(
			parseLeader(
				'President Joao Manuel Goncalves LOURENCO (since 26 September 2017)',
				'head-of-state'
			)
		).toEqual({
			role: 'head-of-state',
			title: 'President',
			name: 'Joao Manuel Goncalves Lourenco',
			short: 'Joao Lourenco',
			since: '2017-09-26'
		});
		expect(
			parseLeader('President XI Jinping (since 14 March 2013)', 'head-of-state')
		).toMatchObject({
			name: 'Xi Jinping'
		});
		expect(
			parseLeader(
				'King CHARLES III (since 8 September 2022); represented by Governor General Sam MOSTYN',
				'head-of-state'
			)
		).toMatchObject({ title: 'King', name: 'Charles III', since: '2022-09-08' });
		expect(
			parseLeader(
				'President Mohamed Ould Cheikh el GHAZOUANI (since 1 August 2019)',
				'head-of-state'
			)
		).toMatchObject({ name: 'Mohamed Ould Cheikh el Ghazouani' });
	});

	it('take French demonyms from i18n-nationality, cleaned', () => {
		expect(frenchDemonyms('CHN')).toEqual(['chinois']);
		expect(frenchDemonyms('PRK')).toEqual(['nord-coréen']);
		expect(frenchDemonyms('TTO')).toEqual(['trinidadien', 'tobagonien']);
		// « Congolais (République du Congo) »: qualified, so ambiguous; « Îles Mariannes du Nord »: a place.
		expect(frenchDemonyms('COG')).toEqual([]);
		expect(frenchDemonyms('MNP')).toEqual([]);
	});

	it('write names in their usual form', () => {
		expect(displayName('JOHN_MCCAIN')).toBe('John McCain');
		expect(displayName('Abdel Fattah EL-SISI')).toBe('Abdel Fattah el-Sisi');
		expect(displayName('Denis SASSOU-Nguesso')).toBe('Denis Sassou-Nguesso');
	});
});

const VENDOR = path.resolve('../shared/vendor');

describe.skipIf(!existsSync(VENDOR))('npm run gazetteer:import', { timeout: 180_000 }, () => {
	it('gives back the committed generated files from the vendor folder', async () => {
		const out = await mkdtemp(path.join(tmpdir(), 'entente-gazetteer-'));
		try {
			await cp(path.join(DATA, 'gazetteer'), out, { recursive: true });
			await rm(path.join(out, 'factbook'), { recursive: true });
			await rm(path.join(out, 'phoenix'), { recursive: true });
			await promisify(execFile)(
				'npx',
				['tsx', 'scripts/import-gazetteer.ts', '--vendor', VENDOR, '--out', out],
				{ maxBuffer: 16 * 1024 * 1024 }
			);
			for (const file of [
				'factbook/countries.yaml',
				'factbook/people.yaml',
				'phoenix/people.yaml',
				'phoenix/organizations.yaml'
			])
				expect(await readFile(path.join(out, file), 'utf8'), file).toBe(
					await readFile(path.join(DATA, 'gazetteer', file), 'utf8')
				);
		} finally {
			await rm(out, { recursive: true, force: true });
		}
	});
});
