// Joining an article to a story: checking what the learner typed and the article's date, and
// turning the matches into the links lib/db applies to cards. Pure.
import type { Outcome, QuestionSet, Story } from '$lib/types';
import { calendarDate } from '$lib/study/staleness';
import { matchStory, type StoryMatch } from './match';

export const MAX_STORY_TITLE = 120;

/** A story id from its title: lower-case words joined by hyphens ("north-korean-troops"). */
export function storyIdFor(title: string): string {
	const id = title
		.normalize('NFKD')
		.replace(/\p{Mn}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
	return id || 'story';
}

/** A new story's title as typed: trimmed and checked, or a sentence saying what is wrong. */
export function checkStoryTitle(input: string): Outcome<Story> {
	const title = input.replace(/\s+/g, ' ').trim();
	if (!title) return { ok: false, error: 'Give the story a name, or pick an existing one.' };
	if (title.length > MAX_STORY_TITLE)
		return { ok: false, error: `A story's name can be at most ${MAX_STORY_TITLE} characters.` };
	return { ok: true, value: { id: storyIdFor(title), title } };
}

/**
 * Why an article cannot join a story by its date: a date that is not a real calendar day, or one
 * after `today` (the learner's local day, YYYY-MM-DD). Undated articles may join (they count as
 * the story's oldest).
 */
export function storyDateProblem(date: string | undefined, today: string): string | null {
	if (date === undefined) return null;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || calendarDate(date) === null)
		return `The article's date “${date.slice(0, 40)}” is not a real date, so it cannot be placed in the story. Fix the date (YYYY-MM-DD) and save again.`;
	if (date > today)
		return `The article's date (${date}) is in the future, so it cannot be placed in the story. Fix the date and save again.`;
	return null;
}

/** What lib/db does to one card when its article joins a story. */
export interface StoryLink {
	/** The new article's question. */
	questionId: string;
	kind: 'changed' | 'same';
	/** The card of the matched question in the earlier article (`setId:questionId`). */
	previousCardId: string;
	from: string;
	fromDate?: string;
	to: string;
	toDate?: string;
}

export interface StoryPlan {
	match: StoryMatch;
	links: StoryLink[];
}

/** Matches `set` against the story's other articles and lists the card links to make. */
export function planStoryJoin(set: QuestionSet, story: readonly QuestionSet[]): StoryPlan {
	const match = matchStory(set, story);
	return {
		match,
		links: match.matches.map((m) => ({
			questionId: m.questionId,
			kind: m.kind,
			previousCardId: `${m.previous.setId}:${m.previous.questionId}`,
			from: m.from,
			...(m.previous.date ? { fromDate: m.previous.date } : {}),
			to: m.to,
			...(set.date ? { toDate: set.date } : {})
		}))
	};
}
