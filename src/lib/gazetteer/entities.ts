// Entity records for every gazetteer actor, keyed by id (countries by alpha-3 code).
import type { Entity } from '../types';
import { ROLE_LABELS } from '../i18n/roleLabels';
import type { Gazetteer, RoleEntry } from './schema';

function unique(values: string[]): string[] {
	return [...new Set(values)];
}

/**
 * The role held on `date` (the last listed of those), or with no date the role held now: the
 * last of those still open (no `to`), else the last listed. A role a source closed is not
 * current: Phoenix's RUSGOV "official" for Lavrov, closed when its dictionary was (2014), is
 * listed after the curated foreign minister and had hidden it.
 */
export function currentRole(roles: RoleEntry[], date?: string): RoleEntry | undefined {
	const valid = date
		? roles.filter((r) => (!r.from || r.from <= date) && (!r.to || date < r.to))
		: roles.filter((r) => !r.to);
	return valid[valid.length - 1] ?? roles[roles.length - 1];
}

export function buildEntities(gazetteer: Gazetteer): Map<string, Entity> {
	const entities = new Map<string, Entity>();
	for (const c of gazetteer.countries) {
		entities.set(c.iso3, {
			id: c.iso3,
			type: 'country',
			name: c.name.en,
			names: c.name,
			iso3: c.iso3,
			...(c.historical ? { historical: true } : {})
		});
	}
	for (const p of gazetteer.people) {
		const role = currentRole(p.roles);
		entities.set(p.id, {
			id: p.id,
			type: 'person',
			name: p.name.en,
			names: p.name,
			aliases: unique(p.aliases),
			...(p.country ? { country: p.country } : {}),
			...(role
				? {
						role: role.title?.en ?? role.role,
						roleNames: role.title ?? ROLE_LABELS[role.role]
					}
				: {}),
			...(p.affiliation ? { affiliation: p.affiliation } : {})
		});
	}
	for (const o of gazetteer.organizations) {
		entities.set(o.id, {
			id: o.id,
			type: 'organization',
			name: o.name.en,
			names: o.name,
			aliases: unique(o.aliases),
			...(o.country ? { country: o.country } : {}),
			...(o.kind ? { kind: o.kind } : {})
		});
	}
	for (const p of gazetteer.projects) {
		entities.set(p.id, {
			id: p.id,
			type: 'project',
			name: p.name.en,
			names: p.name,
			aliases: unique(p.aliases),
			...(p.kind ? { kind: p.kind } : {})
		});
	}
	for (const g of gazetteer.groups) {
		entities.set(g.id, {
			id: g.id,
			type: 'group',
			name: g.name.en,
			names: g.name,
			aliases: unique(g.aliases)
		});
	}
	return entities;
}
