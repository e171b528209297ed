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

function libraryNames(alpha2: string, lang: 'fr' | 'en'): string[] {
	const all = isoCountries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
	return all[alpha2] ?? [];
}

export function buildCountries(overrides: Record<string, CountryOverride>): CountryEntry[] {
	const entries = new Map<string, CountryEntry>();
	for (const alpha3 of Object.keys(isoCountries.getAlpha3Codes())) {
		const alpha2 = isoCountries.alpha3ToAlpha2(alpha3);
		if (!alpha2) continue;
		const frNames = libraryNames(alpha2, 'fr');
		const enNames = libraryNames(alpha2, 'en');
		entries.set(alpha3, {
			iso3: alpha3,
			name: { fr: frNames[0] ?? alpha3, en: enNames[0] ?? alpha3 },
			names: [...frNames, ...enNames],
			seats: [],
			adjectives: { fr: [], en: [] },
			exclude: []
		});
	}
	for (const [iso3, override] of Object.entries(overrides)) {
		const entry = entries.get(iso3) ?? {
			iso3,
			name: override.name ?? { fr: iso3, en: iso3 },
			names: [],
			seats: [],
			adjectives: { fr: [], en: [] },
			exclude: []
		};
		if (override.name) entry.name = override.name;
		entry.names = [...entry.names, ...override.names];
		entry.seats = [...override.seats];
		entry.adjectives = {
			fr: frenchForms(override.adjectives?.fr ?? []),
			en: override.adjectives?.en ?? []
		};
		entry.exclude = override.exclude;
		if (override.historical) entry.historical = true;
		entries.set(iso3, entry);
	}
	return [...entries.values()].sort((a, b) => a.iso3.localeCompare(b.iso3));
}
