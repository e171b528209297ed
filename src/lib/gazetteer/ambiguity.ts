// A name, alias, seat or adjective must name one actor of its kind: « américaine » the United
// States only, "Kingston" no capital at all (Jamaica's and Norfolk Island's). Actors of
// different kinds may share a form (a person over an organisation over a country decides).
import type { EntityType } from '../types';
import { foldText } from '../text/fold';

export interface FormClaim {
	form: string;
	entity: string;
	type: EntityType;
	/** data/gazetteer/… file, or the library's name. */
	file: string;
	/** The line, looked up only when the claim is reported (a positioned parse is slow). */
	line?: () => number | undefined;
}

export interface AmbiguousForm {
	form: string;
	first: FormClaim;
	second: FormClaim;
}

const where = (c: FormClaim) => {
	const line = c.line?.();
	return `${c.file}${line ? `:${line}` : ''}`;
};

export function describeAmbiguity(a: AmbiguousForm): string {
	return `"${a.second.form}" names both ${a.second.entity} and ${a.first.entity} (${where(a.first)}): an alias must name one ${a.second.type}; keep it in one entry (or, for a country, list it under exclude)`;
}

/** Every folded form claimed by two actors of the same type, in the order the claims come. */
export function findAmbiguousForms(claims: Iterable<FormClaim>, excluded = new Set<string>()) {
	const seen = new Map<string, FormClaim[]>();
	const found: AmbiguousForm[] = [];
	for (const claim of claims) {
		const key = foldText(claim.form.trim());
		if (excluded.has(key)) continue;
		const earlier = seen.get(key) ?? [];
		const rival = earlier.find((c) => c.type === claim.type && c.entity !== claim.entity);
		if (rival) found.push({ form: key, first: rival, second: claim });
		earlier.push(claim);
		seen.set(key, earlier);
	}
	return found;
}
