// Long lists (a selection's evidence, an actor's relations) come a page at a time, so a page's
// size does not grow with the corpus; `?page=` names the page in the URL.

export const PAGE_SIZE = 20;

export interface Paged<T> {
	items: T[];
	/** 1-based. */
	page: number;
	pages: number;
	total: number;
}

export function paginate<T>(items: readonly T[], page: number, size = PAGE_SIZE): Paged<T> {
	const pages = Math.max(1, Math.ceil(items.length / size));
	const current = Math.min(Math.max(1, page), pages);
	return {
		items: items.slice((current - 1) * size, current * size),
		page: current,
		pages,
		total: items.length
	};
}

/** `?page=` as a page number (1 when absent), or a message saying what it must be. */
export function parsePage(raw: string | null): { page: number; problem?: string } {
	if (raw === null || raw === '') return { page: 1 };
	const n = Number(raw);
	if (Number.isInteger(n) && n >= 1 && n <= 1_000_000) return { page: n };
	return {
		page: 1,
		problem: `The page must be a whole number from 1, not ${JSON.stringify(raw.slice(0, 40))}.`
	};
}
