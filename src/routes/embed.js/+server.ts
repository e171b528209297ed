import { HOST_SCRIPT } from '$lib/embed/scripts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
	new Response(HOST_SCRIPT, {
		headers: {
			'content-type': 'text/javascript; charset=utf-8',
			'cache-control': 'public, max-age=3600',
			'access-control-allow-origin': '*'
		}
	});
