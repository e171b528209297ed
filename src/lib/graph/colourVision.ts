// How far apart two colours look, to a reader with typical vision or with a colour vision
// deficiency: sRGB → CIELAB (D65), the CIEDE2000 difference, and the simulation of
// protanopia, deuteranopia and tritanopia. Used to check the relation palette (style.ts).

/** A colour vision: typical, or one of the three dichromacies. */
export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
export const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

type Row = readonly [number, number, number];
type Matrix = readonly [Row, Row, Row];

/**
 * Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of
 * Color Vision Deficiency", IEEE TVCG 15(6):1291–1298, doi:10.1109/TVCG.2009.113: the
 * matrices for severity 1.0 (dichromacy), applied to linear sRGB, as published at
 * https://www.inf.ufrgs.br/~oliveira/pubs_files/CVD_Simulation/CVD_Simulation.html (the same
 * ones Chromium's and Firefox's developer tools use). The tritanopia matrix is the paper's
 * approximation (the model is built for the L and M cones).
 */
const MACHADO_2009: Record<Exclude<Vision, 'normal'>, Matrix> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

/** Linear sRGB channels, each 0–1. */
export type LinearRgb = [number, number, number];
/** CIELAB (D65 white): L* 0–100, a* and b* roughly −128–127. */
export type Lab = [number, number, number];

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const clamp = (v: number) => Math.min(1, Math.max(0, v));

/**
 * A `#rrggbb` colour (or `#rgb`) as linear sRGB (IEC 61966-2-1 transfer function).
 * Throws on anything else.
 */
export function hexToLinear(hex: string): LinearRgb {
	const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
	if (!m?.[1]) throw new Error(`Not a #rrggbb colour: ${JSON.stringify(hex)}`);
	const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d).join('') : m[1];
	return [0, 2, 4].map((i) => toLinear(parseInt(digits.slice(i, i + 2), 16) / 255)) as LinearRgb;
}

/** A linear sRGB colour as a reader with `vision` sees it (Machado et al. 2009), clamped
 * to the sRGB gamut. */
export function simulateVision(rgb: LinearRgb, vision: Vision): LinearRgb {
	if (vision === 'normal') return rgb;
	const m = MACHADO_2009[vision];
	return m.map((row) => clamp(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) as LinearRgb;
}

/** Linear sRGB → CIELAB, through CIE XYZ with the D65 white (sRGB's matrix, IEC 61966-2-1). */
export function linearToLab([r, g, b]: LinearRgb): Lab {
	const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
	const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
	const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
	// CIE 15: the cube root above (6/29)³, a line below it.
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
	const [fx, fy, fz] = [f(x), f(y), f(z)];
	return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const deg = (rad: number) => (rad * 180) / Math.PI;
const rad = (d: number) => (d * Math.PI) / 180;

/**
 * The CIEDE2000 colour difference ΔE₀₀ between two CIELAB colours (kL = kC = kH = 1), as
 * given by Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula:
 * implementation notes, supplementary test data, and mathematical observations", Color
 * Research & Application 30(1):21–30. About 1 is a just-noticeable difference; past about 10
 * two small marks read as different colours.
 */
export function ciede2000(lab1: Lab, lab2: Lab): number {
	const [L1, a1, b1] = lab1;
	const [L2, a2, b2] = lab2;
	const C1 = Math.hypot(a1, b1);
	const C2 = Math.hypot(a2, b2);
	const Cbar7 = ((C1 + C2) / 2) ** 7;
	const G = 0.5 * (1 - Math.sqrt(Cbar7 / (Cbar7 + 25 ** 7)));
	const a1p = (1 + G) * a1;
	const a2p = (1 + G) * a2;
	const C1p = Math.hypot(a1p, b1);
	const C2p = Math.hypot(a2p, b2);
	const hue = (b: number, a: number) =>
		b === 0 && a === 0 ? 0 : (deg(Math.atan2(b, a)) + 360) % 360;
	const h1p = hue(b1, a1p);
	const h2p = hue(b2, a2p);
	const dLp = L2 - L1;
	const dCp = C2p - C1p;
	let dhp = 0;
	if (C1p * C2p !== 0) {
		dhp = h2p - h1p;
		if (dhp > 180) dhp -= 360;
		else if (dhp < -180) dhp += 360;
	}
	const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin(rad(dhp / 2));
	const Lbarp = (L1 + L2) / 2;
	const Cbarp = (C1p + C2p) / 2;
	let hbarp = h1p + h2p;
	if (C1p * C2p !== 0) {
		if (Math.abs(h1p - h2p) <= 180) hbarp = (h1p + h2p) / 2;
		else hbarp = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
	}
	const T =
		1 -
		0.17 * Math.cos(rad(hbarp - 30)) +
		0.24 * Math.cos(rad(2 * hbarp)) +
		0.32 * Math.cos(rad(3 * hbarp + 6)) -
		0.2 * Math.cos(rad(4 * hbarp - 63));
	const dTheta = 30 * Math.exp(-(((hbarp - 275) / 25) ** 2));
	const Cbarp7 = Cbarp ** 7;
	const RC = 2 * Math.sqrt(Cbarp7 / (Cbarp7 + 25 ** 7));
	const SL = 1 + (0.015 * (Lbarp - 50) ** 2) / Math.sqrt(20 + (Lbarp - 50) ** 2);
	const SC = 1 + 0.045 * Cbarp;
	const SH = 1 + 0.015 * Cbarp * T;
	const RT = -Math.sin(rad(2 * dTheta)) * RC;
	return Math.sqrt(
		(dLp / SL) ** 2 + (dCp / SC) ** 2 + (dHp / SH) ** 2 + RT * (dCp / SC) * (dHp / SH)
	);
}

/** ΔE₀₀ between two `#rrggbb` colours as a reader with `vision` sees them. */
export function colourDistance(a: string, b: string, vision: Vision = 'normal'): number {
	const lab = (hex: string) => linearToLab(simulateVision(hexToLinear(hex), vision));
	return ciede2000(lab(a), lab(b));
}
