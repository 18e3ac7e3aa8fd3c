import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import type { DocumentInput } from '$lib/types';
import { messageOf } from '$lib/error-message';
import { calendarDate } from '$lib/study/staleness';
import { MAX_STORY_TITLE } from '$lib/story/join';

const isoDate = v.pipe(
	v.string('date must be text in the form YYYY-MM-DD'),
	v.isoDate('date must be a real date in the form YYYY-MM-DD'),
	v.check((iso) => calendarDate(iso) !== null, 'date must be a real date in the form YYYY-MM-DD')
);

export const ArticleMetaSchema = v.strictObject(
	{
		title: v.optional(
			v.pipe(v.string('title must be text'), v.trim(), v.nonEmpty('title must not be empty'))
		),
		source: v.optional(v.pipe(v.string('source must be text'), v.trim())),
		url: v.optional(v.pipe(v.string('url must be text'), v.url('url must be a full URL'))),
		date: v.optional(isoDate),
		tags: v.optional(v.array(v.string('each tag must be text'), 'tags must be a list')),
		story: v.optional(
			v.pipe(
				v.string("story must be text (the story's name)"),
				v.trim(),
				v.nonEmpty('story must not be empty'),
				v.maxLength(MAX_STORY_TITLE, `story must be at most ${MAX_STORY_TITLE} characters`)
			)
		)
	},
	(issue) =>
		issue.expected === 'never'
			? 'not a known field (allowed: title, source, url, date, tags, story)'
			: 'must be "field: value" lines'
);

export type ArticleMeta = v.InferOutput<typeof ArticleMetaSchema>;

export interface Article extends DocumentInput {
	tags?: string[];
	/** The story's name, as written in front matter. */
	story?: string;
}

export class ArticleError extends Error {
	constructor(
		readonly fileName: string,
		problem: string
	) {
		super(`${fileName}: ${problem}`);
		this.name = 'ArticleError';
	}
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown or text document into validated metadata and body text. */
export function parseArticle(fileName: string, raw: string): Article {
	const match = FRONT_MATTER.exec(raw);
	if (!match) {
		if (/^\uFEFF?---[ \t]*\r?\n/.test(raw)) {
			throw new ArticleError(fileName, 'front matter starts with --- but never ends with ---');
		}
		return { text: raw.trim() };
	}
	let data: unknown;
	try {
		data = parseYaml(match[1] ?? '', { schema: 'failsafe' }) ?? {};
	} catch (error) {
		const reason = messageOf(error).split('\n')[0];
		throw new ArticleError(fileName, `front matter is not valid YAML (${reason})`);
	}
	const result = v.safeParse(ArticleMetaSchema, data);
	if (!result.success) {
		const issue = result.issues[0];
		const path = issue.path?.map((p) => String(p.key)).join('.');
		throw new ArticleError(fileName, `front matter: ${path ? `${path}: ` : ''}${issue.message}`);
	}
	const meta = result.output;
	const text = raw.slice(match[0].length).trim();
	return { ...meta, text };
}
