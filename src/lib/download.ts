/** Saves text as a file through a Blob and a temporary object URL (no server involved). */
export function downloadText(filename: string, mimeType: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Some browsers read the URL after click returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
