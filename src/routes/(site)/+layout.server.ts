import { editingEnabled } from '$lib/server/editing';
import type { LayoutServerLoad } from './$types';

// The language every page of the site speaks (components read it from page.data.locale), and
// whether this server takes edits (its navigation then leads editors to the review queue). The
// latter is the server's, not the visitor's: pages rendered once for everyone may carry it.
export const load: LayoutServerLoad = ({ locals }) => ({
	locale: locals.locale,
	editingOn: editingEnabled()
});
