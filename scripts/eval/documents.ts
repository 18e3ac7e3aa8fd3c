// Reads a folder of evaluation documents: `.md` with optional front matter, `.txt` as plain body.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { DocumentInput } from '../../src/lib/types';

export interface EvalDocument {
	/** File name inside the folder, e.g. `reuters-tariffs.md`. */
	file: string;
	/** File name without extension: the key of its facts file. */
	name: string;
	input: DocumentInput;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function text(value: unknown): string | undefined {
	if (typeof value === 'string' && value.trim()) return value.trim();
	if (value instanceof Date && !Number.isNaN(value.getTime()))
		return value.toISOString().slice(0, 10);
	return undefined;
}

/**
 * Real article collections carry keys that `parseArticle`'s strict schema refuses (author,
 * section, …), so only title, source, url and date are read here and anything else is ignored.
 */
export function documentFromFile(file: string, raw: string): EvalDocument {
	const name = basename(file, extname(file));
	const input: DocumentInput = { text: raw.replace(/^\uFEFF/, '').trim(), title: name };
	if (extname(file).toLowerCase() !== '.md') return { file, name, input };
	const match = FRONT_MATTER.exec(raw);
	if (!match) return { file, name, input };
	let meta: Record<string, unknown> = {};
	try {
		const parsed: unknown = parseYaml(match[1] ?? '');
		if (parsed && typeof parsed === 'object') meta = parsed as Record<string, unknown>;
	} catch {
		// Unreadable front matter: keep the file name as title, still evaluate the body.
	}
	const date = text(meta.date);
	return {
		file,
		name,
		input: {
			text: raw.slice(match[0].length).trim(),
			title: text(meta.title) ?? name,
			...(text(meta.source) ? { source: text(meta.source) } : {}),
			...(text(meta.url) ? { url: text(meta.url) } : {}),
			...(date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { date } : {})
		}
	};
}

/** Every `.md` and `.txt` file directly inside `dir`, sorted by name. */
export function readDocuments(dir: string): EvalDocument[] {
	return readdirSync(dir)
		.filter((f) => /\.(md|txt)$/i.test(f))
		.sort()
		.map((f) => documentFromFile(f, readFileSync(join(dir, f), 'utf8')));
}
