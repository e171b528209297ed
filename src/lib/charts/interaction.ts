// What makes a mark readable and selectable: a tooltip (a native <title> on the server, Plot's
// tip once scripts run) and a link that selects its row, so selection works without scripts.
// Plot's tip replaces the <title>, which named the mark for screen readers: with tips, the same
// words become each mark's aria-label, so the browser's redraw keeps the names.
import type { PlotLayout } from './types';

export function interactive<T>(
	layout: PlotLayout,
	key: (d: T) => string,
	title: (d: T) => string
): {
	title: (d: T) => string;
	ariaLabel?: (d: T) => string;
	href?: (d: T) => string;
	target?: string;
	tip?: true;
} {
	const href = layout.href;
	return {
		title,
		...(href ? { href: (d: T) => href(key(d)) } : {}),
		...(href && layout.target ? { target: layout.target } : {}),
		...(layout.tips ? { tip: true as const, ariaLabel: title } : {})
	};
}

/** The link that selects a row: the same chart, the same filters, this row. */
export function selectHref(base: string, query: string, key: string, page?: number): string {
	const params = new URLSearchParams(query);
	params.set('select', key);
	if (page !== undefined && page > 1) params.set('page', String(page));
	return `${base}?${params.toString()}`;
}
