// Generated corpora for `npm run bench:scale` and the payload-bound tests: articles in the
// founding articles' style (3–4 KB, French and English, 3–8 actors, dates 2015–2025), with
// hundreds of countries (every ISO 3166 name), people found by the usual news patterns and
// organisations added to a copy of the gazetteer. The same seed gives the same files.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };

isoCountries.registerLocale(en);
isoCountries.registerLocale(fr);

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T =>
	list[Math.floor(random() * list.length)] as T;

interface Country {
	iso3: string;
	en: string;
	fr: string;
}
interface Person {
	name: string;
	country: Country;
	role: 'president' | 'foreign';
}
interface Organization {
	id: string;
	en: string;
	fr: string;
}
interface Actors {
	countries: Country[];
	people: Person[];
	organizations: Organization[];
}

const FIRST = [
	'Amani',
	'Jonas',
	'Elena',
	'Mateo',
	'Soraya',
	'Idris',
	'Nadia',
	'Tomas',
	'Leila',
	'Viktor',
	'Ines',
	'Kwame',
	'Ana',
	'Rashid',
	'Mira',
	'Pavel',
	'Lucia',
	'Omar',
	'Hana',
	'Bruno',
	'Zara',
	'Felix',
	'Aylin',
	'Dario',
	'Yusuf',
	'Irene',
	'Kenji',
	'Sofia',
	'Malik',
	'Greta'
];
const LAST = [
	'Otieno',
	'Lindqvist',
	'Morales',
	'Haddad',
	'Kovacs',
	'Mensah',
	'Petrenko',
	'Okafor',
	'Barros',
	'Nakamura',
	'Costa',
	'Rahimi',
	'Horvath',
	'Dumont',
	'Sato',
	'Abdi',
	'Novak',
	'Ferreira',
	'Kaya',
	'Mwangi',
	'Silva',
	'Jansen',
	'Tanaka',
	'Amadou',
	'Ivanova',
	'Reyes',
	'Bakr',
	'Nilsen',
	'Duarte',
	'Osei',
	'Varga',
	'Lund',
	'Castro',
	'Sall',
	'Park',
	'Ortiz'
];
const ORG_THEMES = [
	['Energy', 'de l’énergie'],
	['Trade', 'du commerce'],
	['Security', 'de la sécurité'],
	['Water', 'de l’eau'],
	['Grain', 'des céréales'],
	['Maritime', 'maritime'],
	['Digital', 'du numérique'],
	['Health', 'de la santé'],
	['Rail', 'du rail'],
	['Climate', 'du climat'],
	['Mining', 'des mines'],
	['Finance', 'de la finance']
] as const;
const ORG_REGIONS = [
	['Sahel', 'du Sahel'],
	['Baltic', 'balte'],
	['Andean', 'andin'],
	['Caspian', 'caspien'],
	['Mekong', 'du Mékong'],
	['Danube', 'du Danube'],
	['Gulf', 'du Golfe'],
	['Pacific', 'du Pacifique'],
	['Arctic', 'arctique'],
	['Nile', 'du Nil'],
	['Alpine', 'alpin'],
	['Amazon', 'amazonien'],
	['Adriatic', 'adriatique']
] as const;

/** Countries whose plain names read well in running text (no comma, no parenthesis). */
function countries(): Country[] {
	const names = isoCountries.getNames('en');
	return Object.keys(names)
		.sort()
		.map((alpha2) => ({
			iso3: isoCountries.alpha2ToAlpha3(alpha2) ?? alpha2,
			en: isoCountries.getName(alpha2, 'en') ?? '',
			fr: isoCountries.getName(alpha2, 'fr') ?? ''
		}))
		.filter((c) => c.en && c.fr && !/[,()]/.test(c.en + c.fr) && c.en.length < 24);
}

function actors(random: Random): Actors {
	const all = countries();
	const people: Person[] = [];
	const names = new Set<string>();
	for (const first of FIRST)
		for (const last of LAST) {
			if (random() > 0.6) continue;
			const name = `${first} ${last}`;
			if (names.has(name)) continue;
			names.add(name);
			people.push({
				name,
				country: pick(random, all),
				role: random() < 0.5 ? 'president' : 'foreign'
			});
		}
	const organizations: Organization[] = [];
	for (const [themeEn, themeFr] of ORG_THEMES)
		for (const [regionEn, regionFr] of ORG_REGIONS)
			organizations.push({
				id: `gen-${regionEn}-${themeEn}`.toLowerCase(),
				en: `${regionEn} ${themeEn} Council`,
				fr: `Conseil ${regionFr} ${themeFr}`
			});
	return { countries: all, people, organizations };
}

const MONTHS = {
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	],
	fr: [
		'janvier',
		'février',
		'mars',
		'avril',
		'mai',
		'juin',
		'juillet',
		'août',
		'septembre',
		'octobre',
		'novembre',
		'décembre'
	]
} as const;

type Lang = 'en' | 'fr';
type Actor =
	| { kind: 'country'; c: Country }
	| { kind: 'person'; p: Person }
	| { kind: 'org'; o: Organization };

function fullName(a: Actor, lang: Lang): string {
	if (a.kind === 'country') return a.c[lang];
	if (a.kind === 'org') return lang === 'en' ? `the ${a.o.en}` : `le ${a.o.fr}`;
	const p = a.p;
	if (lang === 'en')
		return p.role === 'president'
			? `the President of ${p.country.en} ${p.name}`
			: `the Foreign Minister of ${p.country.en} ${p.name}`;
	return p.role === 'president'
		? `le président de ${p.country.fr} ${p.name}`
		: `le ministre des Affaires étrangères de ${p.country.fr} ${p.name}`;
}
const shortName = (a: Actor, lang: Lang) =>
	a.kind === 'person' ? a.p.name : a.kind === 'country' ? a.c[lang] : fullName(a, lang);

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const SENTENCES: Record<Lang, ((a: string, b: string, date: string) => string)[]> = {
	en: [
		(a, b, d) => `${a} met ${b} on ${d} to discuss trade and regional security.`,
		(a, b, d) => `${a} visited ${b} on ${d}, the first such trip in years.`,
		(a, b, d) => `On ${d}, ${a} signed an agreement with ${b} on energy and transport.`,
		(a, b) => `${a} expressed its support for ${b} in the negotiations.`,
		(a, b) => `${a} congratulated ${b} on the outcome of the vote.`,
		(a, b) => `${a} criticized ${b} for its position on the border dispute.`,
		(a, b, d) => `On ${d}, ${a} imposed sanctions on ${b}.`,
		(a, b) => `${a} supplies ${b} with grain and fertiliser.`,
		(a, b, d) => `${a} held talks with ${b} on ${d}.`
	],
	fr: [
		(a, b, d) => `${a} a rencontré ${b} le ${d} pour évoquer le commerce et la sécurité régionale.`,
		(a, b, d) =>
			`${a} s’est rendu en visite auprès de ${b} le ${d}, une première depuis des années.`,
		(a, b, d) => `Le ${d}, ${a} a signé un accord avec ${b} sur l’énergie et les transports.`,
		(a, b) => `${a} a apporté son soutien à ${b} dans les négociations.`,
		(a, b) => `${a} a félicité ${b} pour le résultat du scrutin.`,
		(a, b) => `${a} a critiqué ${b} pour sa position sur le différend frontalier.`,
		(a, b, d) => `Le ${d}, ${a} a imposé des sanctions à ${b}.`,
		(a, b) => `${a} fournit des céréales et des engrais à ${b}.`,
		(a, b, d) => `${a} a mené des entretiens avec ${b} le ${d}.`
	]
};
const FILLER: Record<Lang, string[]> = {
	en: [
		'Analysts in the region describe a relationship that has grown steadily over the past decade, driven by trade, infrastructure and a shared wish to weigh more in international forums.',
		'Officials on both sides stressed the practical results of the cooperation, from new rail links to joint research programmes, while avoiding the most sensitive questions.',
		'The talks come at a time of rising tension on several fronts, and diplomats expect the coming months to test the commitments made today.',
		'Observers noted that the joint statement was carefully worded, leaving room for each government to present the outcome to its own public.',
		'Trade between the partners has doubled since 2015, according to figures published by the customs services, though the balance remains uneven.'
	],
	fr: [
		'Les analystes de la région décrivent une relation qui s’est renforcée au cours de la dernière décennie, portée par le commerce, les infrastructures et la volonté commune de peser davantage dans les enceintes internationales.',
		'Les responsables des deux côtés ont souligné les résultats concrets de la coopération, des nouvelles liaisons ferroviaires aux programmes de recherche communs, en évitant les questions les plus sensibles.',
		'Ces discussions interviennent dans un contexte de tensions croissantes sur plusieurs fronts, et les diplomates s’attendent à ce que les prochains mois mettent à l’épreuve les engagements pris.',
		'Les observateurs ont relevé que la déclaration commune était soigneusement formulée, laissant à chaque gouvernement la possibilité de présenter le résultat à sa propre opinion.',
		'Les échanges entre les partenaires ont doublé depuis 2015, selon les chiffres publiés par les services des douanes, même si la balance reste déséquilibrée.'
	]
};

export interface GeneratedArticle {
	file: string;
	content: string;
}

function article(random: Random, all: Actors, index: number): GeneratedArticle {
	const lang: Lang = random() < 0.5 ? 'fr' : 'en';
	const year = 2015 + Math.floor(random() * 11);
	const month = Math.floor(random() * 12);
	const dayOfMonth = 1 + Math.floor(random() * 28);
	const date = `${year}-${String(month + 1).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
	const count = 3 + Math.floor(random() * 6);
	const cast: Actor[] = [];
	const seen = new Set<string>();
	while (cast.length < count) {
		const roll = random();
		const actor: Actor =
			roll < 0.5
				? { kind: 'country', c: pick(random, all.countries) }
				: roll < 0.85
					? { kind: 'person', p: pick(random, all.people) }
					: { kind: 'org', o: pick(random, all.organizations) };
		const key =
			actor.kind === 'country' ? actor.c.iso3 : actor.kind === 'person' ? actor.p.name : actor.o.id;
		if (seen.has(key)) continue;
		seen.add(key);
		cast.push(actor);
	}
	const introduced = new Set<Actor>();
	const name = (a: Actor) => {
		const first = !introduced.has(a);
		introduced.add(a);
		return first ? fullName(a, lang) : shortName(a, lang);
	};
	const eventDate = () => {
		const d = 1 + Math.floor(random() * 28);
		const m = Math.max(0, month - Math.floor(random() * 4));
		return lang === 'en' ? `${d} ${MONTHS.en[m]} ${year}` : `${d} ${MONTHS.fr[m]} ${year}`;
	};
	const paragraphs: string[] = [];
	let length = 0;
	const target = 3000 + Math.floor(random() * 1000);
	while (length < target) {
		const sentences: string[] = [];
		for (let i = 0; i < 3; i++) {
			const a = pick(random, cast);
			let b = pick(random, cast);
			while (b === a) b = pick(random, cast);
			sentences.push(cap(pick(random, SENTENCES[lang])(name(a), name(b), eventDate())));
		}
		sentences.push(pick(random, FILLER[lang]));
		const paragraph = sentences.join(' ');
		paragraphs.push(paragraph);
		length += paragraph.length + 2;
	}
	const first = cast[0] as Actor;
	const second = cast[1] as Actor;
	const title =
		lang === 'en'
			? `${cap(shortName(first, 'en'))} and ${shortName(second, 'en')}: a partnership under strain`
			: `${cap(shortName(first, 'fr'))} et ${shortName(second, 'fr')} : un partenariat à l’épreuve`;
	const id = `gen-${String(index).padStart(6, '0')}`;
	const content = [
		'---',
		`id: ${id}`,
		`title: ${JSON.stringify(title)}`,
		`date: ${date}`,
		`lang: ${lang}`,
		'source: Entente generated corpus',
		'---',
		paragraphs.join('\n\n'),
		''
	].join('\n');
	return { file: `${id}.md`, content };
}

/** `count` articles from `seed`: the same arguments always give the same texts. */
export function generateArticles(
	count: number,
	seed = 1
): { articles: GeneratedArticle[]; organizationsYaml: string } {
	const random = seededRandom(seed);
	const all = actors(random);
	const articles = Array.from({ length: count }, (_, i) => article(random, all, i));
	const organizationsYaml = all.organizations
		.map(
			(o) =>
				`- id: ${o.id}\n  kind: intergovernmental\n  name: { fr: ${JSON.stringify(o.fr)}, en: ${JSON.stringify(o.en)} }\n  aliases: []\n`
		)
		.join('');
	return { articles, organizationsYaml };
}

/**
 * Writes a data folder (as `ENTENTE_DATA_DIR` expects): a copy of `from` (the bundled data/,
 * unless the folder is that one), the generated organisations appended to its gazetteer, and
 * `count` generated articles.
 */
export async function writeCorpus(
	dir: string,
	count: number,
	seed = 1,
	from = path.resolve('data')
): Promise<void> {
	await mkdir(path.join(dir, 'articles'), { recursive: true });
	// Everything the bundled data/ holds (articles, curation, gazetteer, lexicons).
	if (path.resolve(from) !== path.resolve(dir)) await cp(from, dir, { recursive: true });
	const { articles, organizationsYaml } = generateArticles(count, seed);
	const orgFile = path.join(dir, 'gazetteer', 'organizations.yaml');
	await writeFile(orgFile, `${await readFile(orgFile, 'utf8')}\n${organizationsYaml}`);
	for (const a of articles) await writeFile(path.join(dir, 'articles', a.file), a.content);
}
