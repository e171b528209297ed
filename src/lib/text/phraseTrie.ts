// Dictionary matching of many phrases over folded text, by UTF-16 code unit, starting only at
// word starts. modern-ahocorasick (which the research recommended) matches by grapheme
// cluster and segments its input with Intl.Segmenter: measured here at about 1 MB/s, half the
// speed goal for the whole extraction. The folded text has no combining marks left to protect,
// so code units are safe, and starting at word starts keeps the walk short.
import { isWordChar } from './fold';

interface Node {
	next: Map<number, Node>;
	/** Index of the phrase that ends here, if any. */
	phrase: number;
}

export interface PhraseHit {
	start: number;
	end: number;
	phrase: number;
}

/** Two code units into 16 bits (past the text's end, NaN counts as 0: a harmless collision). */
const pairHash = (a: number, b: number) => ((a * 31) ^ b) & 0xffff;

export class PhraseTrie {
	private readonly root: Node = { next: new Map(), phrase: -1 };
	/** Per code unit: 1 if some phrase starts with it, 2 if some phrase is that unit alone. */
	private readonly firstUnit = new Uint8Array(0x10000);
	/**
	 * The first two units of every phrase, hashed: most word starts are ruled out by two
	 * lookups, before any walk (a collision only costs a walk).
	 */
	private readonly firstPair = new Uint8Array(0x10000);

	constructor(phrases: readonly string[]) {
		phrases.forEach((phrase, index) => {
			let node = this.root;
			for (let i = 0; i < phrase.length; i++) {
				const code = phrase.charCodeAt(i);
				let child = node.next.get(code);
				if (!child) {
					child = { next: new Map(), phrase: -1 };
					node.next.set(code, child);
				}
				node = child;
			}
			node.phrase = index;
		});
		for (const phrase of phrases) {
			const first = phrase.charCodeAt(0);
			if (phrase.length === 1) this.firstUnit[first] = 2;
			else {
				this.firstUnit[first] ||= 1;
				this.firstPair[pairHash(first, phrase.charCodeAt(1))] = 1;
			}
		}
	}

	/** Every phrase occurrence that starts and ends on a word boundary (overlaps included), by start, then end. */
	search(text: string, from = 0, to = text.length): PhraseHit[] {
		const hits: PhraseHit[] = [];
		for (let start = from; start < to; start++) {
			const code = text.charCodeAt(start);
			const first = this.firstUnit[code];
			if (!first) continue;
			if (first === 1 && !this.firstPair[pairHash(code, text.charCodeAt(start + 1))]) continue;
			if (isWordChar(text, start - 1)) continue;
			let node: Node | undefined = this.root;
			for (let i = start; i < to && node; i++) {
				node = node.next.get(text.charCodeAt(i));
				if (node && node.phrase >= 0 && !isWordChar(text, i + 1))
					hits.push({ start, end: i + 1, phrase: node.phrase });
			}
		}
		return hits;
	}
}
