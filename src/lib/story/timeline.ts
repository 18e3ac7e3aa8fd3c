// A story's timeline: its articles oldest first and, per fact asked in more than one of them, the
// value each article gave. Pure.
import type { QuestionSet } from '$lib/types';
import { factValue, matchStory, storyOrder } from './match';

/** The story page draws at most this many articles (the latest); the rest are counted. */
export const MAX_TIMELINE_ARTICLES = 50;

export interface TimelineArticle {
	id: string;
	title: string;
	date?: string;
}

export interface FactPoint {
	setId: string;
	date?: string;
	value: string;
	/** The value differs from the point before. */
	changed: boolean;
}

export interface TimelineFact {
	/** The latest article's wording of the question. */
	prompt: string;
	points: FactPoint[];
}

export interface StoryTimeline {
	articles: TimelineArticle[];
	/** Facts asked in two or more articles, those that changed first. */
	facts: TimelineFact[];
	/** Articles left out because the story is longer than MAX_TIMELINE_ARTICLES. */
	leftOut: number;
}

export function storyTimeline(sets: readonly QuestionSet[]): StoryTimeline {
	const ordered = storyOrder(sets);
	const shown = ordered.slice(-MAX_TIMELINE_ARTICLES);
	// A fact is the chain of questions matched article to article; keyed by `${setId}:${questionId}`.
	const chainOf = new Map<string, TimelineFact>();
	const facts: TimelineFact[] = [];
	for (const [index, set] of shown.entries()) {
		const { matches } = matchStory(set, shown.slice(0, index));
		const matched = new Map(matches.map((m) => [m.questionId, m]));
		for (const question of set.questions) {
			const match = matched.get(question.id);
			const point: FactPoint = {
				setId: set.id,
				date: set.date,
				value: factValue(question),
				changed: match?.kind === 'changed'
			};
			const before = match
				? chainOf.get(`${match.previous.setId}:${match.previous.questionId}`)
				: undefined;
			const fact = before ?? { prompt: question.prompt, points: [] };
			if (!before) facts.push(fact);
			fact.points.push(point);
			fact.prompt = question.prompt;
			chainOf.set(`${set.id}:${question.id}`, fact);
		}
	}
	const repeated = facts.filter((fact) => fact.points.length > 1);
	const changed = (fact: TimelineFact) => fact.points.some((p) => p.changed);
	return {
		articles: shown.map(({ id, title, date }) => ({ id, title, date })),
		facts: [...repeated.filter(changed), ...repeated.filter((f) => !changed(f))],
		leftOut: ordered.length - shown.length
	};
}
