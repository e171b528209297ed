// The JSON Schema of the compiled data set (generated/dataset.json, /api/dataset.json),
// generated from the zod schema that validates it when `npm run data` writes it, so the two
// cannot drift apart. Server-only: it brings zod with it.
import { z } from 'zod';
import { datasetSchema } from '../dataset/schema';

/**
 * The data set's JSON Schema (draft 2020-12) as pretty-printed JSON text, with `$id` at
 * `origin` when given. Refinements zod cannot express (a range has both bounds) are left out;
 * everything else — fields, types, enums, patterns, required keys, no extra keys — is there.
 */
export function datasetJsonSchema(origin?: string): string {
	const generated = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'output' });
	const schema = {
		...generated,
		...(origin ? { $id: `${origin}/api/dataset.schema.json` } : {}),
		title: 'Entente data set',
		description:
			'Diplomatic relations extracted from news articles: articles, actors, mentions, relations (events) with their PLOVER and CAMEO coding, figures, and the network’s merged edges, each traced to character offsets in the article’s text.'
	};
	return `${JSON.stringify(schema, null, 2)}\n`;
}
