// Where pages point content systems for their oEmbed answer: the live endpoint, or in a static
// copy the file the export writes for the embed (a static host answers no query string).
import { afterEach, describe, expect, it } from 'vitest';
import { advertiseOembedFiles, oembedAddress, oembedFile } from '../../src/lib/embed/oembedAddress';
import { exportPath } from '../../src/lib/server/exportPath';

afterEach(() => advertiseOembedFiles(false));

describe('oEmbed address', () => {
	it('is the endpoint with the embed URL as its parameter on a live server', () => {
		expect(oembedAddress('https://e.test', 'https://e.test/embed/meetings?country=CHN')).toBe(
			'https://e.test/oembed?format=json&url=https%3A%2F%2Fe.test%2Fembed%2Fmeetings%3Fcountry%3DCHN'
		);
	});

	it('is the exported file in a static copy, named as the export names a country’s files', () => {
		advertiseOembedFiles(true);
		expect(oembedAddress('https://e.test', 'https://e.test/embed/network')).toBe(
			'https://e.test/oembed/network.json'
		);
		expect(oembedAddress('https://e.test', 'https://e.test/embed/meetings?country=CHN')).toBe(
			'https://e.test/oembed/meetings-CHN.json'
		);
		expect(oembedFile('https://e.test/embed/timeline?country=RUS')).toBe(
			exportPath('/oembed/timeline.json?country=RUS')
		);
	});
});
