/* eslint-disable svelte/prefer-svelte-reactivity -- the rule flags every Map and Set of an exported class; these are lookups built and used in one call, or replaced whole in $state.raw, never mutated where a view reads them */
import {
	getCard,
	getSettings,
	listOpenSessions,
	listSetCards,
	loadResumableSession,
	loadReviewQueue,
	issueAnswer,
	recordAnswer,
	recordFactCheck,
	saveSession,
	syncSetCards,
	undoLastAnswer,
	type AnswerInput,
	type FactdeckDB
} from '$lib/db';
import { DEFAULT_SETTINGS, isPassingRating, ratingForAnswer } from '$lib/srs';
import {
	currentCardId,
	dayKey,
	finishSession,
	isFinished,
	needsRecheck,
	pickTestCards,
	progress,
	siblingOf,
	skipCard,
	spreadSiblings,
	startSession,
	summarize,
	takeDueLearning,
	waitingUntil,
	withTodaysQueue,
	type SessionProgress,
	type SessionSummary
} from '$lib/study';
import { gradeAnswer } from '$lib/study';
import type {
	Card,
	FactUpdate,
	Question,
	QuestionSet,
	ReviewRating,
	SessionAnswer,
	Settings,
	StudyMode,
	StudySession
} from '$lib/types';
import { AUTO_GRADED, cardsOfTypes, practiceQueue } from '$lib/study/practice';
import { database as appDatabase, type Database } from './database.svelte';
import { questionSets as appQuestionSets, type QuestionSets } from './question-sets.svelte';
import { messageOf } from '$lib/error-message';
import { noteLocalChange } from './local-changes';

export type StudyKind = 'flashcards' | 'quiz' | 'review' | 'test';
/** 'waiting': every card is answered and some come back after their learning step. */
export type StudyStatus =
	'idle' | 'loading' | 'empty' | 'studying' | 'waiting' | 'finished' | 'error';

const MODES: Record<StudyKind, StudyMode> = {
	flashcards: 'flashcard',
	quiz: 'quiz',
	review: 'review',
	test: 'test'
};

export const DEFAULT_TEST_LENGTH = 10;

/**
 * How long storing an action may take before the screen shows it as busy (its controls
 * disabled). A quick write leaves the screen as it is until it is stored: changed at once, the
 * browser would lay out and paint it while the write is under way, and the next card came later.
 */
export const SHOW_BUSY_AFTER_MS = 100;

/** One card with what is needed to show it. */
export interface StudyItem {
	card: Card;
	question: Question;
	set: QuestionSet;
}

/** What a quiz shows after an answer, while the session has already moved on. */
export interface Feedback {
	item: StudyItem;
	given: string;
	correct: boolean;
}

/** A question answered wrong, with what was given. */
export interface MissedItem {
	item: StudyItem;
	answer: SessionAnswer;
}

export interface StartOptions {
	setId?: string;
	/** Start a new session instead of resuming an open one. */
	fresh?: boolean;
	/** Test length. */
	count?: number;
}

/**
 * Holds a Web Lock named after the session while this tab studies it, so a second tab opening
 * the same screen starts its own session instead of advancing this one.
 */
function holdSessionLock(sessionId: string): Promise<(() => void) | null> {
	if (typeof navigator === 'undefined' || !navigator.locks) return Promise.resolve(() => {});
	return new Promise((resolve) => {
		navigator.locks
			.request(`factdeck-session:${sessionId}`, { ifAvailable: true }, (lock) => {
				if (!lock) {
					resolve(null);
					return undefined;
				}
				return new Promise<void>((release) => resolve(() => release()));
			})
			.catch(() => resolve(null));
	});
}

function newSessionId(kind: StudyKind): string {
	return `${kind}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The study session on screen: loading, answering, undo, resume and the summary. */
export class Study {
	#database: Database;
	#questionSets: QuestionSets;
	#status = $state<StudyStatus>('idle');
	#kind = $state<StudyKind>('review');
	#session = $state.raw<StudySession | undefined>();
	#items = $state.raw(new Map<string, StudyItem>());
	#feedback = $state.raw<Feedback | undefined>();
	#flipped = $state(false);
	/** An action is being stored: others are refused until it is. */
	#pending = false;
	/** Shown: an action has taken longer than SHOW_BUSY_AFTER_MS. */
	#busy = $state(false);
	#showBusy: ReturnType<typeof setTimeout> | undefined;
	#resumed = $state(false);
	#message = $state<string | undefined>();
	#settings = $state.raw<Settings>({ ...DEFAULT_SETTINGS });
	#summary = $state.raw<SessionSummary | undefined>();
	#set = $state.raw<QuestionSet | undefined>();
	#shownAt = 0;
	#wake: ReturnType<typeof setTimeout> | undefined;
	#release: (() => void) | undefined;
	#db: FactdeckDB | undefined;
	#startToken = 0;
	/**
	 * The last rating, shown past before it reached the disk: true once it is there, false if it
	 * failed (its card is then back on screen). Every later write waits for it.
	 */
	#unsaved: Promise<boolean> = Promise.resolve(true);

	constructor({ database = appDatabase, questionSets = appQuestionSets } = {}) {
		this.#database = database;
		this.#questionSets = questionSets;
	}

	get status() {
		return this.#status;
	}
	get kind() {
		return this.#kind;
	}
	get session() {
		return this.#session;
	}
	/** The set studied, for set modes. */
	get set() {
		return this.#set;
	}
	get settings() {
		return this.#settings;
	}
	get feedback() {
		return this.#feedback;
	}
	get flipped() {
		return this.#flipped;
	}
	/** An action is being stored, and has taken long enough to show (SHOW_BUSY_AFTER_MS). */
	get busy() {
		return this.#busy;
	}
	get resumed() {
		return this.#resumed;
	}
	/** A problem to show (storage full, undo refused, set missing). */
	get message() {
		return this.#message;
	}
	get summary() {
		return this.#summary;
	}

	/** The card on screen: the one answered while its feedback shows, else the session's next. */
	readonly current: StudyItem | undefined = $derived.by(() => {
		if (this.#feedback) return this.#feedback.item;
		const id = this.#session && currentCardId(this.#session);
		return id === undefined ? undefined : this.#items.get(id);
	});

	readonly progress: SessionProgress = $derived(
		this.#session ? progress(this.#session) : { done: 0, total: 0, fraction: 0 }
	);

	readonly canUndo: boolean = $derived(!this.#busy && (this.#session?.answers.length ?? 0) > 0);

	/** While waiting: when the next card's learning step is over (epoch ms). */
	readonly waitingUntil: number | undefined = $derived(
		this.#status === 'waiting' && this.#session ? waitingUntil(this.#session) : undefined
	);

	/** The cards this session answered wrong, each once, in the order they were answered. */
	readonly missed: MissedItem[] = $derived.by(() => {
		const seen = new Set<string>();
		const missed: MissedItem[] = [];
		for (const answer of this.#session?.answers ?? []) {
			const item = this.#items.get(answer.cardId);
			if (answer.correct || !item || seen.has(answer.cardId)) continue;
			seen.add(answer.cardId);
			missed.push({ item, answer });
		}
		return missed;
	});

	/**
	 * The card on screen states a time-sensitive fact older than the settings allow (counted from
	 * its date or the last "Still true"), and is not answered yet: ask before drilling it.
	 */
	readonly stale: boolean = $derived.by(() => {
		const item = this.current;
		if (!item || this.#feedback) return false;
		return needsRecheck(
			item.question,
			item.card,
			this.#settings.staleAfterMonths,
			dayKey(Date.now())
		);
	});

	/**
	 * A newer article changed the fact on screen, and this is its first review since: what it
	 * was and what it is now (kept on screen while the answer's feedback shows).
	 */
	readonly factUpdate: FactUpdate | undefined = $derived.by(() => {
		const card = this.current?.card;
		const update = card?.update;
		if (!card || !update) return undefined;
		const answered = this.#feedback ? 1 : 0;
		return update.atReps === card.reps || update.atReps === card.reps - answered
			? update
			: undefined;
	});

	item(cardId: string): StudyItem | undefined {
		return this.#items.get(cardId);
	}

	async start(kind: StudyKind, { setId, fresh = false, count }: StartOptions = {}) {
		const token = ++this.#startToken;
		this.#leave();
		this.#kind = kind;
		this.#status = 'loading';
		try {
			// The built-in sets are fetched while the database opens (syncAll reuses them).
			if (kind === 'review') this.#questionSets.builtIn().catch(() => {});
			const db = (this.#db = await this.#database.open());
			const now = Date.now();
			// The settings are read while the sets load and sync.
			const [settings, sets] = await Promise.all([
				getSettings(db),
				kind === 'review' ? this.#questionSets.syncAll(db, now) : this.#studiedSet(db, now, setId)
			]);
			if (token !== this.#startToken) return;
			const mode = MODES[kind];
			let session: StudySession | undefined;
			let resumed = false;
			if (!fresh) {
				for (const open of await listOpenSessions(db, { mode, setId })) {
					const release = await holdSessionLock(open.id);
					if (!release) continue;
					session = await loadResumableSession(db, open.id);
					if (session) {
						this.#release = release;
						resumed = true;
						break;
					}
					release();
				}
			}
			let queued: Card[] = [];
			if (kind === 'review' && session) {
				queued = await this.#newQueue(db, kind, sets, now);
				session = withTodaysQueue(
					session,
					queued.map((c) => c.id)
				);
			} else if (!session) {
				queued = await this.#newQueue(db, kind, sets, now, count);
				const queue = queued.map((c) => c.id);
				session = startSession({ id: newSessionId(kind), mode, setId, queue, now });
				this.#release = (await holdSessionLock(session.id)) ?? undefined;
				if (queue.length > 0) await saveSession(db, session);
			}
			const items = await this.#itemsFor(db, session, sets, queued);
			if (token !== this.#startToken) {
				this.#leave();
				return;
			}
			// Cards whose question is gone since the session began cannot be shown.
			const answered = session.queue.slice(0, session.position);
			const rest = session.queue.slice(session.position).filter((id) => items.has(id));
			const shown: StudySession = { ...session, queue: [...answered, ...rest] };
			if (session.learning) shown.learning = session.learning.filter((c) => items.has(c.cardId));
			this.#items = items;
			this.#settings = settings;
			this.#set = kind === 'review' ? undefined : sets[0];
			this.#resumed = resumed;
			this.#shownAt = Date.now();
			if (isFinished(shown) && shown.answers.length > 0) {
				// A resumed review whose cards are all answered since (on another screen): it ends.
				await this.#finish(shown);
			} else if (isFinished(shown)) {
				this.#session = shown;
				this.#status = 'empty';
			} else await this.#settle(shown);
		} catch (error) {
			if (token !== this.#startToken) return;
			this.#message = messageOf(error, 'Something went wrong.');
			this.#status = 'error';
		}
	}

	/** The set a set mode studies, with its cards made to match its questions. */
	async #studiedSet(
		db: FactdeckDB,
		now: number,
		setId: string | undefined
	): Promise<QuestionSet[]> {
		const set = setId ? await this.#questionSets.load(db, setId) : undefined;
		if (!set) throw new Error('There is no question set here. Pick one in the library.');
		await syncSetCards(db, set, now);
		return [set];
	}

	async #newQueue(
		db: FactdeckDB,
		kind: StudyKind,
		sets: QuestionSet[],
		now: number,
		count = DEFAULT_TEST_LENGTH
	): Promise<Card[]> {
		if (kind === 'review') {
			const loaded = new Set(sets.map((s) => s.id));
			return (await loadReviewQueue(db, now)).cards.filter((c) => loaded.has(c.setId));
		}
		const set = sets[0] as QuestionSet;
		const cards = await listSetCards(db, set.id);
		if (kind === 'test') {
			return pickTestCards(cardsOfTypes(cards, set, AUTO_GRADED), count);
		}
		const types = kind === 'quiz' ? AUTO_GRADED : (['flashcard', ...AUTO_GRADED] as const);
		return practiceQueue(cards, set, { now, types });
	}

	async #itemsFor(
		db: FactdeckDB,
		session: StudySession,
		sets: QuestionSet[],
		/** Cards just read for the queue; the session's other cards are read here. */
		known: readonly Card[]
	): Promise<Map<string, StudyItem>> {
		const bySet = new Map(
			sets.map((set) => [set.id, { set, questions: new Map(set.questions.map((q) => [q.id, q])) }])
		);
		const ids = new Set([...session.queue, ...(session.learning ?? []).map((c) => c.cardId)]);
		const knownIds = new Set(known.map((card) => card.id));
		const read = await Promise.all(
			[...ids].filter((id) => !knownIds.has(id)).map((id) => getCard(db, id))
		);
		const cards = [...known, ...read];
		const items: [string, StudyItem][] = [];
		for (const card of cards) {
			if (!card) continue;
			const entry = bySet.get(card.setId);
			const question = entry?.questions.get(card.questionId);
			if (entry && question) items.push([card.id, { card, question, set: entry.set }]);
		}
		return new Map(items);
	}

	/** Grades an answer to a quiz, review or test question, and stores it. */
	async answer(given: string) {
		const item = this.current;
		if (!item || this.#pending || this.#feedback) return;
		const correct = gradeAnswer(item.question, given);
		const durationMs = Date.now() - this.#shownAt;
		const rating = ratingForAnswer({ correct, durationMs, type: item.question.type });
		const input = this.#answerInput(item, rating, given, correct, durationMs);
		const recorded = input && (await this.#store((db) => recordAnswer(db, input)));
		if (!recorded) return;
		this.#replaceCard(recorded.card);
		if (this.#kind === 'test') await this.#next(recorded.session);
		else {
			this.#session = recorded.session;
			this.#feedback = { item, given, correct };
		}
	}

	/** Shows the back of the flashcard. */
	flip() {
		if (this.#status === 'studying' && !this.#feedback) this.#flipped = true;
	}

	/**
	 * Stores a self-rated flashcard, then shows the next card. The next card shows once every
	 * write of the rating is queued and committed (the browser then finishes it even if the page
	 * is left at once), not after the disk: should the commit still fail, the rated card comes
	 * back, answer shown, with the reason. A session's end waits for the disk.
	 */
	async rate(rating: ReviewRating) {
		const item = this.current;
		const session = this.#session;
		if (!item || !session || this.#pending || !this.#flipped) return;
		const durationMs = Date.now() - this.#shownAt;
		const input = this.#answerInput(item, rating, '', isPassingRating(rating), durationMs);
		const issued = input && (await this.#store((db) => issueAnswer(db, input)));
		if (!issued) return;
		const token = this.#startToken;
		this.#unsaved = issued.stored.then(
			() => true,
			(error: unknown) => {
				// Anything waiting on this screen backs off; a screen opened since waits on its own.
				if (token === this.#startToken) this.#putBack(session, item, error);
				return false;
			}
		);
		this.#replaceCard(issued.recorded.card);
		await this.#next(issued.recorded.session);
	}

	/** A rating that did not reach the disk: its card again, answer shown, and why. */
	#putBack(session: StudySession, item: StudyItem, error: unknown) {
		this.#stopWaiting();
		this.#unsaved = Promise.resolve(true);
		this.#session = session;
		this.#items = new Map(this.#items).set(item.card.id, item);
		this.#summary = undefined;
		this.#feedback = undefined;
		this.#status = 'studying';
		this.#flipped = true;
		this.#shownAt = Date.now();
		const reason =
			error instanceof DOMException && error.name === 'AbortError'
				? 'the browser stopped the write.'
				: messageOf(error, 'the browser stopped the write.');
		this.#message = `That answer was not saved, so its card is back: ${reason}`;
	}

	/** Leaves a quiz answer's feedback for the next card (or the summary). */
	async continue() {
		const session = this.#session;
		if (!this.#feedback || !session || this.#pending) return;
		this.#feedback = undefined;
		await this.#next(session);
	}

	/**
	 * The learner's verdict on the stale fact on screen. "Still true" records today, so the flag
	 * waits another N months; "Outdated" retires the card (history kept, no review written) and
	 * takes it out of this session.
	 */
	async checkFact(verdict: 'still-true' | 'outdated') {
		const item = this.current;
		const session = this.#session;
		if (!item || !session || this.#pending || !this.stale) return;
		await this.#store(async (db) => {
			const card = await recordFactCheck(db, item.card.id, verdict, dayKey(Date.now()));
			this.#replaceCard(card);
			if (verdict === 'still-true') return;
			const next = skipCard(session, card.id);
			this.#flipped = false;
			this.#shownAt = Date.now();
			if (!isFinished(next)) {
				await saveSession(db, next);
				await this.#settle(next);
			} else if (next.answers.length > 0) {
				this.#session = next;
				await this.#finish(next);
			} else {
				// Nothing answered and nothing left: close the session, show "all caught up".
				const closed = finishSession(next, Date.now());
				await saveSession(db, closed);
				this.#session = closed;
				this.#status = 'empty';
			}
		});
	}

	async undo() {
		const session = this.#session;
		if (!session || this.#pending || !this.canUndo) return;
		const undone = await this.#store((db) => undoLastAnswer(db, { session }));
		if (!undone) return;
		this.#stopWaiting();
		this.#replaceCard(undone.card);
		this.#session = undone.session;
		this.#feedback = undefined;
		this.#flipped = false;
		this.#summary = undefined;
		this.#status = 'studying';
		this.#shownAt = Date.now();
	}

	/** What an answer to the card on screen stores; undefined when no session is open. */
	#answerInput(
		item: StudyItem,
		rating: ReviewRating,
		answer: string,
		correct: boolean,
		durationMs: number
	): (AnswerInput & { session: StudySession }) | undefined {
		const session = this.#session;
		if (!session) return undefined;
		return {
			cardId: item.card.id,
			rating,
			answer,
			correct,
			mode: session.mode,
			durationMs,
			now: Date.now(),
			settings: this.#settings,
			session,
			shown: item.card
		};
	}

	/**
	 * Runs one action that stores something; others are refused until it is done. Undefined
	 * when it failed (the message says why) or the screen was left meanwhile.
	 */
	async #store<T>(write: (db: FactdeckDB) => Promise<T>): Promise<T | undefined> {
		const db = this.#db;
		if (!db || this.#pending) return undefined;
		const token = this.#startToken;
		this.#pending = true;
		this.#message = undefined;
		this.#showBusy = setTimeout(() => (this.#busy = true), SHOW_BUSY_AFTER_MS);
		try {
			// A rating still on its way to the disk goes first; if it failed, its card is back
			// on screen and this action was meant for the card that replaced it.
			if (!(await this.#unsaved) || token !== this.#startToken) return undefined;
			const result = await write(db);
			// Stored: sync, when it is on, sends it soon.
			noteLocalChange();
			return token === this.#startToken ? result : undefined;
		} catch (error) {
			if (token === this.#startToken) this.#message = messageOf(error, 'Something went wrong.');
			return undefined;
		} finally {
			if (token === this.#startToken) this.#notBusy();
		}
	}

	#notBusy() {
		clearTimeout(this.#showBusy);
		this.#showBusy = undefined;
		this.#pending = false;
		this.#busy = false;
	}

	#replaceCard(card: Card) {
		const item = this.#items.get(card.id);
		if (!item) return;
		this.#items = new Map(this.#items).set(card.id, { ...item, card });
	}

	/** While waiting for a learning step: show the card now instead. */
	showNow() {
		const session = this.#session;
		const until = session && waitingUntil(session);
		if (this.#status !== 'waiting' || !session || until === undefined) return;
		this.#stopWaiting();
		this.#session = takeDueLearning(session, until, this.#siblingOf);
		this.#status = 'studying';
		this.#shownAt = Date.now();
	}

	/** While waiting for a learning step: end here; those cards are due in review. */
	async finishNow() {
		const session = this.#session;
		if (this.#status !== 'waiting' || !session) return;
		this.#stopWaiting();
		await this.#finish(session);
	}

	/**
	 * Stores a quiz of the cards this session missed, siblings apart; opening the set's quiz
	 * then resumes it (the newest open quiz of the set). False when there is nothing to retry.
	 */
	async retryMissed(): Promise<boolean> {
		const set = this.#set;
		const cards = this.missed.map(({ item }) => item.card);
		if (!this.#db || !set || this.#pending || cards.length === 0) return false;
		const queue = spreadSiblings(cards, siblingOf).map((card) => card.id);
		try {
			const retry = startSession({
				id: newSessionId('quiz'),
				mode: 'quiz',
				setId: set.id,
				queue,
				now: Date.now()
			});
			await saveSession(this.#db, retry);
			return true;
		} catch (error) {
			this.#message = messageOf(error, 'Something went wrong.');
			return false;
		}
	}

	#siblingOf = (cardId: string): string => this.#items.get(cardId)?.card.siblingKey ?? cardId;

	async #next(session: StudySession) {
		this.#flipped = false;
		this.#shownAt = Date.now();
		await this.#settle(session);
	}

	/**
	 * After any change: a card whose learning step is over comes in; then the session goes on,
	 * waits for the next step (waking itself when it is over), or ends.
	 */
	async #settle(session: StudySession, now = Date.now()) {
		this.#stopWaiting();
		const next = takeDueLearning(session, now, this.#siblingOf);
		this.#session = next;
		if (isFinished(next)) {
			await this.#finish(next);
			return;
		}
		const until = waitingUntil(next);
		if (until === undefined) {
			if (this.#status === 'waiting') this.#shownAt = Date.now();
			this.#status = 'studying';
			return;
		}
		this.#status = 'waiting';
		this.#wake = setTimeout(
			() => {
				this.#wake = undefined;
				const current = this.#session;
				if (this.#status === 'waiting' && current) void this.#settle(current);
			},
			Math.max(0, until - Date.now())
		);
	}

	#stopWaiting() {
		if (this.#wake !== undefined) clearTimeout(this.#wake);
		this.#wake = undefined;
	}

	async #finish(session: StudySession) {
		const db = this.#db;
		if (!db) return;
		const token = this.#startToken;
		// Closed by its last answer's own write (should that fail, the card comes back), or
		// closed here once every earlier write is on disk. A screen left meanwhile is not touched.
		const finished =
			session.finishedAt === undefined ? finishSession(session, Date.now()) : session;
		if (finished !== session) {
			if (!(await this.#unsaved) || token !== this.#startToken) return;
			try {
				await saveSession(db, finished);
			} catch (error) {
				if (token === this.#startToken) this.#message = messageOf(error, 'Something went wrong.');
			}
			if (token !== this.#startToken) return;
		}
		const cards = new Map(
			finished.answers.flatMap((answer) => {
				const card = this.#items.get(answer.cardId)?.card;
				return card ? [[card.id, card] as const] : [];
			})
		);
		this.#session = finished;
		this.#summary = summarize(finished, cards);
		this.#status = 'finished';
	}

	#leave() {
		this.#stopWaiting();
		this.#unsaved = Promise.resolve(true);
		this.#release?.();
		this.#release = undefined;
		this.#session = undefined;
		this.#items = new Map();
		this.#feedback = undefined;
		this.#flipped = false;
		this.#notBusy();
		this.#resumed = false;
		this.#message = undefined;
		this.#summary = undefined;
		this.#set = undefined;
	}

	/** Leaves the screen: a start still loading is dropped, and nothing of this session stays. */
	reset() {
		this.#startToken++;
		this.#leave();
		this.#status = 'idle';
		this.#kind = 'review';
		this.#settings = { ...DEFAULT_SETTINGS };
		this.#db = undefined;
	}
}

export const study = new Study();
