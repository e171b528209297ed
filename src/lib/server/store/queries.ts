// The store's queries as SQL text and parameters, in the dialect SQLite and DuckDB share: the
// store runs them, and the store bench (scripts/bench-store.ts) runs the same ones on both.
import { PAGE_SIZE } from '../../pagination';
import type { Grouping, RelationQuery } from './store';

export interface Sql {
	sql: string;
	params: (string | number)[];
}

/** Which relations a WHERE clause keeps before the query's filters: the counted ones (not
 * negated, both actors in the data set), every one not negated (an unknown actor's included, as
 * the network weighs its known end), or the negated ones. */
export type RelationKind = 'counted' | 'asserted' | 'negated';

const KIND_CLAUSE: Record<RelationKind, string> = {
	counted: 'r.counted = 1',
	asserted: "r.modality <> 'negated'",
	negated: "r.modality = 'negated'"
};

/**
 * The WHERE clause over `relations r` for a query (see {@link RelationQuery}). `kind` chooses
 * the relations it starts from: `negated` selects the negated relations the query would
 * otherwise keep (as src/lib/counts.ts reports them: their actors need not be in the data set).
 */
export function relationWhere(query: RelationQuery, kind: RelationKind = 'counted'): Sql {
	const clauses = [KIND_CLAUSE[kind]];
	const params: (string | number)[] = [];
	const among = (column: string, values: readonly string[]) => {
		clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`);
		params.push(...values);
	};
	if (query.types.length) among('r.type', query.types);
	if (query.plover.length) among('r.plover', query.plover);
	if (query.article) {
		clauses.push('EXISTS (SELECT 1 FROM evidence e WHERE e.relation = r.seq AND e.article = ?)');
		params.push(query.article);
	}
	if (query.from) {
		clauses.push('r.day_end >= ?');
		params.push(query.from);
	}
	if (query.to) {
		clauses.push('r.day_start <= ?');
		params.push(query.to);
	}
	if (query.minConfidence) {
		clauses.push('coalesce(r.confidence, 1) >= ?');
		params.push(query.minConfidence);
	}
	if (query.countries.length) {
		const marks = query.countries.map(() => '?').join(', ');
		clauses.push(`(r.source_country IN (${marks}) OR r.target_country IN (${marks}))`);
		params.push(...query.countries, ...query.countries);
	}
	return { sql: clauses.join(' AND '), params };
}

const GROUP_KEY: Record<Exclude<Grouping, 'country'>, string> = {
	pair: "CASE WHEN r.source_country <= r.target_country THEN r.source_country || '|' || r.target_country ELSE r.target_country || '|' || r.source_country END",
	month:
		"CASE WHEN length(coalesce(r.date, '')) = 4 THEN r.date ELSE substr(r.day_start, 1, 7) END",
	type: 'r.type'
};

/** Relations counted by the query per group, the largest first: rows `{ key, count }`. */
export function groupCountsSql(by: Grouping, query: RelationQuery, limit?: number): Sql {
	const where = relationWhere(query);
	const tail = `ORDER BY 2 DESC, 1${limit !== undefined ? ' LIMIT ?' : ''}`;
	const limitParams = limit !== undefined ? [limit] : [];
	if (by === 'country')
		// Each end's country once per relation: UNION drops a relation's second end in the same
		// country (a country with its own minister).
		return {
			sql: `SELECT c AS "key", count(*) AS "count" FROM (SELECT r.seq, r.source_country AS c FROM relations r WHERE ${where.sql} UNION SELECT r.seq, r.target_country AS c FROM relations r WHERE ${where.sql}) GROUP BY 1 ${tail}`,
			params: [...where.params, ...where.params, ...limitParams]
		};
	return {
		sql: `SELECT ${GROUP_KEY[by]} AS "key", count(*) AS "count" FROM relations r WHERE ${where.sql} GROUP BY 1 ${tail}`,
		params: [...where.params, ...limitParams]
	};
}

/** Positions in the data set (`seq`, ascending) of the relations of a kind the query keeps. */
export function relationSeqsSql(query: RelationQuery, kind: RelationKind): Sql {
	const where = relationWhere(query, kind);
	return {
		sql: `SELECT r.seq FROM relations r WHERE ${where.sql} ORDER BY r.seq`,
		params: where.params
	};
}

/** An actor's relations, each end through its own index (a relation with itself once). */
const ACTOR_RELATIONS =
	'SELECT * FROM relations WHERE source = ? UNION SELECT * FROM relations WHERE target = ?';

/** An actor's relations counted by the query per type, the most frequent first: `{ type, count }`. */
export function actorCountsSql(actor: string, query: RelationQuery): Sql {
	const where = relationWhere(query);
	return {
		sql: `SELECT r.type AS "type", count(*) AS "count" FROM (${ACTOR_RELATIONS}) r WHERE ${where.sql} GROUP BY 1 ORDER BY 2 DESC, 1`,
		params: [actor, actor, ...where.params]
	};
}

/**
 * One page of an actor's relations counted by the query: by type in the order `types` gives
 * (the order of {@link actorCountsSql}), then in the data set's order. `page` is 1-based.
 */
export function actorPageSql(
	actor: string,
	query: RelationQuery,
	types: readonly string[],
	page: number
): Sql {
	const where = relationWhere(query);
	const rank = types.length
		? `CASE r.type ${types.map(() => 'WHEN ? THEN ?').join(' ')} END, `
		: '';
	return {
		sql: `SELECT r.* FROM (${ACTOR_RELATIONS}) r WHERE ${where.sql} ORDER BY ${rank}r.seq LIMIT ? OFFSET ?`,
		params: [
			actor,
			actor,
			...where.params,
			...types.flatMap((type, i) => [type, i]),
			PAGE_SIZE,
			(page - 1) * PAGE_SIZE
		]
	};
}

/** The first `limit` negated relations of an actor the query would otherwise keep. */
export function negatedSql(actor: string, query: RelationQuery, limit: number): Sql {
	const where = relationWhere(query, 'negated');
	return {
		sql: `SELECT r.* FROM (${ACTOR_RELATIONS}) r WHERE ${where.sql} ORDER BY r.seq LIMIT ?`,
		params: [actor, actor, ...where.params, limit]
	};
}

/** The evidence of some relations (by `seq`), in each relation's order. */
export function evidenceSql(relations: readonly number[]): Sql {
	return {
		sql: `SELECT relation, article, start, "end", quote, origin FROM evidence WHERE relation IN (${relations.map(() => '?').join(', ')}) ORDER BY relation, seq`,
		params: [...relations]
	};
}

/** A country's counted relations per partner (the country each other end stands for), the
 * most first: `{ id, count }`, as src/lib/counts.ts's partnerCounts counts them. */
export function partnerCountsSql(country: string, query: RelationQuery): Sql {
	const where = relationWhere(query);
	return {
		sql: `SELECT CASE WHEN r.source_country = ? THEN r.target_country ELSE r.source_country END AS "id", count(*) AS "count" FROM relations r WHERE ${where.sql} AND (r.source_country = ? OR r.target_country = ?) AND r.source_country <> r.target_country GROUP BY 1 ORDER BY 2 DESC, 1`,
		params: [country, ...where.params, country, country]
	};
}

/** The dated relations counted by the query with one of `actors` as an end, in the data set's
 * order, without their evidence. */
export function datedRelationsSql(actors: readonly string[], query: RelationQuery): Sql {
	const where = relationWhere(query);
	const marks = actors.map(() => '?').join(', ');
	return {
		sql: `SELECT r.* FROM relations r WHERE r.date IS NOT NULL AND (r.source IN (${marks}) OR r.target IN (${marks})) AND ${where.sql} ORDER BY r.seq`,
		params: [...actors, ...actors, ...where.params]
	};
}
