// `?theme=` on embeds: the colours a publisher's page gets. Light unless asked, since the page
// around the frame decides its own colours; `auto` follows the reader's setting, as the site does.

export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];
export const EMBED_THEME_DEFAULT: EmbedTheme = 'light';

export function isEmbedTheme(value: unknown): value is EmbedTheme {
	return (EMBED_THEMES as readonly unknown[]).includes(value);
}

/** `?theme=` as a theme, or light with a message naming the parameter and its values. */
export function parseEmbedTheme(raw: string | null): { theme: EmbedTheme; problem?: string } {
	if (raw === null || raw === '') return { theme: EMBED_THEME_DEFAULT };
	if (isEmbedTheme(raw)) return { theme: raw };
	return {
		theme: EMBED_THEME_DEFAULT,
		problem: `The theme parameter must be light, dark or auto, not ${JSON.stringify(raw.slice(0, 40))}: shown in light.`
	};
}
