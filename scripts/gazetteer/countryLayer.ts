// The generated country layer: per ISO 3166-1 country, the Factbook's conventional names,
// the capitals of UN members as seats, English demonyms (Factbook) and French masculine
// demonyms (i18n-nationality; feminine and plural are generated when the gazetteer loads).
// A form another country already has, or that two countries would share, is left out and
// said so: « américaine » is the United States' alone, "Korean" names no country.
import isoCountries from 'i18n-iso-countries';
import frNationalities from 'i18n-nationality/langs/fr.json' with { type: 'json' };
import { frenchForms, libraryCodes, libraryNames } from '../../src/lib/gazetteer/countries';
import type { CountryOverride } from '../../src/lib/gazetteer/schema';
import { foldText } from '../../src/lib/text/fold';
import { isCommonWord } from './commonWords';
import type { FactbookCountry } from './factbook';

/** States whose capital and demonyms stand for a government though not UN members. */
const ALSO_SOVEREIGN = new Set(['VAT', 'PSE', 'XKK', 'TWN']);

// Capitals that name something else as often in news prose.
export const SEAT_GUARDS: Record<string, string> = {
	Victoria: 'a first name; a state of Australia, cities of Canada',
	Kingston: 'cities of Canada, the UK and the US',
	Georgetown: 'a district and university of Washington; a city of Malaysia',
	Santiago: 'a first name; cities of Spain, Cuba and the Dominican Republic',
	'San José': 'a city of California',
	"Saint John's": 'a city of Canada',
	"Saint George's": 'a common place name',
	Moroni: 'a surname',
	Malé: 'the English word "male" once folded'
};

// Forms two states share, given to one by decision. "Dominican": in news prose the Dominican
// Republic's people (Dominica's are "Dominicans" too, but Dominica is rarely in the news and
// keeps its name; in French the two differ: dominicain, dominiquais).
const DECIDED: Record<string, string> = { dominican: 'DOM', dominicans: 'DOM' };

// English demonyms that are first names.
const DEMONYM_GUARDS: Record<string, string> = { Finn: 'a first name' };

export interface Decision {
	form: string;
	country: string;
	reason: string;
}

/** i18n-nationality's French masculine forms for a country, cleaned; [] when it gives none. */
export function frenchDemonyms(iso3: string): string[] {
	const alpha2 = isoCountries.alpha3ToAlpha2(iso3);
	const raw = alpha2
		? (frNationalities.nationalities as Record<string, string>)[alpha2]
		: undefined;
	if (!raw || /\(/.test(raw)) return []; // « Congolais (République du Congo) »: qualified, so ambiguous
	// « Île Bouvet », « Territoire britannique… », « Guam »: a place, not a demonym.
	if (
		/^(?:Île|Îles|L'île|Territoire|Saint-Siège|Pays-Bas|Sahara|Svalbard|Géorgie du Sud)/.test(raw)
	)
		return [];
	const places = new Set(libraryCodes().flatMap((c) => libraryNames(c).fr.map(foldText)));
	return raw
		.split(/\s+(?:ou|et)\s+/)
		.map((form) => form.trim().toLowerCase().replace(/\s+/g, '-'))
		.filter((form) => !places.has(foldText(form)) && /^[\p{Ll}-]+$/u.test(form));
}

interface Claim {
	iso3: string;
	/** Hand-curated or library: never given up. */
	fixed: boolean;
}

export interface CountryLayerInput {
	factbook: FactbookCountry[];
	/** The hand-curated country layer (data/gazetteer/countries.yaml). */
	hand: Record<string, CountryOverride>;
	/** Forms other kinds of actors hold (« Brussels » is the EU's): not given to a country. */
	otherKinds: Map<string, string>;
}

export function buildCountryLayer(input: CountryLayerInput): {
	layer: Record<string, CountryOverride>;
	decisions: Decision[];
} {
	const decisions: Decision[] = [];
	const excluded = new Set(
		Object.values(input.hand).flatMap((o) => o.exclude.map((f) => foldText(f)))
	);
	const claims = new Map<string, Claim[]>();
	const claim = (form: string, iso3: string, fixed: boolean) => {
		const key = foldText(form.trim());
		const list = claims.get(key) ?? [];
		if (!list.some((c) => c.iso3 === iso3)) list.push({ iso3, fixed });
		claims.set(key, list);
	};
	for (const iso3 of libraryCodes())
		for (const name of [...libraryNames(iso3).fr, ...libraryNames(iso3).en])
			claim(name, iso3, true);
	for (const [iso3, o] of Object.entries(input.hand))
		for (const form of [
			...(o.name ? [o.name.fr, o.name.en] : []),
			...o.names,
			...o.seats,
			...(o.adjectives?.en ?? []),
			...frenchForms(o.adjectives?.fr ?? [])
		])
			claim(form, iso3, true);

	const sovereign = new Set([
		...input.factbook.filter((c) => c.unMember).map((c) => c.iso3),
		...ALSO_SOVEREIGN
	]);
	const proposed = new Map<
		string,
		{ names: string[]; seats: string[]; en: string[]; fr: string[] }
	>();
	for (const c of input.factbook) {
		const own = new Set(
			[...(input.hand[c.iso3]?.seats ?? []), ...(input.hand[c.iso3]?.names ?? [])].map(foldText)
		);
		const seats = sovereign.has(c.iso3)
			? c.capitals.filter((capital) => {
					if (own.has(foldText(capital))) return false;
					const guard =
						SEAT_GUARDS[capital] ??
						(isCommonWord(foldText(capital)) ? 'a common word once folded' : undefined);
					if (guard)
						decisions.push({ form: capital, country: c.iso3, reason: `not a seat: ${guard}` });
					return !guard;
				})
			: [];
		const en = c.demonyms.filter((d) => {
			const guard = DEMONYM_GUARDS[d];
			if (guard) decisions.push({ form: d, country: c.iso3, reason: `left out: ${guard}` });
			return !guard;
		});
		proposed.set(c.iso3, { names: c.names, seats, en, fr: [] });
	}
	for (const iso3 of libraryCodes()) {
		if (input.hand[iso3]?.adjectives?.fr?.length) continue; // the editors' forms stand
		const fr = frenchDemonyms(iso3);
		if (!fr.length) continue;
		const entry = proposed.get(iso3) ?? { names: [], seats: [], en: [], fr: [] };
		entry.fr = fr;
		proposed.set(iso3, entry);
	}
	// Every proposed form, generated French forms included, claimed before any is decided.
	const formsOf = (e: { names: string[]; seats: string[]; en: string[]; fr: string[] }) => [
		...e.names,
		...e.seats,
		...e.en,
		...frenchForms(e.fr)
	];
	for (const [iso3, e] of proposed) for (const form of formsOf(e)) claim(form, iso3, false);

	const keep = (form: string, iso3: string): boolean => {
		const key = foldText(form.trim());
		if (excluded.has(key)) {
			decisions.push({ form, country: iso3, reason: 'excluded in countries.yaml' });
			return false;
		}
		const other = input.otherKinds.get(key);
		if (other) {
			decisions.push({ form, country: iso3, reason: `left to ${other}` });
			return false;
		}
		const decided = DECIDED[key];
		if (decided) {
			if (decided !== iso3)
				decisions.push({ form, country: iso3, reason: `left to ${decided} (decided)` });
			return decided === iso3;
		}
		const rivals = (claims.get(key) ?? []).filter((c) => c.iso3 !== iso3);
		if (!rivals.length) return true;
		const fixed = rivals.find((c) => c.fixed);
		if (fixed) {
			decisions.push({ form, country: iso3, reason: `left to ${fixed.iso3}` });
			return false;
		}
		// Among generated claims, a UN member's demonym is its own (« Dutch » is the
		// Netherlands', not Aruba's); two sovereign claimants leave it to neither.
		const contenders = [iso3, ...rivals.map((r) => r.iso3)].filter((c) => sovereign.has(c));
		if (contenders.length === 1 && contenders[0] === iso3) return true;
		if (contenders.length === 1) {
			decisions.push({ form, country: iso3, reason: `left to ${contenders[0]}` });
			return false;
		}
		decisions.push({
			form,
			country: iso3,
			reason: `ambiguous: also ${rivals.map((r) => r.iso3).join(', ')}`
		});
		return false;
	};

	const layer: Record<string, CountryOverride> = {};
	for (const [iso3, e] of [...proposed].sort((a, b) => a[0].localeCompare(b[0]))) {
		const known = new Set(
			[...libraryNames(iso3).fr, ...libraryNames(iso3).en, ...(input.hand[iso3]?.names ?? [])].map(
				(n) => foldText(n)
			)
		);
		const fresh = (form: string) => !known.has(foldText(form));
		const names = e.names.filter(fresh).filter((n) => keep(n, iso3));
		const seats = e.seats.filter(fresh).filter((s) => keep(s, iso3));
		const en = e.en.filter(fresh).filter((d) => keep(d, iso3));
		// A French masculine form is kept only if all its generated forms are its own.
		const fr = e.fr.filter((m) => frenchForms([m]).every((form) => keep(form, iso3)));
		if (!names.length && !seats.length && !en.length && !fr.length) continue;
		layer[iso3] = {
			names,
			seats,
			places: [],
			...(fr.length || en.length
				? { adjectives: { ...(fr.length ? { fr } : {}), ...(en.length ? { en } : {}) } }
				: {}),
			exclude: []
		};
	}
	return { layer, decisions };
}
