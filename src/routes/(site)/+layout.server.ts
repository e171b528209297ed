import type { LayoutServerLoad } from './$types';

// The language every page of the site speaks (components read it from page.data.locale).
export const load: LayoutServerLoad = ({ locals }) => ({ locale: locals.locale });
