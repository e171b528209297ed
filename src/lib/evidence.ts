// Evidence shown in its sentence, with the quoted words and the actors' mentions marked:
// plain segments the components render as text (never as markup).
import { sentenceSpans } from './text/sentences';
import type { Evidence, Language, Mention } from './types';

export interface Segment {
	text: string;
	mark?: 'quote' | 'actor';
}

export interface EvidenceView {
	article: string;
	start: number;
	end: number;
	segments: Segment[];
}

/** The evidence's sentence(s), split into marked and unmarked segments. */
export function evidenceView(
	text: string,
	lang: Language,
	evidence: Evidence,
	mentions: readonly Mention[],
	actors: ReadonlySet<string>
): EvidenceView {
	const spans = sentenceSpans(text, lang);
	const first = spans.find((s) => s.end > evidence.start) ?? {
		start: evidence.start,
		end: evidence.end
	};
	const last = [...spans].reverse().find((s) => s.start < evidence.end) ?? first;
	const start = Math.min(first.start, evidence.start);
	const end = Math.max(last.end, evidence.end);
	const marks: { start: number; end: number; mark: 'quote' | 'actor' }[] = [];
	if (evidence.start > start || evidence.end < end)
		marks.push({ start: evidence.start, end: evidence.end, mark: 'quote' });
	for (const m of mentions) {
		if (m.article === evidence.article && actors.has(m.entity) && m.start >= start && m.end <= end)
			marks.push({ start: m.start, end: m.end, mark: 'actor' });
	}
	// Actor marks nest inside the quote mark: cut the text at every boundary.
	const cuts = [...new Set([start, end, ...marks.flatMap((m) => [m.start, m.end])])].sort(
		(a, b) => a - b
	);
	const segments: Segment[] = [];
	for (let i = 0; i < cuts.length - 1; i++) {
		const [from, to] = [cuts[i] as number, cuts[i + 1] as number];
		const inside = marks.filter((m) => m.start <= from && to <= m.end);
		const mark = inside.some((m) => m.mark === 'actor')
			? 'actor'
			: inside.length
				? 'quote'
				: undefined;
		segments.push({ text: text.slice(from, to), ...(mark ? { mark } : {}) });
	}
	return { article: evidence.article, start, end, segments };
}
