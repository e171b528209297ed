import { NETWORK_SCRIPT } from '$lib/embed/networkScript';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
	new Response(NETWORK_SCRIPT, {
		headers: {
			'content-type': 'text/javascript; charset=utf-8',
			'cache-control': 'public, max-age=3600'
		}
	});
