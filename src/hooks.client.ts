import type { HandleClientError } from '@sveltejs/kit';

// A missing page is an expected outcome, shown by +error.svelte; only real faults are logged.
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
