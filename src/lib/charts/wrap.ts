// Line breaking for chart text, which SVG does not do by itself.

/** Greedy word wrap for a font whose average glyph is `em` × 0.55 wide. */
export function wrap(text: string, width: number, fontSize: number): string[] {
	const perLine = charsPerLine(width, fontSize);
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && line.length + 1 + word.length > perLine) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

function charsPerLine(width: number, fontSize: number): number {
	return Math.max(12, Math.floor(width / (fontSize * 0.55)));
}

/** At most `maxLines` wrapped lines; the last one ends with « … » when text was left out. */
export function wrapClamped(
	text: string,
	width: number,
	fontSize: number,
	maxLines: number
): string[] {
	const lines = wrap(text, width, fontSize);
	if (lines.length <= maxLines) return lines;
	const perLine = charsPerLine(width, fontSize);
	const last = lines.slice(maxLines - 1).join(' ');
	return [...lines.slice(0, maxLines - 1), `${last.slice(0, perLine - 1).trimEnd()}…`];
}

/**
 * Axis labels wrapped to `width` px of 12 px text (two lines at most), for Plot's tickFormat;
 * `lines` is the most any label takes, for the room the axis needs.
 */
export function wrapTicks(
	labels: string[],
	width: number
): { format: (label: string) => string; lines: number } {
	const wrapped = new Map(labels.map((l) => [l, wrapClamped(l, width, 12, 2)]));
	return {
		format: (label) => wrapped.get(label)?.join('\n') ?? label,
		lines: Math.max(1, ...[...wrapped.values()].map((l) => l.length))
	};
}
