// What Apply puts in the address (#15 §5): only the parameters that change the view, so the
// filter form sends the same permalink as the plain one (`?country=CHN`, not `?country=CHN&
// depth=1&from=&to=&min=1&minConfidence=0`).
import { DEFAULT_MIN_CONFIDENCE, NO_FILTERS } from './filters';

/** A form field's value that says nothing: the control's default, as parseFilters reads it. */
const DEFAULTS: Record<string, (value: string) => boolean> = {
	depth: (v) => v === String(NO_FILTERS.depth),
	min: (v) => v.trim() !== '' && Number(v) === NO_FILTERS.min,
	minConfidence: (v) => v.trim() !== '' && Number(v) === DEFAULT_MIN_CONFIDENCE
};

/** The form's parameters less the empty ones and those at their default, in the form's order.
 * Anything else (a wrong value included) is kept, for the page to name it. */
export function permalinkParams(
	entries: Iterable<[string, FormDataEntryValue | string]>
): URLSearchParams {
	const params = new URLSearchParams();
	for (const [key, value] of entries) {
		if (typeof value !== 'string' || value.trim() === '') continue;
		if (DEFAULTS[key]?.(value)) continue;
		params.append(key, value);
	}
	return params;
}
