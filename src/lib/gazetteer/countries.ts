// Countries from i18n-iso-countries (French and English names for all of ISO 3166-1),
// completed by data/gazetteer/countries.yaml (short names, seats of government, adjectives,
// historical actors such as the Soviet Union).
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import type { CountryEntry, CountryOverride } from './schema';

isoCountries.registerLocale(fr);
isoCountries.registerLocale(en);

export function isKnownCountryCode(iso3: string): boolean {
	return isoCountries.isValid(iso3);
}

/** French adjective forms: masculine singular → [m. sg, f. sg, m. pl, f. pl]. */
export function inflectFrenchAdjective(masculine: string): string[] {
	const forms = (f: string, mp: string, fp: string) => [masculine, f, mp, fp];
	if (masculine.endsWith('e')) return [masculine, masculine + 's'];
	if (/[sx]$/.test(masculine)) return forms(masculine + 'e', masculine, masculine + 'es');
	if (/(ien|éen|en)$/.test(masculine))
		return forms(masculine + 'ne', masculine + 's', masculine + 'nes');
	if (masculine.endsWith('on')) return forms(masculine + 'ne', masculine + 's', masculine + 'nes');
	if (masculine.endsWith('al'))
		return forms(masculine + 'e', masculine.slice(0, -1) + 'ux', masculine + 'es');
	return forms(masculine + 'e', masculine + 's', masculine + 'es');
}

/** Each listed masculine singular is inflected; « turc/turque/turcs/turques » gives irregular forms in full. */
export function frenchForms(listed: string[]): string[] {
	return listed.flatMap((form) =>
		form.includes('/') ? form.split('/').map((f) => f.trim()) : inflectFrenchAdjective(form)
	);
}

/**
 * English demonyms with the plural that names the people ("Palestinian" → "Palestinians",
 * "Thai" → "Thais"). A demonym's plural is regular (+s); the irregular ones ("Manxmen",
 * "Frenchmen") are listed by the Factbook, and forms that name no countable person are left
 * alone (-ese, -ic and sibilant endings: "Chinese", "Icelandic", "British", "Swiss"). Not
 * pluralize: it makes "German" "Germen".
 */
export function englishForms(listed: string[]): string[] {
	return [
		...new Set(
			listed.flatMap((form) =>
				/(?:ese|ic|[sxz.]|sh|ch|(?<!r)man|men)$/i.test(form) ? [form] : [form, `${form}s`]
			)
		)
	];
}

let allNames: Record<'fr' | 'en', Record<string, string[]>> | undefined;

/** The library's French and English names of a country (alpha-3), the preferred first. */
export function libraryNames(alpha3: string): { fr: string[]; en: string[] } {
	const alpha2 = isoCountries.alpha3ToAlpha2(alpha3);
	if (!alpha2) return { fr: [], en: [] };
	// getNames builds the whole table on each call: once is enough.
	allNames ??= {
		fr: isoCountries.getNames('fr', { select: 'all' }) as Record<string, string[]>,
		en: isoCountries.getNames('en', { select: 'all' }) as Record<string, string[]>
	};
	return { fr: allNames.fr[alpha2] ?? [], en: allNames.en[alpha2] ?? [] };
}

export function libraryCodes(): string[] {
	return Object.keys(isoCountries.getAlpha3Codes());
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/**
 * What a reader may type for a country beyond its two display names: its other names and
 * short forms ("PRC", « République populaire de Chine ») and the seats that stand for its
 * government (« Pékin », "Beijing"); not its adjectives. Names the text matcher excludes as
 * ambiguous are left out here too.
 */
export function countryAliases(entry: CountryEntry): string[] {
	const shown = new Set([entry.name.fr, entry.name.en]);
	const excluded = new Set(entry.exclude);
	return union(entry.names, entry.seats).filter((f) => !shown.has(f) && !excluded.has(f));
}

/**
 * Every ISO 3166-1 country from the library, completed by the override layers in precedence
 * order (data/gazetteer/countries.yaml first): the first layer that names a country's display
 * name wins; names, seats, places, adjectives and exclusions add up.
 */
export function buildCountries(layers: Record<string, CountryOverride>[]): CountryEntry[] {
	const entries = new Map<string, CountryEntry>();
	for (const alpha3 of libraryCodes()) {
		const names = libraryNames(alpha3);
		if (!names.fr.length && !names.en.length) continue;
		entries.set(alpha3, {
			iso3: alpha3,
			name: { fr: names.fr[0] ?? alpha3, en: names.en[0] ?? alpha3 },
			names: [...names.fr, ...names.en],
			seats: [],
			places: [],
			adjectives: { fr: [], en: [] },
			exclude: []
		});
	}
	const named = new Set<string>();
	for (const layer of layers) {
		for (const [iso3, override] of Object.entries(layer)) {
			const entry = entries.get(iso3) ?? {
				iso3,
				name: override.name ?? { fr: iso3, en: iso3 },
				names: [],
				seats: [],
				places: [],
				adjectives: { fr: [], en: [] },
				exclude: []
			};
			if (override.name && !named.has(iso3)) {
				entry.name = override.name;
				named.add(iso3);
			}
			entry.names = union(entry.names, override.names);
			entry.seats = union(entry.seats, override.seats);
			entry.places = union(entry.places, override.places);
			entry.adjectives = {
				fr: union(entry.adjectives.fr, frenchForms(override.adjectives?.fr ?? [])),
				en: union(entry.adjectives.en, englishForms(override.adjectives?.en ?? []))
			};
			entry.exclude = union(entry.exclude, override.exclude);
			if (override.historical) entry.historical = true;
			entries.set(iso3, entry);
		}
	}
	return [...entries.values()].sort((a, b) => a.iso3.localeCompare(b.iso3));
}
