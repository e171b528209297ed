// A person's office in the view's language: the gazetteer's title when it gives one (« président
// de la Russie »), else the office's name; English data (exports, search) keep `role`.
import type { RoleKey } from '../gazetteer/roleKeys';
import type { LocalizedName } from '../types';
import type { Locale } from './locale';

export const ROLE_LABELS: Record<RoleKey, LocalizedName> = {
	'head-of-state': { en: 'head of state', fr: 'chef d’État' },
	'head-of-government': { en: 'head of government', fr: 'chef de gouvernement' },
	'foreign-minister': { en: 'foreign minister', fr: 'ministre des Affaires étrangères' },
	'defence-minister': { en: 'defence minister', fr: 'ministre de la Défense' },
	minister: { en: 'minister', fr: 'ministre' },
	adviser: { en: 'adviser', fr: 'conseiller' },
	spokesperson: { en: 'spokesperson', fr: 'porte-parole' },
	expert: { en: 'expert', fr: 'expert' },
	diplomat: { en: 'diplomat', fr: 'diplomate' },
	official: { en: 'official', fr: 'responsable' }
};

/** The role in `locale`: its names when known, else the stored (English) role. */
export const roleIn = (
	entity: { role?: string; roleNames?: LocalizedName },
	locale: Locale
): string | undefined => entity.roleNames?.[locale] ?? entity.role;
