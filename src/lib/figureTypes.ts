// Which relation types a figure measures, so that a relation-type or PLOVER filter reaches
// figures as it reaches relations (#14 §2): a total of meetings (« 43e rencontre entre Xi et
// Poutine ») measures meetings; a trade figure (a share, money or a volume between parties)
// measures supply and dependence; any other (a forum's 130 countries, an anniversary) measures
// no relation type and is left out whenever types are chosen. One rule for the headline, the
// charts, the profiles and the downloads (src/lib/counts.ts indicatorCounts).
import { PLOVER_OF } from './events/coding';
import type { Indicator, PloverType, RelationType, UnknownValue } from './types';

/** Units that count meetings. */
export const MEETING_UNIT = /meeting|rencontre|sommet|summit/i;
/** Units of trade: shares, money, volumes (not counts of countries or meetings). */
const TRADE_UNIT = /%|dollar|euro|yuan|rouble|ruble|tonne|\bton|baril|barrel|m3|cubic|cubes/i;

/**
 * Shares; money and volumes that measure trade or pass between two parties (a loan to, gas
 * from); counts only when they count money or goods. Troops, hours and meetings are not
 * trade facts.
 */
export function isTradeFigure(i: Indicator): boolean {
	if (i.kind === 'share') return true;
	if (i.kind === 'amount' || i.kind === 'quantity')
		return !!i.measure || !!(i.subject && i.partner);
	return i.kind === 'count' && TRADE_UNIT.test(i.unit);
}

/** A pair's total of meetings, or how much more often they meet than others (the meetings
 * chart's reported totals and remarks). */
export function isMeetingFigure(i: Indicator): boolean {
	return (
		!!i.subject &&
		!!i.partner &&
		i.subject !== i.partner &&
		(i.kind === 'ratio' || MEETING_UNIT.test(i.unit))
	);
}

/** The relation types a figure measures (none for most). */
export function figureTypes(i: Indicator): RelationType[] {
	if (isMeetingFigure(i)) return ['meeting'];
	if (isTradeFigure(i)) return ['supply', 'dependence'];
	return [];
}

/** Whether a figure measures one of the chosen relation and PLOVER types (true when none are
 * chosen). */
export function figureOfTypes(
	i: Indicator,
	types: readonly (RelationType | UnknownValue)[],
	plover: readonly (PloverType | UnknownValue)[]
): boolean {
	if (!types.length && !plover.length) return true;
	const own = figureTypes(i);
	if (types.length && !own.some((t) => types.includes(t))) return false;
	if (plover.length && !own.some((t) => plover.includes(PLOVER_OF[t] as PloverType))) return false;
	return true;
}
