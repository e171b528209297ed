// Where `npm run export` writes each URL's response. A static host cannot read a query
// string, so a country's version carries its code in the file name; pages become .html files
// beside their siblings (the asset paths SvelteKit writes are relative to that depth), which
// hosts with clean URLs serve at the page's own address.
const FILE = /\.(?:js|svg|png|csv|json|zip|gexf|graphml)$/;

export function exportPath(url: string): string {
	const { pathname, searchParams } = new URL(url, 'http://export.invalid');
	const country = searchParams.get('country');
	const suffix = country ? `-${country}` : '';
	if (pathname === '/') return `/index${suffix}.html`;
	// /api/graph.nodes.csv keeps its double extension: the country goes after "graph".
	const graph = /^(\/api\/graph)(\..+)$/.exec(pathname);
	if (graph) return `${graph[1]}${suffix}${graph[2]}`;
	const extension = FILE.exec(pathname)?.[0];
	return extension
		? `${pathname.slice(0, -extension.length)}${suffix}${extension}`
		: `${pathname}${suffix}.html`;
}
