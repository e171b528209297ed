// A rendered figure as plain data: elements, attributes and text. Svelte draws it back as
// elements with escaped text (never as markup), and it travels in page data for hydration.
import { xmlText } from '../formats/xml';

export interface SvgElementNode {
	tag: string;
	attrs: Record<string, string>;
	children: SvgNode[];
}
export type SvgNode = SvgElementNode | string;

/** The DOM interfaces the conversion reads: the browser's or a server-side implementation's. */
interface DomNode {
	nodeType: number;
	nodeName: string;
	textContent: string | null;
	childNodes: ArrayLike<DomNode>;
	attributes?: ArrayLike<{ name: string; value: string }>;
}

const ELEMENT = 1;
const TEXT = 3;
// Plot's stylesheet scopes rules to a generated class; ours (app.css) styles charts instead,
// and inline <style> would be text rendered into a style sheet.
const DROPPED = new Set(['style', 'script', 'foreignObject']);

export function svgTree(node: DomNode): SvgNode | undefined {
	if (node.nodeType === TEXT) return node.textContent ?? '';
	if (node.nodeType !== ELEMENT) return undefined;
	// SVG keeps the case of its names (clipPath); HTML elements report theirs in capitals.
	const tag = /^[A-Z]+$/.test(node.nodeName) ? node.nodeName.toLowerCase() : node.nodeName;
	if (DROPPED.has(tag)) return undefined;
	const attrs: Record<string, string> = {};
	for (const attribute of Array.from(node.attributes ?? [])) {
		// Event handler attributes never come from Plot; refuse them all the same.
		if (/^on/i.test(attribute.name) || attribute.name === 'xmlns') continue;
		if (/^\s*javascript:/i.test(attribute.value)) continue;
		attrs[attribute.name] = attribute.value;
	}
	const children: SvgNode[] = [];
	for (const child of Array.from(node.childNodes)) {
		const converted = svgTree(child);
		if (converted !== undefined && converted !== '') children.push(converted);
	}
	return { tag, attrs, children };
}

/** The tree as SVG markup, escaped: for downloads and snapshot tests. */
export function svgMarkup(node: SvgNode): string {
	if (typeof node === 'string') return escapeText(node);
	const attrs = Object.entries(node.attrs)
		.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
		.join('');
	const open =
		node.tag === 'svg' ? `<svg xmlns="http://www.w3.org/2000/svg"${attrs}` : `<${node.tag}${attrs}`;
	if (!node.children.length) return `${open}/>`;
	return `${open}>${node.children.map(svgMarkup).join('')}</${node.tag}>`;
}

// Characters XML forbids (a control character in an article's title) are dropped: a parser,
// Illustrator's or Inkscape's, would refuse the whole picture.
const escapeText = xmlText;
const escapeAttribute = (s: string) => xmlText(s).replace(/"/g, '&quot;');

/**
 * Renames the figure's ids (Plot numbers its arrow markers with a process-wide counter) to
 * `${prefix}-1`, `${prefix}-2`… and updates the references: the same figure always gives the
 * same markup, and two figures on one page never share an id.
 */
export function scopeIds(node: SvgNode, prefix: string): SvgNode {
	const renamed = new Map<string, string>();
	const collect = (n: SvgNode) => {
		if (typeof n === 'string') return;
		if (n.attrs.id && !renamed.has(n.attrs.id))
			renamed.set(n.attrs.id, `${prefix}-${renamed.size + 1}`);
		n.children.forEach(collect);
	};
	collect(node);
	if (!renamed.size) return node;
	const rewrite = (value: string) =>
		value.replace(/url\(#([^)]+)\)/g, (whole, id: string) =>
			renamed.has(id) ? `url(#${renamed.get(id)})` : whole
		);
	const apply = (n: SvgNode): SvgNode => {
		if (typeof n === 'string') return n;
		const attrs: Record<string, string> = {};
		for (const [k, v] of Object.entries(n.attrs))
			attrs[k] = k === 'id' ? (renamed.get(v) ?? v) : rewrite(v);
		return { tag: n.tag, attrs, children: n.children.map(apply) };
	};
	return apply(node);
}
