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
		}
	}
}

export {};
