// French or English, by franc-min restricted to the two (research: right on every sample,
// where tinyld called an English sentence French). Short texts fall back to stop words.
import { franc } from 'franc-min';
import type { Language } from '../types';

const FRENCH_WORDS =
	/(?:^|[^\p{L}])(?:le|la|les|des|du|une|est|et|dans|pour|avec|sur|que|qui)(?![\p{L}])/giu;
const ENGLISH_WORDS =
	/(?:^|[^\p{L}])(?:the|of|and|is|in|to|with|for|that|on|was|has)(?![\p{L}])/giu;

export function detectLanguage(text: string): Language {
	const sample = text.slice(0, 20_000);
	const guess = franc(sample, { only: ['fra', 'eng'], minLength: 10 });
	if (guess === 'fra') return 'fr';
	if (guess === 'eng') return 'en';
	const fr = sample.match(FRENCH_WORDS)?.length ?? 0;
	const en = sample.match(ENGLISH_WORDS)?.length ?? 0;
	return en > fr ? 'en' : 'fr';
}
