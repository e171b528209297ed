import { describe, expect, it } from 'vitest';
import { PLOVER_TYPES, RELATION_TYPES } from '../types';
import { codeRelation, PLOVER_OF, QUAD_OF, RELATION_OF, type CameoTable } from './coding';

const table: CameoTable = new Map([
	['032', { plover: 'AGREE', label: 'Express intent to engage in diplomatic cooperation' }],
	['033', { plover: 'AGREE', label: 'Express intent to provide material aid' }],
	['042', { plover: 'CONSULT', mode: 'visit', label: 'Make a visit' }],
	['050', { plover: 'SUPPORT', label: 'Engage in diplomatic cooperation' }],
	['07', { plover: 'AID', label: 'Provide aid' }],
	['072', { plover: 'AID', label: 'Provide military aid' }],
	['13', { plover: 'THREATEN', label: 'Threaten' }],
	[
		'1312',
		{ plover: 'THREATEN', mode: 'restrict', label: 'Threaten to boycott, embargo, or sanction' }
	],
	['163', { plover: 'SANCTION', mode: 'restrict', label: 'Impose embargo, boycott, or sanctions' }]
]);

describe('event coding', () => {
	it('maps every PLOVER type to a readable type that maps back to it', () => {
		for (const plover of PLOVER_TYPES) expect(PLOVER_OF[RELATION_OF[plover]]).toBe(plover);
	});

	it('gives every readable type but statement and dependence a PLOVER type and quad class', () => {
		const uncoded = RELATION_TYPES.filter((t) => !PLOVER_OF[t]);
		expect(uncoded).toEqual(['statement', 'dependence']);
		for (const t of RELATION_TYPES) {
			const plover = PLOVER_OF[t];
			if (plover) expect(QUAD_OF[plover]).toMatch(/^(?:verbal|material)-(?:cooperation|conflict)$/);
		}
	});

	it('codes a stated event from its CAMEO code, falling back to the parent code', () => {
		expect(codeRelation(table, 'visit', 'asserted', '042')).toEqual({
			plover: 'CONSULT',
			mode: 'visit',
			cameo: '042',
			quad: 'verbal-cooperation'
		});
		expect(codeRelation(table, 'aid', 'reported', '0721')).toMatchObject({ plover: 'AID' });
	});

	it('codes announced or offered cooperation as an intention (CAMEO 03x, PLOVER AGREE)', () => {
		expect(codeRelation(table, 'support', 'planned', '050')).toMatchObject({
			plover: 'AGREE',
			cameo: '032',
			quad: 'verbal-cooperation'
		});
		expect(codeRelation(table, 'aid', 'proposed', '072')).toMatchObject({
			plover: 'AGREE',
			cameo: '033'
		});
		// A hypothesis or a denial is not an intention.
		expect(codeRelation(table, 'aid', 'hypothetical', '072')).toMatchObject({ plover: 'AID' });
	});

	it('codes announced sanctions as a threat (CAMEO 1312)', () => {
		expect(codeRelation(table, 'sanctions', 'planned', '163')).toMatchObject({
			plover: 'THREATEN',
			cameo: '1312',
			mode: 'restrict',
			quad: 'verbal-conflict'
		});
		expect(codeRelation(table, 'sanctions', 'asserted', '163')).toMatchObject({
			plover: 'SANCTION',
			quad: 'material-conflict'
		});
	});

	it('gives statements their CAMEO code only, and dependence nothing', () => {
		expect(codeRelation(table, 'statement', 'asserted')).toEqual({ cameo: '010' });
		expect(codeRelation(table, 'dependence', 'asserted')).toEqual({});
	});
});
