/**
 * The sentence to show for a caught error: its message, or `fallback` for a thrown non-Error
 * (the thrown value itself as text when no fallback is given).
 */
export function messageOf(error: unknown, fallback?: string): string {
	if (error instanceof Error) return error.message;
	return fallback ?? String(error);
}
