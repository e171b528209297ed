import { resolve } from '$app/paths';
import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// /charts opens the first chart, keeping the filters.
export const load: PageServerLoad = ({ url }) => {
	redirect(307, `${resolve('/(site)/charts/[id]', { id: 'meetings' })}${url.search}`);
};
