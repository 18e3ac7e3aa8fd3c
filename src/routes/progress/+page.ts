import { warmUpStoredData } from '$lib/state/warm-up';
import type { PageLoad } from './$types';

export const load: PageLoad = () => warmUpStoredData();
