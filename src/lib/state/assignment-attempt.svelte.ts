// A student taking an assignment from a link: the questions in their order, the answers so far,
// and the result to send back. Answers also become the student's own study cards.
import * as v from 'valibot';
import { cardIdFor, getSettings, recordAnswer, saveCustomSetWithCards } from '$lib/db';
import {
	assignmentAsQuestionSet,
	decodeAssignment,
	inboxFromLink,
	MAX_NAME_LENGTH,
	normaliseStudentName,
	payloadFromLink,
	referencedSet,
	type Inbox
} from '$lib/share';
import { fetchBuiltInSet } from '$lib/content/load-set';
import { ratingForAnswer } from '$lib/srs';
import type { SessionProgress } from '$lib/study';
import { gradeAnswer } from '$lib/study/grade';
import { studentOrder } from '$lib/teach/select';
import type {
	Assignment,
	Outcome,
	Question,
	QuestionAnswer,
	QuestionSet,
	StudentResult
} from '$lib/types';
import { database as appDatabase, type Database } from './database.svelte';
import type { Fragment } from './fragment';
import { inboxOutbox, type Delivery, type InboxOutbox } from './inbox-outbox.svelte';
import { messageOf } from '$lib/error-message';

export type AttemptPhase = 'loading' | 'invalid' | 'intro' | 'question' | 'feedback' | 'done';

/** What is kept in sessionStorage so a reload (or a phone dropping the tab) loses nothing. */
const SavedProgressSchema = v.object({
	student: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NAME_LENGTH)),
	order: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
	position: v.pipe(v.number(), v.integer(), v.minValue(0)),
	answers: v.array(
		v.nullable(v.object({ answer: v.pipe(v.string(), v.maxLength(500)), correct: v.boolean() }))
	),
	startedAt: v.number(),
	feedback: v.boolean()
});

const progressKey = (id: string) => `factdeck:attempt:${id}`;

export const StudentNameSchema = v.pipe(
	v.string(),
	v.transform(normaliseStudentName),
	v.nonEmpty('Enter your name so your teacher knows whose result it is.'),
	v.maxLength(MAX_NAME_LENGTH, `At most ${MAX_NAME_LENGTH} characters.`)
);

export class AssignmentAttempt {
	#database: Database;
	#phase = $state<AttemptPhase>('loading');
	#problem = $state<string | undefined>();
	#inboxWarning = $state<string | undefined>();
	#inbox = $state.raw<Inbox | undefined>();
	#sentId = $state<string | undefined>();
	#sending: Promise<void> = Promise.resolve();
	#assignment = $state.raw<Assignment | undefined>();
	#set = $state.raw<QuestionSet | undefined>();
	#student = $state('');
	#order = $state.raw<number[]>([]);
	#position = $state(0);
	#answers = $state.raw<(QuestionAnswer | undefined)[]>([]);
	#timeMs = $state(0);
	#finishedAt = $state(0);
	#storageProblem = $state<string | undefined>();
	#startedAt = 0;
	#shownAt = 0;
	#cardWrites: Promise<unknown> = Promise.resolve();

	#loadBuiltInSet: (id: string) => Promise<QuestionSet>;
	#outbox: InboxOutbox;
	#opening = 0;

	/**
	 * `loadBuiltInSet` finds the set a compact link names (the app's precached JSON by default);
	 * `outbox` delivers results to the link's class inbox.
	 */
	constructor(
		database: Database = appDatabase,
		loadBuiltInSet: (id: string) => Promise<QuestionSet> = (id) => fetchBuiltInSet(fetch, id),
		outbox: InboxOutbox = inboxOutbox
	) {
		this.#database = database;
		this.#loadBuiltInSet = loadBuiltInSet;
		this.#outbox = outbox;
	}

	get phase() {
		return this.#phase;
	}
	/** Why the link was refused. */
	get problem() {
		return this.#problem;
	}
	get assignment() {
		return this.#assignment;
	}
	/** Why the link's class inbox was dropped (the assignment still works, results go by link). */
	get inboxWarning() {
		return this.#inboxWarning;
	}
	/** The class inbox results go to (besides the link), when the link carries a usable one. */
	get inbox() {
		return this.#inbox;
	}
	/** What became of the result sent to the class inbox; undefined until it is sent. */
	get inboxDelivery(): Delivery | undefined {
		return this.#sentId === undefined ? undefined : this.#outbox.delivery(this.#sentId);
	}
	get student() {
		return this.#student;
	}
	/** Indexes into the assignment's questions, in the order this student sees them. */
	get order() {
		return this.#order;
	}
	get position() {
		return this.#position;
	}
	/** Answers by question index (the assignment's order), undefined until answered. */
	get answers() {
		return this.#answers;
	}
	get timeMs() {
		return this.#timeMs;
	}
	get finishedAt() {
		return this.#finishedAt;
	}
	/** Set when the answers could not also be saved as study cards (the quiz still works). */
	get storageProblem() {
		return this.#storageProblem;
	}

	readonly questions: Question[] = $derived(this.#set?.questions ?? []);

	/** The question being shown, as a full Question (for grading and display). */
	readonly current: Question | undefined = $derived.by(() => {
		const index = this.#order[this.#position];
		return index === undefined ? undefined : this.#set?.questions[index];
	});

	readonly currentAnswer: QuestionAnswer | undefined = $derived.by(() => {
		const index = this.#order[this.#position];
		return index === undefined ? undefined : this.#answers[index];
	});

	readonly correctCount: number = $derived(this.#answers.filter((a) => a?.correct).length);

	/** How far along the student is: questions answered of all. */
	readonly progress: SessionProgress = $derived.by(() => {
		const done = this.#answers.filter((a) => a !== undefined).length;
		const total = this.#order.length;
		return { done, total, fraction: total === 0 ? 1 : done / total };
	});

	readonly scorePct: number = $derived(
		this.#order.length === 0 ? 0 : Math.round((100 * this.correctCount) / this.#order.length)
	);

	/** What the student sends back, answers in the assignment's order. */
	readonly result: StudentResult | undefined = $derived(
		this.#assignment && this.#phase === 'done'
			? {
					assignmentId: this.#assignment.id,
					student: this.#student,
					answers: this.#answers.map((a) => a ?? { answer: '', correct: false }),
					timeMs: this.#timeMs,
					finishedAt: this.#finishedAt
				}
			: undefined
	);

	/**
	 * Reads the assignment from the page's fragment (`/a#A1.…`); a compact link (`#A2.…`) first
	 * loads the built-in set it names, and the promise resolves once the page shows the outcome.
	 */
	open(fragment: Fragment): Promise<void> {
		this.#clear();
		const opening = ++this.#opening;
		if (!fragment.ok) {
			this.#refuse(fragment.error);
			return Promise.resolve();
		}
		const payload = payloadFromLink(fragment.value);
		if (payload === '') {
			this.#refuse(
				'This page needs an assignment link from your teacher, or their QR code scanned.'
			);
			return Promise.resolve();
		}
		const linkInbox = inboxFromLink(fragment.value);
		this.#inboxWarning = linkInbox.warning;
		this.#inbox = linkInbox.inbox;
		const needed = referencedSet(payload);
		if (needed === undefined) {
			this.#accept(decodeAssignment(payload));
			return Promise.resolve();
		}
		const sets = this.#loadBuiltInSet(needed).then(
			(set) => [set],
			() => []
		);
		return sets.then((found) => {
			// A newer link opened meanwhile wins.
			if (opening === this.#opening) this.#accept(decodeAssignment(payload, found));
		});
	}

	#accept(decoded: Outcome<Assignment>): void {
		if (!decoded.ok) {
			this.#refuse(decoded.error);
			return;
		}
		this.#assignment = decoded.value;
		this.#set = assignmentAsQuestionSet(decoded.value);
		this.#phase = 'intro';
		this.#resume();
	}

	/** Picks up an attempt this tab had started on the same assignment. */
	#resume() {
		const assignment = this.#assignment;
		if (!assignment) return;
		let saved: unknown;
		try {
			saved = JSON.parse(sessionStorage.getItem(progressKey(assignment.id)) ?? 'null');
		} catch {
			return;
		}
		const parsed = v.safeParse(SavedProgressSchema, saved);
		const count = assignment.questions.length;
		if (!parsed.success) return;
		const progress = parsed.output;
		const distinct = new Set(progress.order).size; // eslint-disable-line svelte/prefer-svelte-reactivity -- a count, not state
		const valid =
			progress.order.length === count &&
			distinct === count &&
			progress.order.every((i) => i < count) &&
			progress.answers.length === count &&
			progress.position < count;
		if (!valid) return;
		this.#student = normaliseStudentName(progress.student);
		this.#order = progress.order;
		this.#position = progress.position;
		this.#answers = progress.answers.map((a) => a ?? undefined);
		this.#startedAt = progress.startedAt;
		this.#shownAt = Date.now();
		this.#phase = progress.feedback && this.currentAnswer ? 'feedback' : 'question';
	}

	#save() {
		if (!this.#assignment) return;
		const key = progressKey(this.#assignment.id);
		try {
			if (this.#phase === 'done') {
				sessionStorage.removeItem(key);
				return;
			}
			sessionStorage.setItem(
				key,
				JSON.stringify({
					student: this.#student,
					order: this.#order,
					position: this.#position,
					answers: this.#answers.map((a) => a ?? null),
					startedAt: this.#startedAt,
					feedback: this.#phase === 'feedback'
				})
			);
		} catch {
			// Private mode or a full quota: the attempt still works, it just cannot survive a reload.
		}
	}

	/** Starts with a checked name; returns the name's problem instead when there is one. */
	async start(name: string): Promise<string | undefined> {
		const checked = v.safeParse(StudentNameSchema, name);
		if (!checked.success) return checked.issues[0].message;
		if (!this.#assignment || !this.#set) return 'There is no assignment to start.';
		this.#student = checked.output;
		this.#order = studentOrder(this.#assignment.questions, this.#assignment.shuffle);
		this.#answers = this.#assignment.questions.map(() => undefined);
		this.#position = 0;
		this.#startedAt = Date.now();
		this.#shownAt = this.#startedAt;
		this.#phase = 'question';
		this.#save();
		this.#cardWrites = this.#prepareCards(this.#set);
		return undefined;
	}

	answer(given: string) {
		const question = this.current;
		const index = this.#order[this.#position];
		if (!question || index === undefined || this.#phase !== 'question') return;
		const correct = gradeAnswer(question, given);
		const durationMs = Date.now() - this.#shownAt;
		this.#answers = this.#answers.map((a, i) =>
			i === index ? { answer: given.slice(0, 500), correct } : a
		);
		void this.#recordCard(question, given, correct, durationMs);
		if (this.#assignment?.feedback === 'during') {
			this.#phase = 'feedback';
			this.#save();
		} else this.next();
	}

	next() {
		if (this.#position + 1 < this.#order.length) {
			this.#position += 1;
			this.#shownAt = Date.now();
			this.#phase = 'question';
			this.#save();
			return;
		}
		this.#finishedAt = Date.now();
		this.#timeMs = this.#finishedAt - this.#startedAt;
		this.#phase = 'done';
		this.#save();
		this.#sendToInbox();
	}

	/** Once per finished attempt; the result link is offered whatever becomes of it. */
	#sendToInbox() {
		const inbox = this.#inbox;
		const result = this.result;
		if (!inbox || !result) return;
		const { id, sent } = this.#outbox.send(result, inbox);
		this.#sentId = id;
		this.#sending = sent;
	}

	/** Resolves once the result's first try at its class inbox is over. */
	async sent(): Promise<Delivery | undefined> {
		await this.#sending;
		return this.inboxDelivery;
	}

	async #prepareCards(set: QuestionSet) {
		try {
			await saveCustomSetWithCards(await this.#database.open(), set);
		} catch (error) {
			this.#storageFailed(error);
		}
	}

	#recordCard(question: Question, given: string, correct: boolean, durationMs: number) {
		const set = this.#set;
		if (!set) return;
		// One after the other, after the cards exist.
		this.#cardWrites = this.#cardWrites.then(async () => {
			try {
				const db = await this.#database.open();
				const settings = await getSettings(db);
				await recordAnswer(db, {
					cardId: cardIdFor(set.id, question.id),
					rating: ratingForAnswer({ correct, durationMs, type: question.type }),
					answer: given,
					correct,
					mode: 'assignment',
					durationMs,
					now: Date.now(),
					settings
				});
			} catch (error) {
				this.#storageFailed(error);
			}
		});
		return this.#cardWrites;
	}

	/** Resolves when every answer so far is stored as a study review. */
	settled(): Promise<unknown> {
		return this.#cardWrites;
	}

	#storageFailed(error: unknown) {
		this.#storageProblem = `Your answers could not be saved for later study (${messageOf(error)}).`;
	}

	#refuse(message: string) {
		this.#problem = message;
		this.#phase = 'invalid';
	}

	/** Forgets the previous link's attempt before another link is opened. */
	#clear() {
		this.#phase = 'loading';
		this.#problem = undefined;
		this.#inboxWarning = undefined;
		this.#inbox = undefined;
		this.#sentId = undefined;
		this.#sending = Promise.resolve();
		this.#assignment = undefined;
		this.#student = '';
		this.#order = [];
		this.#position = 0;
		this.#answers = [];
		this.#timeMs = 0;
		this.#finishedAt = 0;
		this.#storageProblem = undefined;
		this.#set = undefined;
		this.#cardWrites = Promise.resolve();
	}
}

export const attempt = new AssignmentAttempt();
