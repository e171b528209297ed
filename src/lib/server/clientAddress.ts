// Who a request comes from, for per-client limits: the address the adapter reports (behind a
// proxy, adapter-node reads it from ADDRESS_HEADER and XFF_DEPTH when they are set).
import type { RequestEvent } from '@sveltejs/kit';

/** The client's IP address, or `unknown` where the adapter cannot tell (prerendering). */
export function clientAddress(event: Pick<RequestEvent, 'getClientAddress'>): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}
