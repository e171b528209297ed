// Frictionless Table Schema and Data Package descriptors (v1, which every reader — Python's
// frictionless, R's frictionless, Frictionless Data's JavaScript libraries — reads), as types, and
// the constructors the tables declare their columns with.

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

/** A string column, required or not. */
export const textField = (name: string, description: string, required = false): Field => ({
	name,
	type: 'string',
	description,
	...(required ? { constraints: { required: true } } : {})
});
/** A string column taking one of `values` (Table Schema `enum`). */
export const enumField = (name: string, values: readonly string[], description: string): Field => ({
	name,
	type: 'string',
	description,
	constraints: { enum: values }
});
/** An integer column, required or not. */
export const integerField = (name: string, description: string, required = false): Field => ({
	name,
	type: 'integer',
	description,
	...(required ? { constraints: { required: true } } : {})
});
/** A number column. */
export const numberField = (name: string, description: string): Field => ({
	name,
	type: 'number',
	description
});
/** A boolean column (`true`, `false`). */
export const booleanField = (name: string, description: string): Field => ({
	name,
	type: 'boolean',
	description
});
/** A date column (`YYYY-MM-DD`). */
export const dateField = (name: string, description: string): Field => ({
	name,
	type: 'date',
	description
});
/** The `id` column: a required, unique string. */
export const idField = (description: string): Field => ({
	name: 'id',
	type: 'string',
	description,
	constraints: { required: true, unique: true }
});

/** A foreign key from a column to the `id` of a resource (its own, by name, for a
 * self-reference). */
export const foreignKey = (fields: string, resource: string): ForeignKey => ({
	fields,
	reference: { resource, fields: 'id' }
});

/** A Table Schema whose empty cells are missing values. */
export const tableSchema = (
	fields: Field[],
	primaryKey: string[],
	foreignKeys: ForeignKey[] = []
): TableSchema => ({ fields, primaryKey, foreignKeys, missingValues: [''] });
