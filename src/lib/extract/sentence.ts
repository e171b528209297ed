// One sentence as the relation stages see it: its text and offsets, its actors, dates and
// trigger hits, with the small helpers every stage shares.
import type { Lexicon } from '../gazetteer/lexicon';
import type { Entity, EntityType, EventCoding, Modality, RelationType } from '../types';
import type { DateMention } from './dates';
import type { RawMention } from './mentions';
import type { TriggerHit } from './triggers';

export interface SentenceRelation extends EventCoding {
	type: RelationType;
	source: string;
	target: string;
	directed: boolean;
	date?: string;
	location?: string;
	modality: Modality;
	reportedBy?: string;
}

export interface SentenceContext {
	lexicon: Lexicon;
	entities: Map<string, Entity>;
	text: string;
	folded: string;
	start: number;
	end: number;
	actors: RawMention[];
	dates: DateMention[];
	/** Trigger words in this sentence, with article offsets. */
	hits: TriggerHit[];
	/** The article's publication date (YYYY-MM-DD). */
	articleDate?: string;
	/** The last person quoted, for « insiste-t-il ». */
	lastSpeaker?: string;
	/** The agent of the last event of each kind told so far ("the launch"): eventAgents.ts. */
	eventAgents?: Map<string, string>;
	/** The country the article's dateline reports from ("BAKOU, 20 septembre (AFP) –"). */
	datelinePlace?: string;
	/** Where the gathering told last was held (venue.ts): what "attending it" visits. */
	venue?: string;
	/**
	 * The day (YYYY-MM-DD) the story's last dated sentence gave its events, and their actors'
	 * ids: an undated event of the same actors told next happened that day (eventDates.ts).
	 */
	previousDay?: { date: string; actors: Set<string> };
}

export type Sentence = SentenceContext;

/** Actor types that can act: projects and places cannot meet or speak. */
export const AGENTS: EntityType[] = ['country', 'person', 'organization', 'group'];

export const typeOf = (s: Sentence, m: RawMention) => s.entities.get(m.entity)?.type;
export const slice = (s: Sentence, from: number, to: number) => s.folded.slice(from, to);

export function countryOfActor(s: Sentence, id: string): string | undefined {
	const entity = s.entities.get(id);
	return entity?.type === 'country' ? entity.iso3 : entity?.country;
}

export function otherTriggerBetween(
	s: Sentence,
	hit: TriggerHit,
	from: number,
	to: number
): boolean {
	return s.hits.some((h) => h !== hit && h.start >= from && h.end <= to);
}
