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
	if (!words || /[a-z]/.test(words) || /[,()&/]/.test(words)) return undefined;
	if (ACRONYM.test(words)) return words;
	if (/\d/.test(words)) return undefined;
	if (!ORGANISATION_WORD.test(words) || DESCRIPTION.test(words)) return undefined;
	return displayName(words)
		.split(' ')
		.map((w, i) => (i > 0 && /^(?:Of|The|And|For|On|In|To)$/.test(w) ? w.toLowerCase() : w))
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
	// Union by shared names (ASEAN_ and ASSOCIATION_OF_SOUTHEAST_ASIAN_NATIONS_ are one when an
	// entry lists both).
	const parent = candidates.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
	const byName = new Map<string, number>();
	candidates.forEach((c, i) => {
		for (const n of c.names) {
			const key = foldText(n);
			const j = byName.get(key);
			if (j === undefined) byName.set(key, i);
			else parent[find(i)] = find(j);
		}
	});
	const groups = new Map<number, typeof candidates>();
	candidates.forEach((c, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), c]));
	const out: PhoenixOrganization[] = [];
	for (const group of groups.values()) {
		const names = [...new Set(group.flatMap((g) => g.names))];
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
