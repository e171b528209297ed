// Frictionless Table Schema and Data Package descriptors (v1, which every reader — Python's
// frictionless, R's frictionless, Frictionless Data's JavaScript libraries — reads), as types.

/** A column: its name and Table Schema type; `constraints.enum` lists the values it may take. */
export interface Field {
	name: string;
	type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
	description: string;
	format?: string;
	constraints?: {
		required?: boolean;
		unique?: boolean;
		enum?: readonly string[];
		pattern?: string;
	};
}

export interface ForeignKey {
	fields: string;
	reference: { resource: string; fields: string };
}

export interface TableSchema {
	fields: Field[];
	primaryKey: string[];
	foreignKeys: ForeignKey[];
	missingValues: string[];
}

export interface TabularResource {
	name: string;
	path: string;
	profile: 'tabular-data-resource';
	title: string;
	format: 'csv';
	mediatype: 'text/csv';
	encoding: 'utf-8';
	dialect: {
		delimiter: ',';
		lineTerminator: '\r\n';
		quoteChar: '"';
		doubleQuote: true;
		header: true;
	};
	schema: TableSchema;
}

export interface DataPackageDescriptor {
	profile: 'tabular-data-package';
	name: string;
	title: string;
	description: string;
	homepage?: string;
	keywords: string[];
	resources: TabularResource[];
}
