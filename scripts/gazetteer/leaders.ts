// Heads of state and government as of 2026 from the Factbook extract, as gazetteer people:
// one entry per person (a president who also heads the government has both roles), names in
// their usual form (« Gustavo Petro » for « Gustavo Francisco PETRO Urrego », the full name
// an alias), the Factbook's title and "since" date on each role.
import type { PersonEntry, RoleEntry } from '../../src/lib/gazetteer/schema';
import type { FactbookCountry } from './factbook';

// The Factbook's titles in French; others fall back on the role.
const FRENCH_TITLES: Record<string, string> = {
	President: 'président',
	'Prime Minister': 'Premier ministre',
	Premier: 'Premier ministre',
	King: 'roi',
	Queen: 'reine',
	Emir: 'émir',
	Amir: 'émir',
	Sultan: 'sultan',
	Chancellor: 'chancelier',
	'Federal Chancellor': 'chancelier fédéral',
	Pope: 'pape',
	Emperor: 'empereur',
	'Grand Duke': 'grand-duc',
	Prince: 'prince',
	Taoiseach: 'Taoiseach',
	'Supreme Leader': 'Guide suprême',
	'Head of State': 'chef de l’État',
	'Head of Government': 'chef du gouvernement'
};

export interface LeaderInput {
	countries: FactbookCountry[];
	sovereign: Set<string>;
	countryName: (iso3: string) => { fr: string; en: string };
}

export interface LeaderEntry extends PersonEntry {
	/** Every written form the Factbook gives (full and short), for linking to other files. */
	forms: string[];
}

export function factbookLeaders(input: LeaderInput): LeaderEntry[] {
	const people: LeaderEntry[] = [];
	for (const c of input.countries) {
		if (!input.sovereign.has(c.iso3)) continue;
		const country = input.countryName(c.iso3);
		for (const leader of c.leaders) {
			if (/co-chiefs|Captains? Regent/i.test(leader.title)) continue; // San Marino's two, for six months
			const frTitle = FRENCH_TITLES[leader.title];
			// A monarch known by one name is matched with the title: "King Philippe", never
			// « Philippe » alone (a first name).
			const mononym = !leader.name.includes(' ');
			const display = mononym ? `${leader.title} ${leader.name}` : (leader.short ?? leader.name);
			// One person may lead several states (Charles III, the co-princes of Andorra).
			const existing = people.find((p) => p.forms.includes(leader.name));
			const role: RoleEntry = {
				role: leader.role,
				title: {
					en: `${leader.title} of ${country.en}`,
					fr: `${frTitle ?? (leader.role === 'head-of-state' ? 'chef de l’État' : 'chef du gouvernement')} (${country.fr})`
				},
				country: c.iso3,
				...(leader.since ? { from: leader.since } : {}),
				source: `CIA World Factbook 2026, ${leader.role === 'head-of-state' ? 'chief of state' : 'head of government'}`
			};
			if (existing) {
				existing.roles.push(role);
				continue;
			}
			people.push({
				id: '',
				name: { fr: display, en: display },
				aliases: mononym
					? frTitle
						? [`${frTitle} ${leader.name}`]
						: []
					: display === leader.name
						? []
						: [leader.name],
				country: c.iso3,
				roles: [role],
				forms: [leader.name, ...(leader.short ? [leader.short] : [])]
			});
		}
	}
	return people;
}
