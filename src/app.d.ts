// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** The language of this response: ?lang=, else Accept-Language (pages) or English. */
			locale: import('$lib/i18n/locale').Locale;
			/** Whether ?lang= chose it (then links carry it on). */
			langChosen: boolean;
			/** An embed's colours (`?theme=`), set on <html data-theme> (hooks.server.ts). */
			theme?: import('$lib/embed/embedTheme').EmbedTheme;
			/** Figures drawn by this request's load, by slot (see server/detachedFigures). */
			figures?: Map<string, string>;
		}
		interface PageState {
			/** A chart mark's sentences, fetched from /api/evidence when scripts select it. */
			selected?: import('$lib/server/chartView').SelectedMark;
		}
	}
}

export {};
