// A strict XML reader for tests: saxes checks well-formedness (XML 1.0 characters, matching
// tags, quoted and unique attributes, known entities, declared namespace prefixes) and throws
// at the first error; the document comes back as a small tree with namespace URIs resolved.
import { SaxesParser } from 'saxes';

export interface XmlElement {
	/** Local name (`color` for `viz:color`). */
	name: string;
	/** Namespace URI ('' when none). */
	uri: string;
	/** Attribute values by qualified name, as the parser decoded them. */
	attributes: Record<string, string>;
	children: XmlElement[];
	text: string;
}

/** The document element of `xml`; throws on any well-formedness or namespace error. */
export function parseXml(xml: string): XmlElement {
	const parser = new SaxesParser({ xmlns: true });
	const stack: XmlElement[] = [];
	let root: XmlElement | undefined;
	parser.on('error', (error) => {
		throw error;
	});
	parser.on('opentag', (tag) => {
		const element: XmlElement = {
			name: tag.local,
			uri: tag.uri,
			attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])),
			children: [],
			text: ''
		};
		stack.at(-1)?.children.push(element);
		root ??= element;
		stack.push(element);
	});
	parser.on('text', (text) => {
		const top = stack.at(-1);
		if (top) top.text += text;
	});
	parser.on('closetag', () => stack.pop());
	parser.write(xml).close();
	if (!root) throw new Error('no document element');
	return root;
}

/** Every element under `element` (itself included) with this local name, in document order. */
export function elements(element: XmlElement, name: string): XmlElement[] {
	return [
		...(element.name === name ? [element] : []),
		...element.children.flatMap((c) => elements(c, name))
	];
}

/** The first child of `element` with this local name and namespace. */
export const child = (element: XmlElement, name: string, uri?: string): XmlElement | undefined =>
	element.children.find((c) => c.name === name && (uri === undefined || c.uri === uri));
