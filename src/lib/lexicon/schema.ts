// Trigger lexicons as users write them in data/lexicon/<lang>.yaml: which words signal which
// event, with its coding and where its actors are. The schema doubles as the error messages.
import { z } from 'zod';
import { RELATION_TYPES } from '../types';

/**
 * Where an argument is found, relative to the trigger: the clause's `subject`, the verb's
 * `object`, a `possessor` ("Kenya's protest", « sa visite »), a country `adjective` (« la
 * visite russe »), or the complement of a preposition written as the preposition itself
 * (`with`, `to`, `against`, `avec`, `à`, `contre`, `de`, `by`, `par`…).
 */
export const argumentRole = z
	.string()
	.regex(
		/^(?:subject|object|possessor|adjective|[a-zà-ÿ' ]+)$/,
		'expected a role: subject, object, possessor, adjective or a preposition'
	);

const phrase = z
	.string()
	.min(2)
	.regex(/^[^\n\t]+$/, 'expected one line of words');

export const triggerEntrySchema = z
	.object({
		/** A verb lemma, then literal words: "meet", "hold talks", "lodge … protest", « se rendre ». */
		verb: phrase.optional(),
		/** A noun lemma (its plural is matched too), then literal words: "visit", « entretien téléphonique ». */
		noun: phrase.optional(),
		/** Literal words, matched as written (after folding): "at the invitation of". */
		words: phrase.optional(),
		/** How `words` take their actors: as a verb (subject, object) or a noun (complements). */
		as: z.enum(['verb', 'noun']).optional(),
		type: z.enum(RELATION_TYPES),
		/** CAMEO code; its PLOVER type and mode come from data/lexicon/cameo-plover.yaml. */
		cameo: z
			.string()
			.regex(/^\d{2,4}$/, 'expected a CAMEO code of 2 to 4 digits such as "042"')
			.optional(),
		/** PLOVER mode when the words say more than the CAMEO code (visit, phone…). */
		mode: z.string().optional(),
		/** Default: the type's (meetings, talks, agreements and cooperation are symmetric). */
		directed: z.boolean().optional(),
		/** The subject receives a guest: a meeting, and a visit by the guest to the host's country. */
		host: z.boolean().optional(),
		/**
		 * The subject attends a gathering ("attended the summit", « y assistait »): a visit to the
		 * country where it is held, named after the trigger or told before (src/lib/extract/venue.ts).
		 */
		attendance: z.boolean().optional(),
		/** The subject is the one who receives (« importées par la Russie … de Chine »). */
		reversed: z.boolean().optional(),
		/** A warning whose that-clause may announce sanctions (« pourraient faire l’objet de sanctions »). */
		warning: z.boolean().optional(),
		/** `passive`: only after a form of "be" / « être » (« Poutine est attendu à Pékin »). */
		voice: z.enum(['passive']).optional(),
		/** Words that, right after the trigger, mean it is something else: "met with resistance". */
		notBefore: z.array(phrase).optional(),
		/** Where the target is, in order of preference (default: by form and type). */
		target: z.array(argumentRole).optional(),
		/** Where the source is (default: subject, or the noun's complements). */
		source: z.array(argumentRole).optional(),
		note: z.string().optional()
	})
	.strict()
	.refine((e) => [e.verb, e.noun, e.words].filter(Boolean).length === 1, {
		message: 'give exactly one of verb, noun or words'
	});

export const lexiconFileSchema = z
	.object({
		language: z.enum(['fr', 'en']),
		/** Where the entries come from, when not written by hand (source, licence). */
		source: z.string().optional(),
		triggers: z.array(triggerEntrySchema)
	})
	.strict();

export type TriggerEntry = z.infer<typeof triggerEntrySchema>;
export type LexiconFile = z.infer<typeof lexiconFileSchema>;

/** An entry with where it was written, for messages and provenance ("data/lexicon/fr.yaml:12"). */
export interface SourcedEntry extends TriggerEntry {
	origin: string;
	language: 'fr' | 'en';
}

export const cameoTableSchema = z.record(
	z.string().regex(/^\d{2,4}$/),
	z
		.object({
			plover: z.string(),
			mode: z.string().optional(),
			context: z.string().optional(),
			label: z.string()
		})
		.strict()
);
