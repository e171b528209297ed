// Runs the force simulation off the main thread for large networks, posting positions as it
// goes (so the picture forms while the page stays responsive) and once when settled.
import { createSimulation, tickBudget, type SimLink, type SimNode } from './simulation';

export interface LayoutRequest {
	nodes: { id: string; r: number }[];
	links: SimLink[];
	seed: number;
}

export interface LayoutMessage {
	positions: Float32Array<ArrayBuffer>;
	done: boolean;
	ticks: number;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
	const { nodes: input, links, seed } = event.data;
	const nodes: SimNode[] = input.map((n) => ({ ...n }));
	const simulation = createSimulation(nodes, links, seed);
	const budget = tickBudget(nodes.length);
	let ticks = 0;
	let lastPost = performance.now();
	const post = (done: boolean) => {
		const positions = new Float32Array(nodes.length * 2);
		nodes.forEach((n, i) => {
			positions[2 * i] = n.x ?? 0;
			positions[2 * i + 1] = n.y ?? 0;
		});
		(self as unknown as Worker).postMessage({ positions, done, ticks } satisfies LayoutMessage, [
			positions.buffer
		]);
	};
	while (ticks < budget && simulation.alpha() >= simulation.alphaMin()) {
		simulation.tick();
		ticks++;
		if (performance.now() - lastPost > 120) {
			post(false);
			lastPost = performance.now();
		}
	}
	post(true);
};
