// Names as the vendor files write them (PHOENIX_UPPER_CASE_WITH_UNDERSCORES, Factbook
// « Joao Manuel Goncalves LOURENCO ») turned into their usual written form, and the keys that
// tell two spellings of one person apart from two people.
import { foldText } from '../../src/lib/text/fold';

// Particles written in lower case inside a name (« Charles de Gaulle », "Ursula von der Leyen").
const PARTICLES = new Set([
	'de',
	'du',
	'des',
	'da',
	'das',
	'do',
	'dos',
	'di',
	'del',
	'della',
	'van',
	'von',
	'der',
	'den',
	'ter',
	'bin',
	'ibn',
	'bint',
	'al',
	'el',
	'y',
	'e',
	'la',
	'le'
]);

function capitalise(part: string): string {
	if (!part) return part;
	const lower = part.toLocaleLowerCase('en');
	// McCain, MacArthur stay as usually written only for Mc (Mac is also a plain syllable: Macron).
	if (/^mc[a-z]/.test(lower)) return 'Mc' + lower.charAt(2).toUpperCase() + lower.slice(3);
	// O'Brien, D'Alema.
	const apostrophe = /^([a-z])'([a-z].*)$/.exec(lower);
	if (apostrophe) return `${apostrophe[1]!.toUpperCase()}'${capitalise(apostrophe[2]!)}`;
	return lower.charAt(0).toUpperCase() + lower.slice(1);
}

const ALL_CAPS = /^[\p{Lu}'’.]+$/u;

/** One word of a name: its upper-case parts capitalised (« SASSOU-Nguesso » → « Sassou-Nguesso »). */
export function nameWord(word: string, first: boolean): string {
	// Initials and roman numerals stay as they are: "W.", "III", "VI".
	if (/^\p{Lu}\.$/u.test(word) || (!first && /^[IVX]+$/.test(word))) return word;
	const lower = word.toLocaleLowerCase('en');
	if (!first && PARTICLES.has(lower)) return lower;
	// Giscard d'Estaing, Kofi d'Almeida: the elided particle stays lower case.
	const elided = /^([dl])['’](\p{L}.*)$/u.exec(lower);
	if (!first && elided) return `${elided[1]}'${capitalise(elided[2]!)}`;
	const parts = word.split('-');
	return parts
		.map((part, i) => {
			if (!ALL_CAPS.test(part) || part.length < 2) return part;
			// al-Manfi, el-Sisi: the article stays lower case before the hyphen.
			if (i === 0 && parts.length > 1 && !first && /^(?:al|el|ad|as|ash|at|az|ar)$/i.test(part))
				return part.toLowerCase();
			return capitalise(part);
		})
		.join('-');
}

/** « JACQUES_CHIRAC » → « Jacques Chirac »; « Joao Manuel Goncalves LOURENCO » → « … Lourenco ». */
export function displayName(raw: string): string {
	return raw
		.replace(/_/g, ' ')
		.trim()
		.split(/\s+/)
		.filter(Boolean)
		.map((w, i) => nameWord(w, i === 0))
		.join(' ');
}

export function slug(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** First and last word, folded: "Vladimir Vladimirovich Putin" and "Vladimir Putin" share it. */
export function personKey(name: string, country: string | undefined): string {
	const words = foldText(name)
		.replace(/[^a-z0-9\s-]/g, ' ')
		.split(/[\s]+/)
		.filter((w) => w && !PARTICLES.has(w) && !/^[a-z]$/.test(w) && w !== 'jr');
	return `${country ?? ''}|${words[0] ?? ''}|${words[words.length - 1] ?? ''}`;
}
