import { uiText } from '$lib/i18n/ui';
import { sourceLine } from '$lib/charts/selection';
import type { Evidence } from '$lib/types';
import { shareLinks } from '$lib/embed/share';
import { findActor, findByMention, nearActors } from '$lib/graph/findActor';
import { networkView } from '$lib/graph/networkView';
import { parseTop, TOP_DEFAULT } from '$lib/graph/strongest';
import { parseLinkMode } from '$lib/graph/pairLinks';
import { parsePage } from '$lib/pagination';
import { loadDataset } from '$lib/server/dataset';
import { embedDefaultHeight } from '$lib/server/embedDefaultHeight';
import { filterSummary, pageFilters } from '$lib/server/pageFilters';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => {
	const dataset = loadDataset();
	const { filters, problems, options } = pageFilters(dataset, url.searchParams, locals.locale);
	const find = url.searchParams.get('find')?.trim();
	// A name or alias first, then any form the texts use for an actor (« Pékin » → China).
	const byMention = (query: string) => {
		const id = findByMention(query, dataset.mentions);
		return id ? dataset.entities.find((e) => e.id === id) : undefined;
	};
	const found = find ? (findActor(find, dataset.entities) ?? byMention(find)) : undefined;
	const node = found?.id ?? url.searchParams.get('select') ?? undefined;
	const edge = url.searchParams.get('edge') ?? undefined;
	const top = parseTop(url.searchParams.get('top'));
	const links = parseLinkMode(url.searchParams.get('links'));
	const page = parsePage(url.searchParams.get('page'));
	let evidence: Evidence[] = [];
	const view = networkView(
		dataset,
		filters,
		{ node, edge, page: page.page },
		locals.locale,
		top.top,
		(e) => {
			evidence = e;
		}
	);
	// The articles the links drawn rest on, as the embed and the downloads cite them.
	const source = sourceLine(dataset, evidence, locals.locale);
	const notices = problems.map((p) => p.message);
	for (const problem of [top.problem, links.problem, page.problem])
		if (problem) notices.push(problem);
	if (find && !found) notices.push(uiText(locals.locale).network.noActorMatch(find.slice(0, 40)));
	// On a miss, the actors whose names are a few letters away ("Puttin" → Vladimir Putin).
	const nearby =
		find && !found ? nearActors(find.slice(0, 100), dataset.entities, locals.locale) : [];
	if (node && !view.selectedNode) notices.push('The selected actor is not in the data set.');
	if (edge && !view.selectedEdge)
		notices.push('The selected link is not in the network as filtered.');
	const share = shareLinks(
		url.origin,
		'network',
		filters,
		// The actors drawn, and of how many when only the strongest are shown (#14 §1).
		uiText(locals.locale).share.embedTitle(view.layout.nodes.length, view.total.nodes),
		locals.locale,
		embedDefaultHeight(dataset, 'network', filters, locals.locale),
		// The picture downloads draw as many actors as the page, and its links.
		{
			...(top.top !== TOP_DEFAULT && !top.problem ? { top: String(top.top) } : {}),
			...(links.mode === 'types' ? { links: 'types' } : {}),
			// and the selected actor, with the partners the page adds for it.
			...(view.selectedNode ? { select: view.selectedNode.id } : {})
		}
	);
	const summary = filterSummary(dataset, filters, url.searchParams, locals.locale);
	return {
		filters,
		summary,
		notices,
		nearby,
		view,
		options,
		share,
		source,
		linkMode: links.mode
	};
};
