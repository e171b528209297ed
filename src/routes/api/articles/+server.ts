// The articles whose title (or id) a query names, as JSON, at most 50: the filter bar's
// article search asks here as the reader types, so no page ships the whole list.
import { loadDataset } from '$lib/server/dataset';
import { articleSuggestions } from '$lib/server/pageFilters';
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	json({ articles: articleSuggestions(loadDataset(), url.searchParams.get('q') ?? '') });
