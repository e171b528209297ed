// A chart's server-drawn figure goes into the page's HTML once. SvelteKit serialises everything a
// load returns for hydration, so the figure's tree would travel twice (as markup and as data):
// instead the load keeps the figure's markup beside the request, the page holds an empty slot,
// and the hook fills the slot as the HTML is sent. Scripts redraw the figure from its rows with
// Plot, so hydration never needs the tree. The markup is the escaped serialisation the
// downloads use (svgMarkup): text and attribute values are escaped, never raw input.
import { svgMarkup, type SvgNode } from '../charts/svgTree';

const SLOT = /(<div [^>]*data-figure="(f\d+)"[^>]*>)(<\/div>)/g;

/** Keeps the figure for the response and answers the slot's key (the view then drops `svg`). */
export function detachFigure(locals: App.Locals, svg: SvgNode | undefined): string | undefined {
	if (!svg) return undefined;
	locals.figures ??= new Map();
	const key = `f${locals.figures.size + 1}`;
	locals.figures.set(key, svgMarkup(svg));
	return key;
}

/** A chart view with its figures kept beside the response: `figure` names the slot of the
 * one drawn at the view's width, `narrowFigure` and `printFigure` those of its alternates. */
export function withDetachedFigure<
	V extends { svg?: SvgNode; narrowSvg?: SvgNode; printSvg?: SvgNode }
>(
	locals: App.Locals,
	view: V
): Omit<V, 'svg' | 'narrowSvg' | 'printSvg'> & {
	figure?: string;
	narrowFigure?: string;
	printFigure?: string;
} {
	const { svg, narrowSvg, printSvg, ...rest } = view;
	const figure = detachFigure(locals, svg);
	const narrowFigure = detachFigure(locals, narrowSvg);
	const printFigure = detachFigure(locals, printSvg);
	return {
		...rest,
		...(figure ? { figure } : {}),
		...(narrowFigure ? { narrowFigure } : {}),
		...(printFigure ? { printFigure } : {})
	};
}

/** Fills each slot of the HTML with its figure. */
export function fillFigures(
	html: string,
	figures: ReadonlyMap<string, string> | undefined
): string {
	if (!figures?.size) return html;
	return html.replace(SLOT, (whole, open: string, key: string, close: string) => {
		const markup = figures.get(key);
		return markup === undefined ? whole : `${open}${markup}${close}`;
	});
}
