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

// A vice or deputy office is another office (« VICE_PRESIDENT_BIDEN » is not a president).
const OFFICE_SYNONYM: [RegExp, RoleKey][] = [
	[/^(?:.*_)?(?<!VICE_|DEPUTY_)(?:PRESIDENT|KING|QUEEN|EMIR|AMIR|SULTAN)_/, 'head-of-state'],
	[
		/^(?:.*_)?(?<!VICE_|DEPUTY_)(?:PRIME_MINISTER|PREMIER|CHANCELLOR|KANZLER|BUNDESKANZLER)_/,
		'head-of-government'
	],
	[/^(?:.*_)?(?:FOREIGN_MINISTER|FOREIGN_SECRETARY|SECRETARY_OF_STATE)_/, 'foreign-minister'],
	[
		/^(?:.*_)?(?:DEFEN[CS]E_MINISTER|DEFEN[CS]E_SECRETARY|SECRETARY_OF_DEFEN[CS]E)_/,
		'defence-minister'
	]
];
// Sections of the file that list one office, and the code its holders carry there
// (Secretaries of Defense are USAGOVMIL; presidents and Secretaries of State USAGOV).
const OFFICE_SECTION: [RegExp, RoleKey, string][] = [
	[/^U\.S\. Presidents$/, 'head-of-state', 'USAGOV'],
	[/^U\.S\. Secretaries of State$/, 'foreign-minister', 'USAGOV'],
	[/^United States Secretaries of Defense$/, 'defence-minister', 'USAGOVMIL']
];
// Words that make a synonym a description, not a name (« PRESIDENT_PUTIN », « MR_OBAMA »).
const NOT_NAME_WORDS = new Set(
	`PRESIDENT PRESIDENT-ELECT VICE PRIME MINISTER CHANCELLOR KANZLER BUNDESKANZLER SECRETARY
	SECRETARY-GENERAL SENATOR GOVERNOR GOV. MR MR. MRS MRS. MS MS. DR DR. GENERAL GEN. LORD KING
	QUEEN PRINCE PRINCESS SHEIKH SHEIKHA SHAIKH EMIR AMIR SULTAN ACTING FORMER ADMINISTRATION THE
	PARTY CHIEF LEADER SPEAKER AMBASSADOR ENVOY PREMIER FOREIGN DEFENSE DEFENCE COLONEL COL.
	MAJOR CAPTAIN ADMIRAL MARSHAL JUDGE JUSTICE MAYOR DEPUTY CROWN ROYAL HIGHNESS HIS HER SIR DAME
	BARON COUNT DUKE AYATOLLAH IMAM MULLAH MAULANA CARDINAL POPE BISHOP REV. REVEREND GOVERNMENT
	MINISTRY OFFICE COUNCIL SPOKESMAN SPOKESWOMAN THEN AND OF DIRECTOR CIA C.I.A. FBI F.B.I.
	SECRETATY GOVENOR GOVERNER SEN. REP. CONGRESSMAN CONGRESSWOMAN COMMANDER CHAIRMAN OFFICIAL
	ADVISER ADVISOR NEGOTIATOR AIDE`.split(/\s+/)
);

// CAMEO country codes that ISO 3166-1 spells otherwise (East Timor, Kosovo).
const ISO_OF: Record<string, string> = { TMP: 'TLS', KSV: 'XKK' };
const countryOf = (code: string) => ISO_OF[code.slice(0, 3)] ?? code.slice(0, 3);

export interface PhoenixPerson {
	name: string;
	aliases: string[];
	country: string;
	roles: RoleEntry[];
	line: number;
}

export interface NameGuards {
	/** Upper-case demonyms and abbreviations (RUSSIAN, US, U.S.) that open descriptions, not names. */
	placeWords: Set<string>;
	/** A name whose every word is a common lower-case word ("Mark Green") is left out. */
	isCommonWord: (word: string) => boolean;
	/** The commonest English words: a name made only of them is left out. */
	isEverydayWord: (word: string) => boolean;
}

/** A synonym that is a person's name, or undefined: two words at least, no title, no place. */
export function personName(raw: string, guards: NameGuards): string | undefined {
	if (/[0-9,()&/]/.test(raw)) return undefined;
	const words = raw.replace(/_/g, ' ').trim().split(/\s+/).filter(Boolean);
	if (
		words.some((w) => NOT_NAME_WORDS.has(w.toUpperCase())) ||
		guards.placeWords.has(words[0]!.toUpperCase())
	)
		return undefined;
	const full = words.filter((w) => w.replace(/\./g, '').length >= 2);
	if (full.length < 2) return undefined;
	if (full.every((w) => guards.isEverydayWord(w))) return undefined;
	return displayName(words.join(' '));
}

// Given names that French and German write as one hyphenated name (Jean-Pierre, Hans-Dietrich).
const COMPOUND_GIVEN = new Set(
	`JEAN MARIE PIERRE ANNE LOUIS PAUL CLAUDE FRANCOIS JACQUES MICHEL LUC YVES MARC PHILIPPE
	CHRISTOPHE GUY NOEL ANDRE BAPTISTE HANS KARL FRANK WALTER KLAUS PETER DIETRICH HEINZ OTTO GERT
	THEODOR JOACHIM`.split(/\s+/)
);

/** A synonym is another name of the person when its new words are names, not descriptions. */
function aliasOf(name: string, alias: string, guards: NameGuards): boolean {
	const own = new Set(name.toLowerCase().split(' '));
	return alias
		.toLowerCase()
		.split(' ')
		.every((w) => own.has(w) || /^\p{L}\.$/u.test(w) || !guards.isCommonWord(w.replace(/\.$/, '')));
}

/** « Jean Pierre Raffarin » is written « Jean-Pierre Raffarin »: both forms. */
function hyphenatedGivenNames(name: string): string[] {
	const words = name.split(' ');
	if (words.length < 3 || !words.slice(0, 2).every((w) => COMPOUND_GIVEN.has(w.toUpperCase())))
		return [];
	return [`${words[0]}-${words[1]} ${words.slice(2).join(' ')}`];
}

function officeFromEvidence(entry: PhoenixEntry): RoleKey | undefined {
	const kinds = new Set<RoleKey>();
	for (const name of entry.names)
		for (const [pattern, role] of OFFICE_SYNONYM) if (pattern.test(name + '_')) kinds.add(role);
	return kinds.size === 1 ? [...kinds][0] : undefined;
}

function officeOfSection(entry: PhoenixEntry): { role: RoleKey; code: string } | undefined {
	const found = OFFICE_SECTION.find(([pattern]) => pattern.test(entry.section ?? ''));
	return found ? { role: found[1], code: found[2] } : undefined;
}

/** People with dated government spans, each span as a role (open spans still open here). */
export function phoenixPeople(entries: PhoenixEntry[], guards: NameGuards): PhoenixPerson[] {
	const people: PhoenixPerson[] = [];
	for (const entry of entries) {
		const spans = entry.spans.filter(
			(s) =>
				(s.from || s.to) &&
				/^[A-Z]{3}GOV(?:[A-Z]{3})?$/.test(s.code) &&
				!s.code.endsWith('LEG') &&
				!s.code.endsWith('PTY')
		);
		if (!spans.length) continue;
		const names = entry.names.map((n) => personName(n, guards)).filter((n): n is string => !!n);
		const [name, ...others] = [...new Set(names)];
		if (!name) continue;
		const countries = new Map<string, number>();
		for (const s of spans)
			countries.set(countryOf(s.code), (countries.get(countryOf(s.code)) ?? 0) + 1);
		const country = [...countries].sort((a, b) => b[1] - a[1])[0]![0];
		const bare = spans.filter((s) => s.code.length === 6);
		const office = bare.length === 1 ? officeFromEvidence(entry) : undefined;
		const section = officeOfSection(entry);
		const sectionSpans = spans.filter((s) => s.code === section?.code);
		// A section names the office of its code's spans, when the entry has one such span (or
		// only spans of it, as a Secretary of Defense serving twice).
		const fromSection =
			section && (sectionSpans.length === 1 || section.code.length > 6) ? section : undefined;
		// The role key says the office; the code (FRAGOVBUS: economy) says the sector.
		const roles: RoleEntry[] = spans.map((s) => ({
			role:
				fromSection && s.code === fromSection.code
					? fromSection.role
					: s.code.length > 6
						? 'minister'
						: fromSection
							? 'official'
							: (office ?? 'official'),
			...(countryOf(s.code) !== country ? { country: countryOf(s.code) } : {}),
			...(s.from ? { from: s.from } : {}),
			...(s.to ? { to: s.to } : {}),
			source: `Phoenix ${s.code}`
		}));
		people.push({
			name,
			aliases: [
				...new Set([
					...others.filter((a) => aliasOf(name, a, guards)),
					...hyphenatedGivenNames(name)
				])
			].filter((a) => a !== name),
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
			: {
					...r,
					to: PHOENIX_DATE > r.from ? PHOENIX_DATE : r.from,
					note: 'open in the dictionary (January 2014)'
				};
	});
}
