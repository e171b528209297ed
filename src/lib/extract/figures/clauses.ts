// Where the clauses of a folded sentence begin, for the figures: a figure's subject and year
// come from its own clause first ("after more than three years in detention" is not the
// detention's year, « …en 1999 et où vivent une dizaine de militaires » not theirs either).
import { allMatches } from '../../text/matches';

// Subordinators, relative pronouns and reporting verbs open a clause; a reporting verb's
// speaker stays in the clause before ("Cairo said 130,000 litres…").
const OPENERS = new RegExp(
	[
		'[;:()]',
		'\\s[–—]\\s',
		// ", and in October the two sides struck…", ", with Beijing promising…": a new clause.
		',\\s(?:and|but|et|mais|with|avec)(?![a-z])',
		// « Selon un rapport de l'ONU, … »: what is reported starts after the source.
		"(?<![a-z'])(?:selon|according to|d'apres)[^,;]{1,80},",
		"(?<![a-z'])(?:which|who|whom|whose|where|when|while|whereas|after|before|because|although|though|since|until|unless|if|in which|during which|qui|que|qu'|dont|lorsque|lorsqu'|quand|alors que|tandis que|apres|avant que|avant|parce que|parce qu'|puisque|bien que|lors duquel|lors de laquelle|au cours duquel|au cours de laquelle)(?![a-z'])",
		"(?<![a-z'])(?:said|says|say|told(?: [a-z]+)?|tells(?: [a-z]+)?|announced|announces|noted|notes|added|adds|stated|warned|believes|believed|estimated|estimates|insisted|claimed|reported|confirmed|revealed|considere|considerent|estime|estiment|affirme|affirment)(?: that)?(?![a-z'])",
		"(?<![a-z'])(?:a|ont|avait|avaient)\\s(?:declare|affirme|indique|annonce|assure|estime|revele|precise|ajoute|souligne|explique|confirme|rappele|rappelle|dit)(?:\\s(?:que|qu'))?(?![a-z])"
	].join('|'),
	'g'
);

/** Offsets (within `folded`) where a clause begins, from 0, ascending. */
export function clauseStarts(folded: string, original: string): number[] {
	const starts = [0];
	for (const m of allMatches(OPENERS, folded)) starts.push(m.index + m[0].length);
	// « où » folds to « ou » (or): only the accented one opens a relative clause.
	for (let i = original.indexOf('où'); i >= 0; i = original.indexOf('où', i + 2))
		if (!/[a-z]/.test(original[i + 2] ?? '')) starts.push(i + 2);
	return [...new Set(starts)].sort((a, b) => a - b);
}

/** The clause holding `position`: [start, end) offsets. */
export function clauseAt(starts: number[], length: number, position: number): [number, number] {
	let start = 0;
	let end = length;
	for (const s of starts) {
		if (s <= position) start = s;
		else {
			end = s;
			break;
		}
	}
	return [start, end];
}

/** Whether the clause opening at `start` opens on a subject relative (« qui », "which"). */
export function opensOnRelative(folded: string, start: number): boolean {
	return /(?<![a-z'])(?:qui|dont|which|who|whose|lors duquel|in which|where)$/.test(
		folded.slice(Math.max(0, start - 12), start)
	);
}
