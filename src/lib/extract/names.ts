// Person names as news writes them: capitalised words with initials (F.W. de Klerk), particles
// and prefixes (von der Leyen, bin Salman, al-Sisi, de Klerk), hyphens (Kim Jong-un,
// Zia-Ul-Haq), never a title (Sheikh, Mr, M.) nor a possessive 's. Transliteration variants
// share one key (Zelensky, Zelenskiy, Zelenskyy; Kim Jong Un, Kim Jong-un; Erdoğan, Erdogan).

// A capitalised word: its letters, inner apostrophe-capital (O'Brien, D'Souza), hyphenated parts.
const WORD =
	"\\p{Lu}[\\p{Ll}\\p{Lu}]*(?:['’]\\p{Lu}[\\p{Ll}\\p{Lu}]+)?(?:-\\p{L}[\\p{Ll}\\p{Lu}]*)*";
// Lower-case particles that sit inside names, and prefixes glued by a hyphen (al-Sisi, el-Sisi).
const PARTICLE =
	'(?:von|van|der|den|de|del|della|di|da|dos|das|du|bin|ibn|bint|ben|al|el|ul|la|le)';
const PREFIXED = `(?:al|el|ul|ad|as|ash|at|az)-${WORD}`;
const INITIALS = '(?:\\p{Lu}\\.\\s?){1,3}';
const TOKEN = `(?:${WORD}|${PREFIXED})`;
// First token, then up to four more, each after a space and optional particles.
const NAME = `(?:${INITIALS}\\s?(?:${PARTICLE}\\s+){0,2})?${TOKEN}(?:\\s+(?:${PARTICLE}\\s+){0,2}${TOKEN}){0,4}`;

/** A name starting exactly at the start of the string. */
const NAME_AT_START = new RegExp(`^${NAME}`, 'u');
/** A name ending exactly at the end of the string. */
const NAME_AT_END = new RegExp(`(?<![\\p{L}.])${NAME}$`, 'u');

/** Titles and honorifics that introduce a name but are not part of it. */
export const TITLE =
	/^(?:(?:Mr|Mrs|Ms|Dr|M|Mme|Mlle|Me|Pr|Gen|Col|Lt|Adm|Sgt|Rev)\.?|Sheikh|Cheikh|Sheik|Prince|Princess|Princesse|King|Queen|Emir|Émir|Ayatollah|Archbishop|Bishop|Pope|Pape|Cardinal|General|Général|Admiral|Amiral|Colonel|Marshal|Maréchal|Sir|Lord|Lady|Dame|Madame|Monsieur|Mister|Senator|Sénateur|Sen\.)$/u;

// Capitalised words that open sentences, titles or roles: never the start of a name.
const NOT_A_NAME =
	/^(?:Le|La|Les|L|Un|Une|Des|Du|De|Ce|Cette|Ces|Il|Elle|Ils|Elles|Selon|Pour|Mais|Et|Or|Donc|Si|Dans|En|Au|Aux|À|Chez|Vers|Contre|Entre|Avec|Sous|Outre|Près|To|From|By|Under|Between|Against|Among|Amid|Inside|Outside|Après|Avant|Depuis|Lors|Alors|Malgré|Par|Sur|The|A|An|In|On|At|Of|For|But|And|He|She|They|It|This|That|These|Those|His|Her|Their|Its|According|After|Before|While|When|As|Since|With|Without|Despite|President|Président|Présidente|Premier|Prime|Foreign|Minister|Ministre|Secretary|Secrétaire|Chancellor|Chancelier|Affaires|État|State|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|January|February|March|April|May|June|July|August|September|October|November|December|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|UN|EU|US|U|UE|ONU|NATO|OTAN)$/u;

export interface NameMatch {
	start: number;
	end: number;
	name: string;
}

/** Drops a possessive ('s, ’s, s') and trailing punctuation the pattern may have taken. */
function trimName(raw: string): string {
	return raw.replace(/['’]s?$/u, '').replace(/[\s.]+$/u, (m) => (/\p{Lu}\.$/u.test(raw) ? m : ''));
}

function acceptable(name: string): boolean {
	const words = name.split(/\s+/);
	const first = (words[0] ?? '').replace(/\.$/, '');
	if (NOT_A_NAME.test(first) || TITLE.test(words[0] ?? '')) return false;
	// A single capitalised word is a name only with a title or role before it (not here).
	return words.length >= 2 || /^\p{Lu}\.(?:\s?\p{Lu}\.)*\s?\p{Lu}/u.test(name);
}

/** Skips titles (Sheikh, Mr, M.) at `start`; returns where the name itself may begin. */
export function skipTitles(text: string, start: number): number {
	let at = start;
	for (let i = 0; i < 3; i++) {
		const m = /^(\S+)\s+/u.exec(text.slice(at, at + 20));
		if (!m || !TITLE.test(m[1] as string)) break;
		at += m[0].length;
	}
	return at;
}

/** The person name starting at `start` (after any titles), if one does. */
export function nameAt(text: string, start: number): NameMatch | undefined {
	const from = skipTitles(text, start);
	const raw = NAME_AT_START.exec(text.slice(from, from + 90))?.[0];
	if (!raw) return undefined;
	const name = trimName(raw);
	if (!acceptable(name)) return undefined;
	return { start: from, end: from + name.length, name };
}

/** The person name ending at `end` (with at least two words), if one does. */
export function nameEndingAt(text: string, end: number): NameMatch | undefined {
	const lead = text.slice(Math.max(0, end - 90), end);
	const raw = NAME_AT_END.exec(lead)?.[0];
	if (!raw) return undefined;
	// The longest acceptable tail: "President Joe Biden" → "Joe Biden".
	const words = raw.split(/\s+/);
	for (let i = 0; i < words.length - 1; i++) {
		const name = words.slice(i).join(' ');
		if (acceptable(name)) return { start: end - name.length, end, name };
	}
	return undefined;
}

/**
 * The key a name is known by whatever its transliteration: folded, letters only, y read as i,
 * doubled letters single (Zelenskyy = Zelenskiy = Zelensky; Kim Jong-un = Kim Jong Un).
 */
export function nameKey(name: string): string {
	return (
		name
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z]/g, '')
			// French and English transliterations of Cyrillic and Arabic names: Pachinian and
			// Pashinyan, Ouchakov and Ushakov, Sergueï and Sergei, Jirinovski and Zhirinovsky.
			.replace(/tch/g, 'ch')
			.replace(/sh/g, 'ch')
			.replace(/zh/g, 'j')
			.replace(/kh/g, 'h')
			.replace(/ou/g, 'u')
			.replace(/gu(?=[ei])/g, 'g')
			.replace(/y/g, 'i')
			.replace(/(.)\1+/g, '$1')
	);
}

// Chinese, Korean and Vietnamese names put the family name first, also in French and English
// news (Xi Jinping → Xi, Yoon Suk Yeol → Yoon, Kim Jong Un → Kim).
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK', 'VNM']);

/**
 * The words a person is called by alone, once named in full: the last word, with its prefix
 * or particles too (al-Sisi and Sisi, von der Leyen, bin Salman); the first word where the
 * family name comes first.
 */
export function surnamesOf(name: string, country?: string): string[] {
	const words = name
		.replace(/(?:\p{Lu}\.\s?)+/gu, '')
		.trim()
		.split(/\s+/)
		.filter(Boolean);
	if (words.length < 2) return [];
	const forms = new Set<string>();
	const last = words[words.length - 1] as string;
	forms.add(last);
	const unprefixed = last.replace(/^(?:al|el|ul|ad|as|ash|at|az)-/u, '');
	if (unprefixed !== last) forms.add(unprefixed.charAt(0).toUpperCase() + unprefixed.slice(1));
	// Particles before the last word belong to it: "von der Leyen", "bin Salman", "de Klerk".
	let i = words.length - 2;
	while (i > 0 && /^\p{Ll}/u.test(words[i] as string)) i--;
	if (i < words.length - 2) forms.add(words.slice(i + 1).join(' '));
	if (country && FAMILY_NAME_FIRST.has(country)) forms.add(words[0] as string);
	return [...forms].filter((f) => f.replace(/\s/g, '').length >= 2);
}
