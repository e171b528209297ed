// Escaping for the XML downloads (GEXF, GraphML): any user text — an actor's name, a quote, a
// role — becomes character data or an attribute value, never markup. XML 1.0 also forbids most
// control characters outright (a parser stops at them), so they are dropped.

/** Characters XML 1.0 does not allow anywhere (§2.2), lone surrogates included. */
const NOT_XML =
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` as XML character data: `&`, `<`, `>` escaped, a carriage return as a character
 * reference (a parser would turn a literal one into a line feed), forbidden characters dropped.
 */
export function xmlText(text: string): string {
	return text
		.replace(NOT_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/\r/g, '&#13;');
}

/**
 * `value` as a double-quoted XML attribute value: as {@link xmlText}, plus `"` escaped and tabs
 * and line breaks as character references (a parser would otherwise turn them into spaces).
 */
export function xmlAttr(value: string): string {
	return xmlText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
