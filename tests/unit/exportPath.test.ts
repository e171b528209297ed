// Files of the static export: one per URL, a country's version named after it.
import { describe, expect, it } from 'vitest';
import { exportPath } from '../../src/lib/server/exportPath';

describe('static export paths', () => {
	it('writes pages as .html, keeps files as they are, and names a country in the file', () => {
		expect(exportPath('/')).toBe('/index.html');
		expect(exportPath('/charts/meetings')).toBe('/charts/meetings.html');
		expect(exportPath('/embed/meetings')).toBe('/embed/meetings.html');
		expect(exportPath('/embed/meetings?country=CHN')).toBe('/embed/meetings-CHN.html');
		expect(exportPath('/embed/frame.js')).toBe('/embed/frame.js');
		expect(exportPath('/embed.js')).toBe('/embed.js');
		expect(exportPath('/api/charts/timeline.png?country=RUS')).toBe('/api/charts/timeline-RUS.png');
		expect(exportPath('/api/graph.nodes.csv?country=SRB')).toBe('/api/graph-SRB.nodes.csv');
		expect(exportPath('/api/graph.gexf')).toBe('/api/graph.gexf');
	});
});
