// The open data package read back as an analyst's tool reads it: each CSV parsed by d3-dsv
// against its Table Schema (header, types, enums, patterns, required values, primary keys) and
// every foreign key resolved, for the whole corpus and for a filtered view; the ZIP holding the
// same bytes; and the data set valid against the JSON Schema generated from its zod schema.
import { anyFilters } from '../helpers/filters';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { csvParse } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countsOf, selectionOf } from '../../src/lib/counts';
import { isRealDate } from '../../src/lib/dataset/dates';
import type { Dataset } from '../../src/lib/dataset/schema';
import { NO_FILTERS, type Filters } from '../../src/lib/graph/filters';
import {
	dataPackageDescriptor,
	dataPackageZip,
	PACKAGE_TABLES,
	packagePart,
	packageTableCsv
} from '../../src/lib/opendata/dataPackage';
import { datasetJsonSchema } from '../../src/lib/opendata/jsonSchema';
import type { DataPackageDescriptor, Field } from '../../src/lib/opendata/tableSchema';
import { foundingDataset } from '../helpers/corpus';

let dataset: Dataset;
beforeAll(async () => {
	dataset = await foundingDataset();
});

type Tables = Map<string, Record<string, string>[]>;

/** Whether a CSV cell reads as a value of the field's type (Table Schema's default formats). */
function parses(field: Field, value: string): boolean {
	switch (field.type) {
		case 'integer':
			return /^-?\d+$/.test(value);
		case 'number':
			return value.trim() !== '' && Number.isFinite(Number(value));
		case 'boolean':
			return value === 'true' || value === 'false';
		case 'date':
			return isRealDate(value);
		case 'string':
			return true;
	}
}

/** Reads every table of a package as d3-dsv does and checks it against its descriptor. */
function readPackage(descriptor: DataPackageDescriptor, csv: (name: string) => string): Tables {
	expect(descriptor.profile).toBe('tabular-data-package');
	expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
	const tables: Tables = new Map();
	for (const resource of descriptor.resources) {
		const text = csv(resource.name);
		expect(text.startsWith('\uFEFF'), `${resource.name} has no BOM`).toBe(false);
		const rows = csvParse(text);
		const fields = resource.schema.fields;
		expect(rows.columns, resource.name).toEqual(fields.map((f) => f.name));
		for (const row of rows)
			for (const field of fields) {
				const value = row[field.name] ?? '';
				const where = `${resource.name}.${field.name} = ${JSON.stringify(value)}`;
				if (value === '') {
					expect(field.constraints?.required, where).not.toBe(true);
					continue;
				}
				expect(parses(field, value), where).toBe(true);
				if (field.constraints?.enum) expect(field.constraints.enum, where).toContain(value);
				if (field.constraints?.pattern)
					expect(new RegExp(`^(?:${field.constraints.pattern})$`).test(value), where).toBe(true);
			}
		const keys = rows.map((r) => resource.schema.primaryKey.map((k) => r[k]).join('\u0000'));
		expect(new Set(keys).size, `${resource.name} primary key`).toBe(keys.length);
		tables.set(resource.name, rows);
	}
	for (const resource of descriptor.resources)
		for (const key of resource.schema.foreignKeys) {
			const target = new Set(
				(tables.get(key.reference.resource) ?? []).map((r) => r[key.reference.fields])
			);
			for (const row of tables.get(resource.name) ?? []) {
				const value = row[key.fields] ?? '';
				if (value)
					expect(target.has(value), `${resource.name}.${key.fields} = ${value}`).toBe(true);
			}
		}
	return tables;
}

const read = (filters: Filters) => {
	const part = packagePart(dataset, filters);
	const descriptor = JSON.parse(dataPackageDescriptor(filters)) as DataPackageDescriptor;
	return readPackage(descriptor, (name) => packageTableCsv(part, name) ?? '');
};

describe('open data package', () => {
	it('holds the whole corpus, every table valid against its schema and every key resolved', () => {
		const tables = read(NO_FILTERS);
		expect(tables.get('articles')?.length).toBe(dataset.articles.length);
		expect(tables.get('actors')?.length).toBe(dataset.entities.length);
		expect(tables.get('mentions')?.length).toBe(dataset.mentions.length);
		expect(tables.get('events')?.length).toBe(dataset.relations.length);
		expect(tables.get('figures')?.length).toBe(dataset.indicators.length);
		expect(tables.get('quotes')?.length).toBe(dataset.quotes.length);
		expect(dataset.quotes.length).toBeGreaterThan(0);
		const evidence = tables.get('evidence') ?? [];
		expect(evidence.length).toBe(
			[...dataset.relations, ...dataset.indicators, ...dataset.quotes].reduce(
				(n, x) => n + x.evidence.length,
				0
			)
		);
		expect(evidence.filter((e) => e.quotation).map((e) => e.quotation)).toEqual(
			dataset.quotes.map((q) => q.id)
		);
		// Offsets index into the article text as published in the package.
		const texts = new Map((tables.get('articles') ?? []).map((a) => [a.id, a.text ?? '']));
		for (const e of evidence)
			expect(texts.get(e.article ?? '')?.slice(Number(e.start), Number(e.end))).toBe(e.quote);
	});

	it('codes each event with its PLOVER type, CAMEO code (zeros kept) and quad class', () => {
		const events = read(NO_FILTERS).get('events') ?? [];
		expect(events.find((e) => e.id === 'visit:xi-jinping>FRA:2024-05:asserted')).toMatchObject({
			type: 'visit',
			source: 'xi-jinping',
			target: 'FRA',
			directed: 'true',
			date: '2024-05',
			date_start: '2024-05-01',
			date_end: '2024-05-31',
			modality: 'asserted',
			plover: 'CONSULT',
			cameo: '042',
			quad: 'verbal-cooperation'
		});
		expect(events.filter((e) => e.modality === 'negated').length).toBeGreaterThan(0);
	});

	it('for a filtered view, holds what the view counts and what it refers to', () => {
		const filters: Filters = { ...NO_FILTERS, countries: ['SRB'] };
		const tables = read(filters);
		const counted = selectionOf(dataset, filters).relations.map((r) => r.id);
		const events = tables.get('events') ?? [];
		expect(events.filter((e) => e.modality !== 'negated').map((e) => e.id)).toEqual(counted);
		expect(counted.length).toBe(countsOf(dataset, filters).relations);
		expect((tables.get('actors') ?? []).map((a) => a.id).sort()).toEqual(
			expect.arrayContaining(['CHN', 'SRB', 'xi-jinping'])
		);
		expect((tables.get('articles') ?? []).length).toBeLessThanOrEqual(dataset.articles.length);
		const china = read({ ...NO_FILTERS, countries: ['CHN'], types: ['supply'] });
		// The negated supply (« aucune information n’indique… ») comes along, marked.
		expect((china.get('events') ?? []).some((e) => e.modality === 'negated')).toBe(true);
	});

	it('for any filters, is valid, resolves every key and counts what the pages count', () => {
		fc.assert(
			fc.property(anyFilters(dataset), (filters) => {
				const tables = read(filters);
				const counts = countsOf(dataset, filters);
				const events = tables.get('events') ?? [];
				expect(events.filter((e) => e.modality !== 'negated').length).toBe(counts.relations);
				expect(tables.get('figures')?.length).toBe(counts.figures);
				for (const id of selectionOf(dataset, filters).actors)
					expect((tables.get('actors') ?? []).some((a) => a.id === id)).toBe(true);
			}),
			{ numRuns: 25 }
		);
	});

	it('zips the descriptor and the same CSVs, the same bytes for the same view', () => {
		const filters: Filters = { ...NO_FILTERS, countries: ['RUS'] };
		const zip = dataPackageZip(dataset, filters);
		expect(dataPackageZip(dataset, filters)).toEqual(zip);
		const files = unzipSync(zip);
		expect(Object.keys(files).sort()).toEqual(
			['datapackage.json', ...PACKAGE_TABLES.map((t) => `${t}.csv`)].sort()
		);
		const descriptor = JSON.parse(
			strFromU8(files['datapackage.json'] as Uint8Array)
		) as DataPackageDescriptor;
		expect(descriptor.name).toBe('entente-country-rus');
		expect(descriptor.resources.map((r) => r.path)).toEqual(PACKAGE_TABLES.map((t) => `${t}.csv`));
		const part = packagePart(dataset, filters);
		for (const name of PACKAGE_TABLES)
			expect(strFromU8(files[`${name}.csv`] as Uint8Array)).toBe(packageTableCsv(part, name));
		readPackage(descriptor, (name) => strFromU8(files[`${name}.csv`] as Uint8Array));
	});

	it('points a filtered descriptor at URLs that carry the filters', () => {
		const descriptor = JSON.parse(
			dataPackageDescriptor(
				{ ...NO_FILTERS, countries: ['CHN'] },
				{
					origin: 'https://entente.test',
					path: (name) => `https://entente.test/api/data/${name}.csv?country=CHN`
				}
			)
		) as DataPackageDescriptor;
		expect(descriptor.resources[3]?.path).toBe(
			'https://entente.test/api/data/events.csv?country=CHN'
		);
		expect(descriptor.homepage).toBe('https://entente.test/?country=CHN');
	});
});

describe('JSON Schema of the data set', () => {
	const validator = () =>
		new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(datasetJsonSchema()));

	it('validates the bundled data set', () => {
		const validate = validator();
		const valid = validate(JSON.parse(JSON.stringify(dataset)));
		expect(validate.errors ?? []).toEqual([]);
		expect(valid).toBe(true);
	});

	it('refuses a data set with an unknown relation type, a missing field or an extra key', () => {
		const validate = validator();
		const copy = () => JSON.parse(JSON.stringify(dataset)) as Dataset;
		const badType = copy();
		(badType.relations[0] as { type: string }).type = 'hug';
		expect(validate(badType)).toBe(false);
		const missing = copy();
		delete (missing.articles[0] as { title?: string }).title;
		expect(validate(missing)).toBe(false);
		const extra = copy();
		(extra.entities[0] as Record<string, unknown>).nickname = 'x';
		expect(validate(extra)).toBe(false);
		const badCameo = copy();
		(badCameo.relations[1] as { cameo?: string }).cameo = '4';
		expect(validate(badCameo)).toBe(false);
	});
});

describe('the README’s one-line loads', () => {
	it('DuckDB reads the tables with the README’s line, CAMEO codes as strings, keys joining', async () => {
		const { DuckDBInstance } = await import('@duckdb/node-api');
		const dir = await mkdtemp(path.join(tmpdir(), 'entente-package-'));
		const part = packagePart(dataset, NO_FILTERS);
		for (const name of PACKAGE_TABLES)
			await writeFile(path.join(dir, `${name}.csv`), packageTableCsv(part, name) ?? '');
		const instance = await DuckDBInstance.create(':memory:');
		const db = await instance.connect();
		try {
			const table = (name: string) => path.join(dir, `${name}.csv`).replaceAll("'", "''");
			// The README's line, with a local file for the URL.
			await db.run(
				`CREATE TABLE events AS SELECT * FROM read_csv('${table('events')}', types = {'cameo': 'VARCHAR'})`
			);
			await db.run(`CREATE TABLE actors AS SELECT * FROM read_csv('${table('actors')}')`);
			const rows = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJS();
			expect(await rows('SELECT count(*)::INTEGER AS n FROM events')).toEqual([
				{ n: dataset.relations.length }
			]);
			expect(
				await rows(
					"SELECT cameo, date_start::VARCHAR AS day, directed FROM events WHERE id = 'visit:xi-jinping>FRA:2024-05:asserted'"
				)
			).toEqual([{ cameo: '042', day: '2024-05-01', directed: true }]);
			expect(
				await rows(
					'SELECT count(*)::INTEGER AS n FROM events e JOIN actors s ON e.source = s.id JOIN actors t ON e.target = t.id'
				)
			).toEqual([{ n: dataset.relations.length }]);
		} finally {
			db.closeSync();
			await rm(dir, { recursive: true, force: true });
		}
	});
});
