// Reads the TABARI/PETRARCH actor dictionaries (Phoenix.Countries.actors.txt,
// Phoenix.International.actors.txt; format in the vendor's dictionaries.rst): an entry is a
// name line, `+` synonym lines, then code lines such as `[FRAGOV 950517-070516]`.

export interface PhoenixSpan {
	/** CAMEO actor code: FRAGOV, IGOUNOIAE… */
	code: string;
	from?: string;
	to?: string;
}

export interface PhoenixEntry {
	/** Names as written in the file, underscores for spaces, upper case. */
	names: string[];
	spans: PhoenixSpan[];
	/** Line of the entry's first name in the file (1-based). */
	line: number;
	/** The closest `# …` heading above the entry (« # U.S. Presidents »), if any. */
	section?: string;
	comment?: string;
}

/** TABARI dates: YYMMDD (two-digit years up to 14 are 20YY: the file stops in early 2014) or YYYYMMDD. */
export function phoenixDate(raw: string): string | undefined {
	const digits = raw.trim();
	let year: number;
	let rest: string;
	if (/^\d{8}$/.test(digits)) {
		year = Number(digits.slice(0, 4));
		rest = digits.slice(4);
	} else if (/^\d{6}$/.test(digits)) {
		const yy = Number(digits.slice(0, 2));
		year = yy <= 14 ? 2000 + yy : 1900 + yy;
		rest = digits.slice(2);
	} else return undefined;
	const month = Number(rest.slice(0, 2));
	const day = Number(rest.slice(2, 4));
	if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCDate() !== day) return undefined;
	return `${year}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

const CODE = /\[([A-Z]{3,}|---)(?:\s+([<>]?\s*\d{6,8})?(?:\s*-\s*(\d{6,8}))?)?\s*\]/g;

function parseSpans(text: string): PhoenixSpan[] {
	const spans: PhoenixSpan[] = [];
	for (const m of text.matchAll(CODE)) {
		const code = m[1] as string;
		if (code === '---') continue;
		const first = m[2]?.replace(/\s+/g, '');
		const second = m[3];
		const span: PhoenixSpan = { code };
		if (first?.startsWith('>')) span.from = phoenixDate(first.slice(1));
		else if (first?.startsWith('<')) span.to = phoenixDate(first.slice(1));
		else if (first) {
			span.from = phoenixDate(first);
			if (second) span.to = phoenixDate(second);
		}
		// A malformed date (« 2004017 ») leaves the span undated rather than wrongly dated.
		if ((first && !span.from && !span.to) || (second && !span.to)) {
			delete span.from;
			delete span.to;
			(span as PhoenixSpan & { malformed?: true }).malformed = true;
		}
		spans.push(span);
	}
	return spans;
}

function cleanName(raw: string): string {
	return raw.trim().replace(/^\+/, '').replace(/_+$/, '').replace(/\s+/g, '_').trim();
}

/**
 * Entries in file order. A name line without `+` right after a name line of an entry that has
 * no codes yet is a synonym written without its `+` (« BORIS_N._YELTSIN » under Yeltsin).
 */
export function parsePhoenix(text: string): PhoenixEntry[] {
	const entries: PhoenixEntry[] = [];
	let current: PhoenixEntry | undefined;
	let section: string | undefined;
	let previousWasName = false;
	text.split(/\r?\n/).forEach((rawLine, index) => {
		const hash = rawLine.indexOf('#');
		const body = (hash >= 0 ? rawLine.slice(0, hash) : rawLine).replace(/\s+$/, '');
		const comment = hash >= 0 ? rawLine.slice(hash + 1).trim() : undefined;
		if (!body.trim()) {
			if (hash === 0 && comment && /\w/.test(comment)) section = comment;
			previousWasName = false;
			return;
		}
		const codeStart = body.indexOf('[');
		const namePart = codeStart >= 0 ? body.slice(0, codeStart) : body;
		const spans = codeStart >= 0 ? parseSpans(body.slice(codeStart)) : [];
		const name = cleanName(namePart);
		if (name) {
			const synonym = /^\s*\+/.test(namePart) || (previousWasName && current?.spans.length === 0);
			if (synonym && current) current.names.push(name);
			else {
				current = { names: [name], spans: [], line: index + 1 };
				if (section) current.section = section;
				if (comment) current.comment = comment;
				entries.push(current);
			}
		}
		if (current) current.spans.push(...spans);
		previousWasName = !!name && !spans.length;
	});
	return entries;
}
