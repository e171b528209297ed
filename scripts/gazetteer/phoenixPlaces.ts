// Places of each country from the PETRARCH2 country dictionary (Phoenix.Countries.actors.txt):
// the `+` synonyms of a country's entry (`REPUBLIC_OF_SOUTH_AFRICA_ [ZAF]`) list its cities,
// regions and other names (+JOHANNESBURG_, +DURBAN_, +KWAZULU_NATAL_). Entente reads them as
// places only ("met in Johannesburg" took place in South Africa), never as the government's
// voice as seats are ("Johannesburg said" is nobody). Left out, and said so: a form another
// actor has, a form under two countries, forms made only of everyday English words ("Free
// State", "Eastern Cape"), short forms and forms with digits or brackets. Rarer words are kept
// (« Shanghai » is also a verb): a place matches only capitalised and after a locative.
import { foldText } from '../../src/lib/text/fold';
import { SEAT_GUARDS, type Decision } from './countryLayer';
import type { PhoenixEntry } from './phoenix';

export interface PlaceGuards {
	/** Folded forms every other actor already has (names, seats, adjectives, aliases). */
	taken: Map<string, string>;
	/** Folded words of people's names ("austin", "murray"): a place so named is left out. */
	nameWords: Set<string>;
	/** ISO 3166-1 alpha-3 codes a place may belong to. */
	countries: Set<string>;
	isEverydayWord: (word: string) => boolean;
}

// Capitals left out as seats (Georgetown, Victoria…) are no better as places.
const GUARDED = new Set(Object.keys(SEAT_GUARDS).map(foldText));

/** "ST._LOUIS" → "St. Louis", "KWAZULU_NATAL" → "Kwazulu Natal" (matching ignores case). */
export function placeForm(raw: string): string {
	return raw
		.replace(/_+/g, ' ')
		.trim()
		.toLowerCase()
		.replace(
			/(^|[\s-])(\p{L})/gu,
			(_m, lead: string, letter: string) => lead + letter.toUpperCase()
		);
}

/**
 * Places per country (ISO3 → forms in file order) and the forms left out with the reason.
 * `entries` are parsePhoenix's; a country entry has one undated three-letter code.
 */
export function phoenixPlaces(
	entries: PhoenixEntry[],
	guards: PlaceGuards
): { places: Record<string, string[]>; decisions: Decision[] } {
	const candidates = new Map<string, { form: string; countries: Set<string>; line: number }>();
	for (const entry of entries) {
		const [span] = entry.spans;
		if (entry.spans.length !== 1 || !span || span.from || span.to) continue;
		if (!/^[A-Z]{3}$/.test(span.code) || !guards.countries.has(span.code)) continue;
		for (const raw of entry.names.slice(1)) {
			const form = placeForm(raw);
			const key = foldText(form);
			const known = candidates.get(key);
			if (known) known.countries.add(span.code);
			else candidates.set(key, { form, countries: new Set([span.code]), line: entry.line });
		}
	}
	const places: Record<string, string[]> = {};
	const decisions: Decision[] = [];
	for (const [key, { form, countries }] of candidates) {
		const country = [...countries][0] as string;
		const words = key.split(/[\s'-]+/).filter(Boolean);
		const reason =
			countries.size > 1
				? `under ${[...countries].sort().join(' and ')}`
				: guards.taken.has(key)
					? `left to ${guards.taken.get(key)}`
					: GUARDED.has(key)
						? 'names something else as often'
						: words.length === 1 && guards.nameWords.has(key)
							? "a person's name"
							: key.replace(/[^\p{L}]/gu, '').length < 4 || /[\d()/,]/.test(form)
								? 'too short, or not a name'
								: words.every((w) => guards.isEverydayWord(w))
									? 'everyday words'
									: undefined;
		if (reason) {
			if (guards.taken.get(key) !== country) decisions.push({ form, country, reason });
			continue;
		}
		(places[country] ??= []).push(form);
	}
	const sorted: Record<string, string[]> = {};
	for (const iso3 of Object.keys(places).sort()) sorted[iso3] = places[iso3] as string[];
	return { places: sorted, decisions };
}
