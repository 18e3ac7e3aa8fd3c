import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
	getSession,
	listReviews,
	loadReviewQueue,
	STORAGE_FULL_MESSAGE,
	type FactdeckDB
} from '$lib/db';
import { resetIndexedDB } from '$lib/db/testing';
import type { QuestionSet } from '$lib/types';
import { Database } from './database.svelte';
import { QuestionSets } from './question-sets.svelte';
import { SHOW_BUSY_AFTER_MS, Study } from './study.svelte';

const set: QuestionSet = {
	id: 'troops',
	title: 'Troops',
	generatorVersion: 'test',
	sentences: ['They sent 3,000 troops in 2024.', 'Kursk is in Russia.'],
	questions: [
		{
			id: 'f1',
			type: 'flashcard',
			prompt: 'How many troops?',
			answer: '3,000',
			sourceSentence: 0,
			explanation: 'They sent 3,000 troops in 2024.'
		},
		{
			id: 'm1',
			type: 'mcq',
			prompt: 'Which region?',
			answer: 'Kursk',
			options: ['Kursk', 'Paris', 'Oslo', 'Rome'],
			sourceSentence: 1,
			explanation: 'Kursk is in Russia.'
		},
		{
			id: 'c1',
			type: 'cloze',
			prompt: 'They sent _____ troops in 2024.',
			answer: '3,000',
			accept: ['3000'],
			sourceSentence: 0,
			explanation: 'They sent 3,000 troops in 2024.'
		}
	]
};

const T0 = new Date(2026, 2, 10, 12).getTime();

function json(value: unknown): Response {
	return new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
}

async function db(): Promise<FactdeckDB> {
	return database.open();
}

let database: Database;

/**
 * Makes every session write fail only in the (fake) browser, after the commit was requested:
 * adding a session that exists is refused with a ConstraintError. Restore the returned spy.
 */
function failSessionWritesAfterCommit() {
	const put = IDBObjectStore.prototype.put;
	return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
		this: IDBObjectStore,
		value: unknown,
		key?: IDBValidKey
	) {
		return this.name === 'sessions' ? this.add(value, key) : put.call(this, value, key);
	});
}

/** The rated flashcard is back, answer shown, nothing of it stored; rating again stores it. */
async function expectRatedCardBack(study: Study, first: unknown) {
	expect(study.current?.card).toEqual(first);
	expect(study.flipped).toBe(true);
	expect(study.progress.done).toBe(0);
	expect(await listReviews(await db())).toHaveLength(0);
	await study.rate(3);
	expect(study.message).toBeUndefined();
	expect(await listReviews(await db())).toHaveLength(1);
	expect(study.progress.done).toBe(1);
}

let study: Study;

beforeEach(() => {
	resetIndexedDB();
	database = new Database();
	study = new Study({ database, questionSets: new QuestionSets(database) });
	vi.stubGlobal(
		'fetch',
		vi.fn(async (url: string) => {
			if (url === '/sets.json') return json([{ id: set.id, title: set.title }]);
			if (url === `/sets/${set.id}.json`) return json(set);
			return new Response('missing', { status: 404 });
		})
	);
});

describe('study state', () => {
	it('stores a flashcard rating before moving on, and undo takes it back', async () => {
		await study.start('flashcards', { setId: set.id });
		expect(study.status).toBe('studying');
		expect(study.progress).toMatchObject({ done: 0, total: 3 });
		const first = study.current?.card.id;
		await study.rate(3);
		expect(await listReviews(await db())).toHaveLength(0); // not flipped: nothing happens
		study.flip();
		await study.rate(3);
		const reviews = await listReviews(await db());
		expect(reviews).toMatchObject([{ cardId: first, rating: 3, mode: 'flashcard' }]);
		expect(study.progress.done).toBe(1);
		expect(study.current?.card.id).not.toBe(first);
		await study.undo();
		expect(await listReviews(await db())).toHaveLength(0);
		expect(study.current?.card.id).toBe(first);
	});

	it('brings a card rated Again back after its step, waiting for it when nothing else is left', async () => {
		vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: T0 });
		try {
			await study.start('flashcards', { setId: set.id });
			const again = study.current?.card.id;
			study.flip();
			await study.rate(1);
			expect(study.progress).toMatchObject({ done: 1, total: 4 });
			for (let i = 0; i < 2; i++) {
				expect(study.current?.card.id).not.toBe(again);
				study.flip();
				await study.rate(4);
			}
			// ts-fsrs's first learning step is one minute: the session waits for it.
			expect(study.status).toBe('waiting');
			expect(study.waitingUntil).toBe(T0 + 60_000);
			await vi.advanceTimersByTimeAsync(60_000);
			expect(study.status).toBe('studying');
			expect(study.current?.card.id).toBe(again);
			study.flip();
			await study.rate(4);
			expect(study.status).toBe('finished');
			expect(study.summary).toMatchObject({ answered: 4, correct: 3, dueToday: 0 });
		} finally {
			vi.useRealTimers();
		}
	});

	it('can bring a waiting card forward, or end the session with it still learning', async () => {
		await study.start('flashcards', { setId: set.id });
		for (let i = 0; i < 3; i++) {
			study.flip();
			await study.rate(i === 0 ? 1 : 4);
		}
		const waiting = study.session?.learning?.[0]?.cardId;
		expect(study.status).toBe('waiting');
		study.showNow();
		expect(study.current?.card.id).toBe(waiting);
		study.flip();
		await study.rate(1);
		expect(study.status).toBe('waiting');
		await study.finishNow();
		expect(study.status).toBe('finished');
		expect(study.summary).toMatchObject({ answered: 4, dueToday: 1 });
		expect(study.summary?.nextDue).toBeGreaterThan(Date.now());
		// Undo reopens it, with the card back on screen.
		await study.undo();
		expect(study.status).toBe('studying');
		expect(study.current?.card.id).toBe(waiting);
	});

	it('ends a quiz with what it missed, and Retry missed is a quiz of just those', async () => {
		await study.start('quiz', { setId: set.id });
		for (let i = 0; i < 2; i++) {
			await study.answer(study.current?.question.id === 'm1' ? 'Paris' : '3,000');
			await study.continue();
		}
		expect(study.status).toBe('finished');
		expect(study.missed.map(({ item, answer }) => [item.question.id, answer.answer])).toEqual([
			['m1', 'Paris']
		]);
		expect(await study.retryMissed()).toBe(true);
		await study.start('quiz', { setId: set.id });
		expect(study.progress).toMatchObject({ done: 0, total: 1 });
		expect(study.current?.question.id).toBe('m1');
		await study.answer('Kursk');
		await study.continue();
		expect(study.missed).toEqual([]);
		expect(await study.retryMissed()).toBe(false);
	});

	it('grades quiz answers at once, keeps feedback until continue, and ends with a summary', async () => {
		await study.start('quiz', { setId: set.id });
		expect(study.progress.total).toBe(2); // flashcards are not quizzed
		const answers: Record<string, string> = { m1: 'Paris', c1: ' 3000 ' };
		for (let i = 0; i < 2; i++) {
			const item = study.current;
			if (!item) throw new Error('no card');
			await study.answer(answers[item.question.id] ?? '');
			expect(study.feedback?.item.card.id).toBe(item.card.id);
			expect(study.current?.card.id).toBe(item.card.id);
			await study.continue();
		}
		expect(study.status).toBe('finished');
		expect(study.summary).toMatchObject({ answered: 2, correct: 1 });
		const reviews = await listReviews(await db());
		expect(reviews.map((r) => [r.answer, r.correct, r.rating === 1])).toEqual(
			expect.arrayContaining([
				['Paris', false, true],
				[' 3000 ', true, false]
			])
		);
		expect((await getSession(await db(), study.session?.id ?? ''))?.finishedAt).toBeTypeOf(
			'number'
		);
	});

	it('resumes an open session where it was left', async () => {
		await study.start('quiz', { setId: set.id });
		await study.answer('Kursk');
		await study.continue();
		const id = study.session?.id;
		study.reset();
		await study.start('quiz', { setId: set.id });
		expect(study.resumed).toBe(true);
		expect(study.session?.id).toBe(id);
		expect(study.progress).toMatchObject({ done: 1, total: 2 });
		await study.start('quiz', { setId: set.id, fresh: true });
		expect(study.resumed).toBe(false);
		expect(study.progress.done).toBe(0);
	});

	it('a review resumed the next day takes up the cards due since, as home counts them', async () => {
		vi.useFakeTimers({ toFake: ['Date'], now: T0 });
		try {
			await study.start('review');
			const id = study.session?.id;
			const first = study.current;
			if (first?.question.type === 'flashcard') {
				study.flip();
				await study.rate(3);
			} else {
				await study.answer(first?.question.answer ?? '');
				await study.continue();
			}
			expect(study.progress.total - study.progress.done).toBe(1);
			study.reset();
			vi.setSystemTime(T0 + 86_400_000);
			await study.start('review');
			expect(study.resumed).toBe(true);
			expect(study.session?.id).toBe(id);
			expect(study.progress.done).toBe(1);
			// Yesterday's card left, and the sibling buried yesterday: more than the 1 left.
			const today = await loadReviewQueue(await db(), Date.now());
			expect(today.cards).toHaveLength(2);
			expect(study.progress.total - study.progress.done).toBe(today.cards.length);
		} finally {
			vi.useRealTimers();
		}
	});

	it('a test gives no feedback and moves straight on', async () => {
		await study.start('test', { setId: set.id, count: 10 });
		expect(study.progress.total).toBe(2);
		await study.answer('wrong');
		expect(study.feedback).toBeUndefined();
		expect(study.progress.done).toBe(1);
	});

	it('review takes every set of the library, one card per sentence', async () => {
		await study.start('review');
		expect(study.status).toBe('studying');
		// Three new cards from two sentences: siblings wait for another day.
		expect(study.progress.total).toBe(2);
	});

	it('says so when the set does not exist', async () => {
		await study.start('quiz', { setId: 'nope' });
		expect(study.status).toBe('error');
		expect(study.message).toMatch(/no question set/);
	});

	it('a full disk keeps the card on screen and says what to do', async () => {
		await study.start('quiz', { setId: set.id });
		const first = study.current?.card.id;
		const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		await study.answer('Kursk');
		add.mockRestore();
		expect(study.message).toBe(STORAGE_FULL_MESSAGE);
		expect(study.feedback).toBeUndefined();
		expect(study.current?.card.id).toBe(first);
		expect(study.progress.done).toBe(0);
		expect(await listReviews(await db())).toHaveLength(0);
		await study.answer('Kursk');
		expect(study.message).toBeUndefined();
		expect(await listReviews(await db())).toHaveLength(1);
	});

	it('shows the next flashcard once the rating is committed, before it is on disk', async () => {
		// Committed, a write is finished by the browser even if the page is left at once.
		await study.start('flashcards', { setId: set.id });
		const first = study.current?.card.id;
		study.flip();
		const writes: { complete: boolean }[] = [];
		const transaction = IDBDatabase.prototype.transaction;
		const spy = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
			this: IDBDatabase,
			...args: Parameters<IDBDatabase['transaction']>
		) {
			const tx = transaction.apply(this, args);
			if (args[1] === 'readwrite') {
				const write = { complete: false };
				tx.addEventListener('complete', () => (write.complete = true));
				writes.push(write);
			}
			return tx;
		});
		try {
			const rated = study.rate(3);
			expect(study.current?.card.id).toBe(first);
			await rated;
		} finally {
			spy.mockRestore();
		}
		expect(study.current?.card.id).not.toBe(first);
		expect(study.flipped).toBe(false);
		expect(writes.map((w) => w.complete)).toEqual([false]);
		const reviews = await listReviews(await db());
		expect(reviews.map((r) => [r.cardId, r.rating])).toEqual([[first, 3]]);
		expect(writes.map((w) => w.complete)).toEqual([true]);
		await study.undo();
		expect(study.current?.card.id).toBe(first);
		expect(await listReviews(await db())).toHaveLength(0);
	});

	it('a rating that fails after its commit brings its card back, answer shown, and keeps nothing of it', async () => {
		await study.start('flashcards', { setId: set.id });
		const first = study.current?.card;
		study.flip();
		// The session write is queued last, so the rating fails after its commit was requested.
		const spy = failSessionWritesAfterCommit();
		try {
			await study.rate(3);
			expect(study.current?.card.id).not.toBe(first?.id);
			// The next action waits for the disk, and finds the rated card back on screen.
			study.flip();
			await study.rate(3);
		} finally {
			spy.mockRestore();
		}
		expect(study.message).toMatch(/\S/);
		await expectRatedCardBack(study, first);
	});

	it('a rating that fails after its commit, with the screen left meanwhile, lets nothing after it through', async () => {
		await study.start('flashcards', { setId: set.id });
		study.flip();
		const spy = failSessionWritesAfterCommit();
		try {
			await study.rate(3);
		} finally {
			// The first rating's failing write is queued; the next one's are not touched.
			spy.mockRestore();
		}
		study.flip();
		// The next rating waits for the first one's disk; the screen is left meanwhile.
		const second = study.rate(3);
		study.reset();
		await second;
		expect(await listReviews(await db())).toHaveLength(0);
		expect(study.message).toBeUndefined();
		expect(study.status).toBe('idle');
	});

	it('leaves the screen as it is while a quick write is stored, and takes one rating', async () => {
		await study.start('flashcards', { setId: set.id });
		const first = study.current?.card.id;
		study.flip();
		const rated = study.rate(3);
		const pressedAgain = study.rate(1);
		expect(study.busy).toBe(false);
		expect(study.flipped).toBe(true);
		await Promise.all([rated, pressedAgain]);
		const reviews = await listReviews(await db());
		expect(reviews.map((r) => [r.cardId, r.rating])).toEqual([[first, 3]]);
	});

	it('shows a write as busy once it takes longer than SHOW_BUSY_AFTER_MS', async () => {
		await study.start('flashcards', { setId: set.id });
		study.flip();
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		try {
			const rated = study.rate(3);
			vi.advanceTimersByTime(SHOW_BUSY_AFTER_MS - 1);
			expect(study.busy).toBe(false);
			vi.advanceTimersByTime(1);
			expect(study.busy).toBe(true);
			expect(study.canUndo).toBe(false);
			await rated;
			expect(study.busy).toBe(false);
			expect(study.canUndo).toBe(true);
		} finally {
			vi.useRealTimers();
		}
	});

	it('a full disk keeps the rated flashcard on screen, answer shown, and says what to do', async () => {
		await study.start('flashcards', { setId: set.id });
		const first = study.current?.card;
		study.flip();
		const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		await study.rate(3);
		add.mockRestore();
		expect(study.message).toBe(STORAGE_FULL_MESSAGE);
		await expectRatedCardBack(study, first);
	});
});

describe('stale time-sensitive facts', () => {
	// True as of a day long past: older than any threshold the settings allow (60 months).
	const dated: QuestionSet = {
		...set,
		id: 'dated',
		date: '2019-02-27',
		questions: [
			{ ...set.questions[2]!, asOf: '2019-02-27' },
			{ ...set.questions[1]!, id: 'm2' }
		]
	};

	beforeEach(() => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async (url: string) => {
				if (url === '/sets.json') return json([dated, set].map(({ id, title }) => ({ id, title })));
				if (url === `/sets/${dated.id}.json`) return json(dated);
				if (url === `/sets/${set.id}.json`) return json(set);
				return new Response('missing', { status: 404 });
			})
		);
	});

	async function toDatedCard() {
		await study.start('quiz', { setId: dated.id });
		// Stable facts are never flagged; answer them until the dated one is on screen.
		while (study.current && study.current.question.id !== 'c1') {
			expect(study.stale).toBe(false);
			await study.answer(study.current.question.answer);
			await study.continue();
		}
		expect(study.current?.question.id).toBe('c1');
	}

	it('flags the old fact; "Still true" records today and clears the flag, writing no review', async () => {
		await toDatedCard();
		expect(study.stale).toBe(true);
		const reviewsBefore = await listReviews(await db());
		await study.checkFact('still-true');
		expect(study.stale).toBe(false);
		expect(study.current?.card.confirmedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(await listReviews(await db())).toEqual(reviewsBefore);
		// The card is still asked, and stays unflagged in a new session.
		await study.answer('3,000');
		expect(study.feedback?.correct).toBe(true);
		await study.start('quiz', { setId: dated.id, fresh: true });
		expect(study.stale).toBe(false);
	});

	it('"Outdated" retires the card, keeps the review log and takes it out of the session', async () => {
		await toDatedCard();
		const reviewsBefore = await listReviews(await db());
		await study.checkFact('outdated');
		expect(await listReviews(await db())).toEqual(reviewsBefore);
		const card = await (await db()).get('cards', 'dated:c1');
		expect(card).toMatchObject({ retired: true, outdatedOn: expect.stringMatching(/^\d{4}-/) });
		expect(study.current?.question.id).not.toBe('c1');
		// A new session never brings it back.
		await study.start('quiz', { setId: dated.id, fresh: true });
		expect(study.session?.queue).not.toContain('dated:c1');
	});

	it('does nothing when the card on screen is not stale', async () => {
		await study.start('quiz', { setId: set.id });
		expect(study.status).toBe('studying');
		expect(study.stale).toBe(false);
		await study.checkFact('outdated');
		expect((await (await db()).getAll('cards')).some((c) => c.retired)).toBe(false);
	});
});
