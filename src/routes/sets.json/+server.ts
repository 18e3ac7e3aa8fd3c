import { json } from '@sveltejs/kit';
import { builtInSetIndex } from '$lib/server/content';

export const prerender = true;

export const GET = () => json(builtInSetIndex());
