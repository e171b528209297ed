// Office holders from Phoenix.Countries.actors.txt (PETRARCH2, MIT): people with dated
// government codes. The codes say "in the government" (FRAGOV) or "minister for a sector"
// (FRAGOVBUS), not which office: only what maps cleanly becomes a role key.
//   XXXGOV + a sector (BUS, AGR, EDU, HLH, JUD, LAB, MED…) → minister
//   XXXGOV alone → official, unless the entry itself names one office: synonyms of a single
//     kind (« PRESIDENT_HOLLANDE », « PRIME_MINISTER_GORDON_BROWN ») or a section of the file
//     (« # U.S. Secretaries of State »), and the entry has exactly one such span
//   XXXGOVLEG (legislators), XXXELI (elites), MIL, SPY, OPP, REB… → left out (not an office)
import type { RoleEntry, RoleKey } from '../../src/lib/gazetteer/schema';
import type { PhoenixEntry } from './phoenix';
import { displayName } from './names';

/** The dictionary's date (« Generated at: Thu Jan 30 16:06:18 2014 »): open spans end here at the latest. */
export const PHOENIX_DATE = '2014-01-30';

const SECTORS: Record<string, string> = {
	AGR: 'agriculture',
	BUS: 'economy',
	COP: 'police',
	DEV: 'development',
	EDU: 'education',
	ENV: 'environment',
	HLH: 'health',
	HRI: 'human rights',
	JUD: 'justice',
	LAB: 'labour',
	MED: 'media',
	MIL: 'security and defence',
	MUS: 'religious affairs',
	REF: 'refugees',
	REL: 'religious affairs',
	SPY: 'intelligence'
};

const OFFICE_SYNONYM: [RegExp, RoleKey][] = [
	[/^(?:.*_)?(?:PRESIDENT|KING|QUEEN|EMIR|AMIR|SULTAN)_/, 'head-of-state'],
	[/^(?:.*_)?(?:PRIME_MINISTER|PREMIER|CHANCELLOR|KANZLER|BUNDESKANZLER)_/, 'head-of-government'],
	[/^(?:.*_)?(?:FOREIGN_MINISTER|FOREIGN_SECRETARY|SECRETARY_OF_STATE)_/, 'foreign-minister'],
	[/^(?:.*_)?(?:DEFEN[CS]E_MINISTER|DEFEN[CS]E_SECRETARY|SECRETARY_OF_DEFEN[CS]E)_/, 'defence-minister']
];
const OFFICE_SECTION: [RegExp, RoleKey][] = [
	[/^U\.S\. Presidents$/, 'head-of-state'],
	[/^U\.S\. Secretaries of State$/, 'foreign-minister'],
	[/^United States Secretaries of Defense$/, 'defence-minister']
];
const TITLES: Record<RoleKey, { en: string; fr: string }> = {
	'head-of-state': { en: 'head of state', fr: 'chef de l’État' },
	'head-of-government': { en: 'head of government', fr: 'chef du gouvernement' },
	'foreign-minister': { en: 'foreign minister', fr: 'ministre des Affaires étrangères' },
	'defence-minister': { en: 'defence minister', fr: 'ministre de la Défense' },
	minister: { en: 'minister', fr: 'ministre' },
	official: { en: 'member of the government', fr: 'membre du gouvernement' },
	adviser: { en: 'adviser', fr: 'conseiller' },
	spokesperson: { en: 'spokesperson', fr: 'porte-parole' },
	expert: { en: 'expert', fr: 'expert' },
	diplomat: { en: 'diplomat', fr: 'diplomate' }
};

// Words that make a synonym a description, not a name (« PRESIDENT_PUTIN », « MR_OBAMA »).
const NOT_NAME_WORDS = new Set(
	`PRESIDENT PRESIDENT-ELECT VICE PRIME MINISTER CHANCELLOR KANZLER BUNDESKANZLER SECRETARY
	SECRETARY-GENERAL SENATOR GOVERNOR GOV. MR MR. MRS MRS. MS MS. DR DR. GENERAL GEN. LORD KING
	QUEEN PRINCE PRINCESS SHEIKH SHEIKHA SHAIKH EMIR AMIR SULTAN ACTING FORMER ADMINISTRATION THE
	PARTY CHIEF LEADER SPEAKER AMBASSADOR ENVOY PREMIER FOREIGN DEFENSE DEFENCE COLONEL COL.
	MAJOR CAPTAIN ADMIRAL MARSHAL JUDGE JUSTICE MAYOR DEPUTY CROWN ROYAL HIGHNESS HIS HER SIR DAME
	BARON COUNT DUKE AYATOLLAH IMAM MULLAH MAULANA CARDINAL POPE BISHOP REV. REVEREND GOVERNMENT
	MINISTRY OFFICE COUNCIL SPOKESMAN SPOKESWOMAN THEN AND OF`.split(/\s+/)
);

export interface PhoenixPerson {
	name: string;
	aliases: string[];
	country: string;
	roles: RoleEntry[];
	line: number;
}

export interface NameGuards {
	/** Upper-case words that name a country or people (RUSSIAN, US, U.S.): not part of a name. */
	placeWords: Set<string>;
	/** A name whose every word is a common lower-case word ("Mark Green") is left out. */
	isCommonWord: (word: string) => boolean;
}

/** A synonym that is a person's name, or undefined: two words at least, no title, no place. */
export function personName(raw: string, guards: NameGuards): string | undefined {
	if (/[0-9,()&/]/.test(raw)) return undefined;
	const words = raw.replace(/_/g, ' ').trim().split(/\s+/).filter(Boolean);
	if (words.some((w) => NOT_NAME_WORDS.has(w.toUpperCase()) || guards.placeWords.has(w.toUpperCase())))
		return undefined;
	const full = words.filter((w) => w.replace(/\./g, '').length >= 2);
	if (full.length < 2) return undefined;
	if (full.every((w) => guards.isCommonWord(w.toLowerCase()))) return undefined;
	return displayName(words.join(' '));
}

/** « Jean Pierre Raffarin » is written « Jean-Pierre Raffarin »: both forms. */
function hyphenatedGivenNames(name: string): string[] {
	const words = name.split(' ');
	if (words.length < 3 || words.slice(0, 2).some((w) => w.length < 3 || /[.-]/.test(w))) return [];
	return [`${words[0]}-${words[1]} ${words.slice(2).join(' ')}`];
}

function officeFromEvidence(entry: PhoenixEntry): RoleKey | undefined {
	const kinds = new Set<RoleKey>();
	for (const name of entry.names)
		for (const [pattern, role] of OFFICE_SYNONYM) if (pattern.test(name + '_')) kinds.add(role);
	for (const [pattern, role] of OFFICE_SECTION) if (pattern.test(entry.section ?? '')) kinds.add(role);
	return kinds.size === 1 ? [...kinds][0] : undefined;
}

/** People with dated government spans, each span as a role (open spans still open here). */
export function phoenixPeople(entries: PhoenixEntry[], guards: NameGuards): PhoenixPerson[] {
	const people: PhoenixPerson[] = [];
	for (const entry of entries) {
		const spans = entry.spans.filter(
			(s) => (s.from || s.to) && /^[A-Z]{3}GOV(?:[A-Z]{3})?$/.test(s.code) && !s.code.endsWith('LEG') && !s.code.endsWith('PTY')
		);
		if (!spans.length) continue;
		const names = entry.names.map((n) => personName(n, guards)).filter((n): n is string => !!n);
		const [name, ...others] = [...new Set(names)];
		if (!name) continue;
		const countries = new Map<string, number>();
		for (const s of spans) countries.set(s.code.slice(0, 3), (countries.get(s.code.slice(0, 3)) ?? 0) + 1);
		const country = [...countries].sort((a, b) => b[1] - a[1])[0]![0];
		const bare = spans.filter((s) => s.code.length === 6);
		const office = bare.length === 1 ? officeFromEvidence(entry) : undefined;
		const roles: RoleEntry[] = spans.map((s) => {
			const sector = s.code.slice(6);
			const role: RoleKey = sector ? 'minister' : (office ?? 'official');
			const title = sector
				? { en: `minister (${SECTORS[sector] ?? sector})`, fr: `ministre (${SECTORS[sector] ?? sector})` }
				: TITLES[role];
			return {
				role,
				title,
				country: s.code.slice(0, 3),
				...(s.from ? { from: s.from } : {}),
				...(s.to ? { to: s.to } : {}),
				source: `Phoenix ${s.code}${s.from || s.to ? ` ${s.from ?? ''}–${s.to ?? ''}` : ''}`
			};
		});
		people.push({
			name,
			aliases: [...new Set([...others, ...[name, ...others].flatMap(hyphenatedGivenNames)])].filter(
				(a) => a !== name
			),
			country,
			roles,
			line: entry.line
		});
	}
	return people;
}

/**
 * A span the dictionary leaves open ends where the next holder of the same office in the same
 * country begins, when one is known; otherwise at the dictionary's date, the last day it vouches for.
 */
export function closeOpenRoles(
	roles: RoleEntry[],
	nextStart: (role: RoleEntry) => string | undefined
): RoleEntry[] {
	return roles.map((r) => {
		if (r.to || !r.from) return r;
		const next = nextStart(r);
		return next && next > r.from
			? { ...r, to: next }
			: { ...r, to: PHOENIX_DATE > r.from ? PHOENIX_DATE : r.from, note: 'open in the dictionary (January 2014)' };
	});
}
