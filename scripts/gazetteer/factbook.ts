// The CIA World Factbook extract (vendor/factbook/countries.json, CC0): conventional names,
// capitals, nationality nouns and adjectives (English demonyms), chiefs of state and heads of
// government with their "since" dates. Its GEC codes are not ISO: entries are mapped by name.
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { displayName } from './names';

isoCountries.registerLocale(en);

export interface FactbookRecord {
	gec: string;
	conventional_short_form: string | null;
	conventional_long_form: string | null;
	capital: string | null;
	nationality_noun: string | null;
	nationality_adjective: string | null;
	chief_of_state: string | null;
	head_of_government: string | null;
	international_organization_participation: string | null;
}

export interface FactbookLeader {
	role: 'head-of-state' | 'head-of-government';
	/** As the Factbook gives it: "President", "Prime Minister", "King"… */
	title: string;
	/** The full name as the Factbook writes it, in usual capitals. */
	name: string;
	/** First given name and surname, when the full name has more. */
	short?: string;
	since?: string;
}

export interface FactbookCountry {
	iso3: string;
	gec: string;
	/** A member of the United Nations (its capital and demonyms stand for a state). */
	unMember: boolean;
	names: string[];
	capitals: string[];
	/** English demonyms: nouns (singular and plural) and adjectives. */
	demonyms: string[];
	leaders: FactbookLeader[];
}

// Factbook short forms that no library name spells the same way.
const BY_NAME: Record<string, string> = {
	'Congo (Brazzaville)': 'COG',
	DRC: 'COD',
	Burma: 'MMR',
	'The Dominican': 'DOM',
	'The Bahamas': 'BHS',
	'Cabo Verde': 'CPV',
	'Holy See (Vatican City)': 'VAT',
	Kosovo: 'XKK',
	Laos: 'LAO',
	Syria: 'SYR',
	Brunei: 'BRN',
	Macau: 'MAC',
	Moldova: 'MDA',
	Curacao: 'CUW',
	'Sint Maarten': 'SXM',
	'Saint Martin': 'MAF',
	'Saint Barthelemy': 'BLM',
	'Sao Tome and Principe': 'STP',
	'Falkland Islands (Islas Malvinas)': 'FLK',
	'Virgin Islands': 'VIR',
	'British Virgin Islands': 'VGB',
	'French Southern and Antarctic Lands': 'ATF',
	'Federated States of Micronesia': 'FSM',
	'Saint Helena, Ascension, and Tristan da Cunha': 'SHN',
	'Central African Republic': 'CAF',
	'United Arab Emirates': 'ARE',
	'British Indian Ocean Territory': 'IOT'
};
// Entries that are not one ISO 3166-1 country: the EU, oceans, Svalbard and Jan Mayen (one
// ISO code for two entries), bases, uninhabited reefs.
const SKIPPED = new Set([
	'ee',
	'sv',
	'jn',
	'ax',
	'dx',
	'um',
	'wq',
	'bq',
	'at',
	'cr',
	'pf',
	'pg',
	'ip',
	'gz',
	'we'
]);

export function iso3Of(record: FactbookRecord): string | undefined {
	if (SKIPPED.has(record.gec)) return undefined;
	for (const name of [record.conventional_short_form, record.conventional_long_form]) {
		if (!name || /^none$/i.test(name)) continue;
		const code = BY_NAME[name] ?? isoCountries.getAlpha3Code(name, 'en');
		if (code) return code;
	}
	return undefined;
}

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

/** "12 December 2019" → 2019-12-12; a year or month alone gives nothing (roles need a day). */
export function factbookDate(text: string): string | undefined {
	const m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text.trim());
	if (!m) return undefined;
	const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
	if (!month) return undefined;
	return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** Drop the Factbook's notes and asides: « ; note - … », « (US citizens) », « (colloquial) ». */
function withoutNotes(text: string): string {
	return text
		.replace(/;?\s*note\s*[-–:].*$/i, '')
		.replace(
			/\((?:US citizens|US nationals|colloquial|singular|plural|singular and plural|collective plural)\)/gi,
			''
		);
}

/** "Algerian(s)" → Algerian, Algerians; "Frenchman(men), Frenchwoman(women)"; "Lao(s) or Laotian(s)". */
export function demonymForms(text: string | null): string[] {
	if (!text || /^(?:none|na)$/i.test(text.trim())) return [];
	const forms: string[] = [];
	for (const piece of withoutNotes(text).split(/,|;|\bor\b|\//)) {
		const clean = piece.replace(/\(or\s+/i, '(').trim();
		if (!clean || /^(?:none|na)$/i.test(clean)) continue;
		const plural = /^(.+?)\s*\((s|men|women|es)\)$/.exec(clean);
		if (plural) {
			const base = plural[1]!.trim();
			forms.push(base);
			forms.push(
				plural[2] === 's' || plural[2] === 'es'
					? base + plural[2]
					: base.replace(/(?:man|woman)$/, plural[2]!)
			);
			continue;
		}
		const inner = /^(.+?)\s*\((.+)\)$/.exec(clean);
		if (inner) {
			forms.push(inner[1]!.trim(), inner[2]!.trim());
			continue;
		}
		forms.push(clean);
	}
	return [...new Set(forms.filter((f) => /^\p{L}[\p{L}\s'’-]*$/u.test(f)))];
}

/** "Porto-Novo (constitutional capital); Cotonou (seat of government)" → both; notes dropped. */
export function capitals(text: string | null): string[] {
	if (!text || /^no official capital/i.test(text)) return [];
	return withoutNotes(text)
		.split(';')
		.map((part) =>
			part
				.replace(/\(.*?\)/g, '')
				.trim()
				.replace(/\s+in [A-Z][a-z]+$/, '')
				.replace(/,\s*D\.C\.$/, '')
				.trim()
		)
		.filter((c) => /^\p{Lu}[\p{L}\s'’.-]*$/u.test(c));
}

// Words of a title as the Factbook writes it before a name: "President", "Prime Minister",
// "Sovereign Council Chair and Commander-in-Chief of…", "Transitional President Capt.".
const TITLE_WORD =
	/^(?:President|Presidential|Prime|Minister|Ministers|King|Queen|Emir|Amir|Sultan|Supreme|Leader|Chairman|Chair|Chairwoman|Chancellor|Federal|Premier|Pope|Grand|Duke|Prince|Princess|Crown|Governor|General|Gen\.|Col\.|Capt\.|Lt\.|Dr\.|Sir|Dame|Chief|Executive|Head|State|Government|Council|Cabinet|Sovereign|Commander-in-Chief|Armed|Forces|Transition|Transitional|Interim|Acting|Vice|First|Deputy|Senior|Taoiseach|Co-Prince|Captain|Captains|Regent|Regents|Emperor|Administrator|Mayor|National|Assembly|Safeguard|Homeland|Military|Revolutionary|Guide|Secretary|Party|Central|Committee|Republic|Swiss|Confederation|Spain|Pontifical|Commission|Governorate|Vatican|City|Island|Territorial|Taliban|overall|Foreign|Political|Affairs|Co-Vice|Lord|Mann|Ulu|of|the|and|for|to)$/;

/** "President Joao Manuel Goncalves LOURENCO (since 26 September 2017)" → its parts. */
export function parseLeader(
	text: string,
	role: FactbookLeader['role']
): FactbookLeader | undefined {
	// The holder comes first; « represented by … », a second office after « ; » is someone else.
	const clause = (text.split(/;|,\s*represented by|\brepresented by\b/)[0] ?? '').trim();
	const since = /\(since ([^)]*)\)/.exec(clause);
	const head = clause
		.slice(0, since ? since.index : undefined)
		.replace(/\([^)]*\)/g, ' ')
		.replace(/"[^"]*"/g, ' ') // a nickname: Ferdinand "BongBong" MARCOS
		.replace(/,/g, ' ')
		.trim();
	const words = head.split(/\s+/).filter(Boolean);
	// A surname in capitals, whole or in part (« al-SUDANI », « SASSOU-Nguesso »,
	// « Hoseini-KHAMENEI »); « CHARLES III »: a numeral after a name; « XI Jinping »: a surname.
	const capsWord = (w: string) =>
		w
			.replace(/[.,]$/, '')
			.split('-')
			.some((part) => /^\p{Lu}[\p{Lu}'’]+$/u.test(part));
	const isCaps = (w: string, i: number) =>
		capsWord(w) && !(/^[IVX]+$/.test(w) && i > 0 && capsWord(words[i - 1]!));
	// The name holds the first all-capitals word (the surname in Factbook style) that is not an
	// acronym before a title (« CNSP Prime Minister », « GNU Interim Prime Minister »).
	const caps = words.findIndex(
		(w, i) => isCaps(w, i) && !(words[i + 1] && TITLE_WORD.test(words[i + 1]!))
	);
	if (caps < 0) return undefined;
	const namePart = (w: string) => /^\p{Lu}/u.test(w) || PARTICLE.test(w);
	let start = caps;
	while (start > 0 && !TITLE_WORD.test(words[start - 1]!) && namePart(words[start - 1]!)) start--;
	while (start < caps && PARTICLE.test(words[start]!)) start++;
	let end = caps + 1;
	while (end < words.length && namePart(words[end]!) && !/^(?:of|the)$/.test(words[end]!)) end++;
	const title = words
		.slice(0, start)
		.filter((w) => !/\.$/.test(w) && !/^(?:Sir|Dame|Gen|Col|Capt|Dr)$/.test(w))
		.join(' ');
	const nameWords = words.slice(start, end).filter((w) => !/^Jr\.?$/.test(w));
	if (!nameWords.length) return undefined;
	const date = since ? factbookDate(since[1]!) : undefined;
	return {
		role,
		title: title || (role === 'head-of-state' ? 'Head of State' : 'Head of Government'),
		name: displayName(nameWords.join(' ')),
		...usualForms(nameWords, caps - start),
		...(date ? { since: date } : {})
	};
}

const PARTICLE =
	/^(?:de|du|da|dos|das|do|del|della|di|van|von|der|den|bin|ibn|bint|al|el|le|la|y|e|d['’]\p{L}+|al-\p{L}+|el-\p{L}+)$/u;

/**
 * The short form news uses besides the Factbook's full name: first given name and surname
 * (« Gustavo Francisco PETRO Urrego » → Gustavo Petro, « Claudia SHEINBAUM Pardo » → Claudia
 * Sheinbaum), "X bin Y" for Arabic names.
 */
function usualForms(words: string[], capsAt: number): { short?: string } {
	let end = capsAt + 1;
	while (end < words.length && /^\p{Lu}[\p{Lu}'’-]+$/u.test(words[end]!)) end++;
	if (capsAt > 0 && (capsAt > 1 || end < words.length)) {
		const short = displayName([words[0]!, ...words.slice(capsAt, end)].join(' '));
		return { short };
	}
	if (capsAt === 0 && /^(?:bin|ibn)$/.test(words[1] ?? '') && words.length > 3)
		return { short: displayName(words.slice(0, 3).join(' ')) };
	return {};
}

export function readFactbook(records: FactbookRecord[]): FactbookCountry[] {
	const out: FactbookCountry[] = [];
	for (const r of records) {
		const iso3 = iso3Of(r);
		if (!iso3) continue;
		const memberships = (r.international_organization_participation ?? '').split(/,\s*/);
		const names = [r.conventional_short_form, r.conventional_long_form].filter(
			(n): n is string => !!n && !/^none$/i.test(n) && !/[()]/.test(n)
		);
		const leaders = [
			r.chief_of_state ? parseLeader(r.chief_of_state, 'head-of-state') : undefined,
			r.head_of_government ? parseLeader(r.head_of_government, 'head-of-government') : undefined
		].filter((l): l is FactbookLeader => !!l);
		out.push({
			iso3,
			gec: r.gec,
			unMember: memberships.includes('UN'),
			names,
			capitals: capitals(r.capital),
			demonyms: [
				...new Set([...demonymForms(r.nationality_noun), ...demonymForms(r.nationality_adjective)])
			],
			leaders
		});
	}
	return out;
}
