// How wide an embed draws its figure: `?width=`, the width of the frame's content in CSS pixels,
// which the frame script (scripts.ts) measures and asks for, so that text keeps its size on
// screen at any column width instead of one picture scaling with the frame.

/** Without `?width=` (no script has measured the frame yet): a typical article column. */
export const EMBED_WIDTH = 640;
/** The narrowest and widest figure drawn: a 320 px phone column, a full-bleed desktop one. */
export const EMBED_WIDTH_MIN = 280;
export const EMBED_WIDTH_MAX = 1600;
/** Widths are drawn in steps of 10 px: one rendering serves every frame within a few pixels. */
export const EMBED_WIDTH_STEP = 10;

/** `?width=` clamped to 280–1600 px and rounded to 10 px, or the default with a message. */
export function parseEmbedWidth(raw: string | null): { width: number; problem?: string } {
	if (raw === null || raw === '') return { width: EMBED_WIDTH };
	const n = Number(raw);
	if (!/^\d{1,5}$/.test(raw) || !Number.isFinite(n))
		return {
			width: EMBED_WIDTH,
			problem: `The width must be a whole number of pixels, not ${JSON.stringify(raw.slice(0, 40))}.`
		};
	return { width: embedWidth(n) };
}

/** A measured width as the server draws it: clamped to the range, in 10 px steps. */
export function embedWidth(measured: number): number {
	const clamped = Math.min(EMBED_WIDTH_MAX, Math.max(EMBED_WIDTH_MIN, measured));
	return Math.round(clamped / EMBED_WIDTH_STEP) * EMBED_WIDTH_STEP;
}

/** The embedded network's height for a width: 2:3 like the full page's, but never so short
 * that a phone column squeezes the actors together, nor taller than a screen. */
export function networkHeight(width: number): number {
	return Math.round(Math.min(720, Math.max(420, (width * 2) / 3)));
}
