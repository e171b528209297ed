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

export class PhraseTrie {
	private readonly root: Node = { next: new Map(), phrase: -1 };
	/** 1 for each code unit some phrase starts with: most positions are ruled out by one lookup. */
	private readonly startsPhrase = new Uint8Array(0x10000);

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
		for (const code of this.root.next.keys()) this.startsPhrase[code] = 1;
	}

	/** Every phrase occurrence that starts and ends on a word boundary (overlaps included), by start, then end. */
	search(text: string, from = 0, to = text.length): PhraseHit[] {
		const hits: PhraseHit[] = [];
		for (let start = from; start < to; start++) {
			if (!this.startsPhrase[text.charCodeAt(start)] || isWordChar(text, start - 1)) continue;
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
