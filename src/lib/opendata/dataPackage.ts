// The open data package of a view: its records as CSV tables (plain RFC 4180, formats/csv.ts)
// described by a datapackage.json with a Table Schema per table, alone or zipped. Without
// filters it is the whole data set; with filters, what the view counts (src/lib/counts.ts), plus
// the negated events the filters would otherwise keep (the pages leave them out and say so; the
// `modality` column says which), and the actors, articles and mentions they refer to.
import { strToU8, zipSync } from 'fflate';
import { selectionOf } from '../counts';
import { datasetIndex } from '../dataset/datasetIndex';
import type { Dataset, DatasetEntity } from '../dataset/schema';
import { toCsv } from '../formats/csv';
import { filtersToParams, type Filters } from '../graph/filters';
import type { DataPackageDescriptor, TabularResource } from './tableSchema';
import { TABLES, wholePart, type PackagePart } from './tables';

/** The names of the package's tables, as `<name>.csv` files and resources. */
export const PACKAGE_TABLES = TABLES.map((t) => t.name);

/** The records a view's package holds (see the module comment). */
export function packagePart(dataset: Dataset, filters: Filters): PackagePart {
	if (!filtersToParams(filters).toString()) return wholePart(dataset);
	const selection = selectionOf(dataset, filters);
	const chosen = new Set([...selection.relations, ...selection.negated]);
	const events = dataset.relations.filter((r) => chosen.has(r));
	const figures = selection.indicators;
	const articleIds = new Set(selection.articles);
	for (const r of selection.negated) for (const e of r.evidence) articleIds.add(e.article);
	const index = datasetIndex(dataset);
	const actorIds = new Set(selection.actors);
	for (const r of events)
		for (const a of [r.source, r.target, r.location, r.reportedBy]) if (a) actorIds.add(a);
	for (const f of figures) for (const a of [f.subject, f.partner]) if (a) actorIds.add(a);
	// An actor's country and organisation come along, so every reference resolves.
	const pending = [...actorIds];
	while (pending.length) {
		const entity = index.entity(pending.pop() as string);
		for (const a of [entity?.country, entity?.affiliation])
			if (a && !actorIds.has(a)) {
				actorIds.add(a);
				pending.push(a);
			}
	}
	const actors = dataset.entities.filter((e: DatasetEntity) => actorIds.has(e.id));
	// The quotes of the actors kept, told in the articles kept (an article or period filter
	// narrows those already).
	const quotes = dataset.quotes.filter(
		(q) => actorIds.has(q.speaker) && q.evidence.every((e) => articleIds.has(e.article))
	);
	return {
		articles: dataset.articles.filter((a) => articleIds.has(a.id)),
		actors,
		mentions: dataset.mentions.filter((m) => articleIds.has(m.article) && actorIds.has(m.entity)),
		events,
		figures,
		quotes
	};
}

export interface PackageOptions {
	/** Where each table's CSV is, from the table's name: `events.csv` in a ZIP or beside the
	 * descriptor, or an absolute URL with the view's filters. */
	path?: (table: string) => string;
	/** The site's address, for `homepage`. */
	origin?: string;
}

/**
 * The datapackage.json descriptor (Frictionless Data Package v1, `tabular-data-package`): one
 * `tabular-data-resource` per table, each with its CSV dialect and Table Schema (field types,
 * enums and patterns, `primaryKey`, `foreignKeys`). `filters` name the package
 * (`entente-country-chn`) and its description; the same arguments give the same text.
 */
export function dataPackageDescriptor(filters: Filters, options: PackageOptions = {}): string {
	const query = filtersToParams(filters).toString();
	const path = options.path ?? ((name: string) => `${name}.csv`);
	const slug = query
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 80);
	const resources: TabularResource[] = TABLES.map((t) => ({
		name: t.name,
		path: path(t.name),
		profile: 'tabular-data-resource',
		title: t.title,
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		dialect: {
			delimiter: ',',
			lineTerminator: '\r\n',
			quoteChar: '"',
			doubleQuote: true,
			header: true
		},
		schema: t.schema
	}));
	const descriptor: DataPackageDescriptor = {
		profile: 'tabular-data-package',
		name: `entente${slug ? `-${slug}` : ''}`,
		title: query ? `Entente: diplomatic events (${query})` : 'Entente: diplomatic events',
		description: query
			? `The events, figures and evidence the Entente view with the filters ${query} counts, with negated events (modality "negated") it leaves out, and the actors, articles and mentions they refer to.`
			: 'Every article, actor, mention, event, figure and piece of evidence of the Entente data set: diplomatic relations extracted from news articles, each traced to the sentence that tells it.',
		...(options.origin ? { homepage: `${options.origin}/${query ? `?${query}` : ''}` } : {}),
		keywords: ['diplomacy', 'events', 'PLOVER', 'CAMEO', 'news'],
		resources
	};
	return `${JSON.stringify(descriptor, null, 2)}\n`;
}

/** A table of the package as plain CSV (RFC 4180, UTF-8 without BOM, CRLF); undefined for a
 * name that is not one of {@link PACKAGE_TABLES}. */
export function packageTableCsv(part: PackagePart, name: string): string | undefined {
	const table = TABLES.find((t) => t.name === name);
	if (!table) return undefined;
	const columns = table.schema.fields.map((f) => f.name);
	const rows = table
		.rows(part)
		.map((row) =>
			Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined))
		) as Record<string, string | number | boolean>[];
	return toCsv(columns, rows);
}

// A fixed date inside the archive: the same view always gives the same bytes.
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');

/**
 * The package as a ZIP: `datapackage.json` (relative paths) and one CSV per table, byte for
 * byte what the separate downloads give.
 */
export function dataPackageZip(dataset: Dataset, filters: Filters, origin?: string): Uint8Array {
	const part = packagePart(dataset, filters);
	const files: Record<string, Uint8Array> = {
		'datapackage.json': strToU8(dataPackageDescriptor(filters, origin ? { origin } : {}))
	};
	for (const name of PACKAGE_TABLES)
		files[`${name}.csv`] = strToU8(packageTableCsv(part, name) ?? '');
	return zipSync(files, { mtime: ZIP_DATE });
}
