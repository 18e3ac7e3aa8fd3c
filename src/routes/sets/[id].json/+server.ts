import { error, json } from '@sveltejs/kit';
import { builtInSet, builtInSetIndex } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => builtInSetIndex().map(({ id }) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const set = builtInSet(params.id);
	if (!set) error(404, `No question set "${params.id}"`);
	return json(set);
};
