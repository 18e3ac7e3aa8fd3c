import { builtInSetIndex } from '$lib/server/content';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => builtInSetIndex().map(({ id }) => ({ id }));
