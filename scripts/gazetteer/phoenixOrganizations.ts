// International organisations from Phoenix.International.actors.txt (PETRARCH2, MIT): entries
// coded IGO… whose names are names of organisations (not people, not descriptions such as
// « UN_ENVOY » or « ASEAN_DEFENSE_MINISTERS »). Entries that share a name are one organisation.
import type { PhoenixEntry } from './phoenix';
import { displayName, slug } from './names';
import { foldText } from '../../src/lib/text/fold';

const ORGANISATION_WORD =
	/\b(?:ORGANI[SZ]ATION|UNION|COUNCIL|BANK|FUND|AGENCY|COMMUNITY|ASSOCIATION|LEAGUE|COURT|COMMISSION|TRIBUNAL|ALLIANCE|GROUP|FORUM|PROGRAMME|PROGRAM|CONFERENCE|TREATY|MOVEMENT|PARLIAMENT|ASSEMBLY|COOPERATION|AUTHORITY|INSTITUTE|SECRETARIAT|FEDERATION|COMMONWEALTH|PANEL|NATIONS|PARTNERSHIP|INITIATIVE|CONVENTION|AREA)\b/;
// Descriptions of people or parts, not organisations.
const DESCRIPTION =
	/\b(?:ENVOY|PEACEKEEPERS?|MINISTERS?|COUNTRIES|MONITORS?|BODIES|RESIDENT|SPECIAL|REPRESENTATIVES?|SECRETARY|SECRETARY-GENERAL|CHIEF|OFFICIALS?|TO THE|IN|FOR|MEMBERS?|STATES? MEMBERS|SUMMIT|TROOPS|FORCES|SOLDIERS|CONTINGENT|STAFF|INSPECTORS?|DELEGATION|SPOKESM[AE]N|HEAD|PRESIDENT|DIRECTOR)\b/;
const ACRONYM = /^(?:[A-Z]\.){2,8}$|^[A-Z][A-Z0-9]{1,7}$/;

// Region and sector parts of IGO codes, and codes several bodies share (EEC: the EU's, the
// Western European Union's, the Council of Europe's people): they say nothing of which organisation.
const GENERIC = new Set(
	`IGO UNO DEV BUS ENV AGR MED HLH EDU JUD HRI LEG COP REF KID AFR SEA SAS LAM CRB EUR SAM NAF
	CAF WAF EAF SAF ASA ARB MEA MOS CAS PGS SCN NAM WST USA LKA EEC`.split(/\s+/)
);
// Forms that name something else: a Security Council resolution is not the Council, and
// "Southeast Asian nations" are countries, not ASEAN.
const NOT_NAMES = new Set(['UNSCR', 'SOUTHEAST ASIAN NATIONS']);
const SMALL = /^(?:of|the|and|for|on|in|to)$/i;

/** The organisation an IGO code names, when it names one (IGOAFROAU → OAU; IGOUNO → none). */
function organisationCode(code: string): string | undefined {
	const last = code.slice(-3);
	return code.length >= 6 && !GENERIC.has(last) ? last : undefined;
}

/** Spellings of one name: case, hyphens, Organisation/Organization, African/Africa, plurals. */
export function nameKey(name: string): string {
	return foldText(name)
		.replace(/organisation/g, 'organization')
		.split(/[^a-z]+/)
		.filter((w) => w && !SMALL.test(w))
		.map((w) => w.replace(/an$/, '').replace(/s$/, ''))
		.join(' ');
}

/** "Organization of African Unity" → OAU: the initials of its words that matter. */
function initials(name: string): string {
	return name
		.split(/[\s-]+/)
		.filter((w) => w && !SMALL.test(w))
		.map((w) => w[0]?.toUpperCase())
		.join('');
}

export interface PhoenixOrganization {
	id: string;
	name: string;
	aliases: string[];
	/** Acronyms as written (U.N. → UN is not done: « U.N. » stays an alias of its own). */
	acronyms: string[];
	codes: string[];
	line: number;
}

/** An organisation's name in its usual form, or undefined for people and descriptions. */
export function organisationName(raw: string): string | undefined {
	const words = raw.replace(/^THE_/, '').replace(/_+/g, ' ').trim();
	// Phoenix writes names in upper case: a line in mixed case is a note, not a name.
	if (!words || /[a-z]/.test(words) || /[,()&/]/.test(words) || NOT_NAMES.has(words))
		return undefined;
	if (ACRONYM.test(words)) return words;
	if (/\d/.test(words)) return undefined;
	if (!ORGANISATION_WORD.test(words) || DESCRIPTION.test(words)) return undefined;
	return words
		.split(' ')
		.map((w, i) =>
			i > 0 && SMALL.test(w)
				? w.toLowerCase()
				: /^(?:UN|U\.N\.|EU|US|U\.S\.|AU)$/.test(w)
					? w
					: displayName(w)
		)
		.join(' ');
}

export function phoenixOrganizations(entries: PhoenixEntry[]): PhoenixOrganization[] {
	const candidates = entries
		.filter(
			(e) => e.spans.some((s) => s.code.startsWith('IGO')) && !e.spans.some((s) => s.from || s.to)
		)
		.map((e) => ({
			entry: e,
			names: [...new Set(e.names.map(organisationName).filter((n): n is string => !!n))]
		}))
		.filter((c) => c.names.length);
	// One organisation: entries sharing a name (in any spelling), an IGO code that names one
	// organisation (IGOAFROAU: OAU and the Organization of African Unity), or an acronym and
	// the name it abbreviates.
	const parent = candidates.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
	const union = (i: number, j: number) => (parent[find(i)] = find(j));
	const seen = new Map<string, number>();
	candidates.forEach((c, i) => {
		const keys = [
			...c.names.map((n) => `name:${nameKey(n)}`),
			...c.entry.spans
				.map((s) => organisationCode(s.code))
				.filter(Boolean)
				.map((k) => `code:${k}`)
		];
		for (const key of keys) {
			const j = seen.get(key);
			if (j === undefined) seen.set(key, i);
			else union(i, j);
		}
	});
	candidates.forEach((c, i) => {
		for (const acronym of c.names.filter((n) => ACRONYM.test(n)))
			candidates.forEach((d, j) => {
				if (d.names.some((n) => !ACRONYM.test(n) && initials(n) === acronym.replace(/\./g, '')))
					union(i, j);
			});
	});
	const groups = new Map<number, typeof candidates>();
	candidates.forEach((c, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), c]));
	const out: PhoenixOrganization[] = [];
	for (const group of groups.values()) {
		const byKey = new Map<string, string>();
		for (const n of group.flatMap((g) => g.names))
			if (!byKey.has(foldText(n))) byKey.set(foldText(n), n);
		const names = [...byKey.values()];
		const acronyms = names.filter((n) => ACRONYM.test(n));
		const full = names.filter((n) => !ACRONYM.test(n)).sort((a, b) => b.length - a.length);
		const name = full[0] ?? acronyms[0]!;
		out.push({
			id: slug(name),
			name,
			aliases: names.filter((n) => n !== name),
			acronyms,
			codes: [...new Set(group.flatMap((g) => g.entry.spans.map((s) => s.code)))].filter((c) =>
				c.startsWith('IGO')
			),
			line: Math.min(...group.map((g) => g.entry.line))
		});
	}
	return out.sort((a, b) => a.line - b.line);
}
