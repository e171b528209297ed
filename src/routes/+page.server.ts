import { corpusOverview } from '$lib/corpusOverview';
import { loadDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => corpusOverview(loadDataset());
