import * as v from 'valibot';
import { QUESTION_TYPES, STUDY_MODES } from '$lib/types';
import { MAX_STALE_MONTHS, MIN_STALE_MONTHS } from '$lib/srs/settings';
import { calendarDate } from '$lib/study/staleness';

// The shape of a backup file, checked field by field: a backup is untrusted input (it may come
// from anywhere) and goes straight into the database.

const MAX_TIME = 8.64e15; // the largest time a JS Date can hold

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIME));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const real = (min: number, max: number) =>
	v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
const cardState = v.picklist([0, 1, 2, 3] as const);
/** A real calendar date, YYYY-MM-DD. */
const calendarDay = v.pipe(
	v.string(),
	v.isoDate(),
	v.check((day) => calendarDate(day) !== null, 'not a real calendar date')
);
const rating = v.picklist([1, 2, 3, 4] as const);

const scheduleEntries = {
	due: time,
	stability: real(0, 1e6),
	difficulty: real(0, 100),
	elapsedDays: real(0, 1e6),
	scheduledDays: real(0, 1e6),
	learningSteps: count,
	reps: count,
	lapses: count,
	state: cardState,
	lastReview: v.nullable(time)
};

export const CardScheduleSchema = v.strictObject(scheduleEntries);

export const CardSchema = v.pipe(
	v.strictObject({
		id,
		setId: id,
		questionId: id,
		siblingKey: id,
		retired: v.boolean(),
		addedAt: time,
		confirmedOn: v.optional(calendarDay),
		outdatedOn: v.optional(calendarDay),
		supersededBy: v.optional(id),
		supersedes: v.optional(id),
		sameAs: v.optional(id),
		update: v.optional(
			v.strictObject({
				from: text(10_000),
				fromDate: v.optional(calendarDay),
				to: text(10_000),
				toDate: v.optional(calendarDay),
				atReps: count
			})
		),
		...scheduleEntries
	}),
	v.check(
		(card) => card.id === `${card.setId}:${card.questionId}`,
		'card id must be "setId:questionId"'
	),
	v.check((card) => !card.outdatedOn || card.retired, 'an outdated card must be retired'),
	v.check(
		(card) => (!card.supersededBy && !card.sameAs) || card.retired,
		'a superseded card must be retired'
	)
);

export const ReviewSchema = v.strictObject({
	id: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
	cardId: id,
	setId: id,
	rating,
	answer: text(10_000),
	correct: v.boolean(),
	mode: v.picklist(STUDY_MODES),
	durationMs: real(0, 1e10),
	reviewedAt: time,
	before: v.nullable(CardScheduleSchema),
	dueAfter: time
});

const SessionAnswerSchema = v.strictObject({
	cardId: id,
	answer: text(10_000),
	correct: v.boolean(),
	rating,
	durationMs: real(0, 1e10),
	answeredAt: time,
	reviewId: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1)))
});

export const SessionSchema = v.pipe(
	v.strictObject({
		id,
		mode: v.picklist(STUDY_MODES),
		setId: v.optional(id),
		queue: v.array(id),
		position: count,
		answers: v.array(SessionAnswerSchema),
		learning: v.optional(v.array(v.strictObject({ cardId: id, due: time }))),
		startedAt: time,
		finishedAt: v.optional(time)
	}),
	v.check(
		(s) => s.position === s.answers.length && s.position <= s.queue.length,
		'session position must equal its number of answers'
	),
	v.check(
		(s) =>
			(s.learning ?? []).every((card, i, all) => i === 0 || (all[i - 1]?.due ?? 0) <= card.due),
		'session cards in learning must be in the order they are due'
	)
);

// Sets are the generator's format, which may grow fields: unknown fields are kept (loose), and
// hostile keys such as __proto__ are refused before validation (see parseBackup).
export const QuestionSchema = v.looseObject({
	id,
	type: v.picklist(QUESTION_TYPES),
	prompt: text(10_000),
	answer: text(10_000),
	options: v.optional(v.array(text(10_000))),
	accept: v.optional(v.array(text(10_000))),
	sourceSentence: count,
	explanation: text(100_000),
	difficulty: v.optional(real(0, 10)),
	tags: v.optional(v.array(text(300))),
	asOf: v.optional(calendarDay)
});

export const QuestionSetSchema = v.looseObject({
	id,
	title: text(1_000),
	source: v.optional(text(10_000)),
	url: v.optional(text(10_000)),
	date: v.optional(text(100)),
	tags: v.optional(v.array(text(300))),
	story: v.optional(v.strictObject({ id, title: text(1_000) })),
	generatorVersion: text(100),
	sentences: v.array(text(100_000)),
	warnings: v.optional(v.array(text(10_000))),
	questions: v.array(QuestionSchema)
});

export const SettingsSchema = v.strictObject({
	desiredRetention: real(0.7, 0.97),
	newPerDay: v.pipe(count, v.maxValue(9999)),
	theme: v.picklist(['system', 'light', 'dark'] as const),
	// Absent from backups made before version 3; the default (6) is filled in on import.
	staleAfterMonths: v.optional(
		v.pipe(v.number(), v.integer(), v.minValue(MIN_STALE_MONTHS), v.maxValue(MAX_STALE_MONTHS))
	)
});

// The teacher's records: assignments this device made and the results it received. We own both
// shapes, so unknown keys are refused. Limits are generous (what the stores may hold, not what a
// link may carry): a backup must never refuse data the app itself stored.
const AssignmentQuestionSchema = v.strictObject({
	id,
	type: v.picklist(QUESTION_TYPES),
	prompt: text(10_000),
	answer: text(10_000),
	options: v.optional(v.array(text(10_000))),
	accept: v.optional(v.array(text(10_000))),
	explanation: v.optional(text(100_000))
});

export const AssignmentSchema = v.strictObject({
	id,
	title: text(1_000),
	due: v.optional(text(100)),
	passMark: real(0, 100),
	shuffle: v.boolean(),
	feedback: v.picklist(['during', 'end'] as const),
	createdAt: count,
	questions: v.array(AssignmentQuestionSchema)
});

const StudentResultSchema = v.strictObject({
	assignmentId: id,
	student: id,
	answers: v.array(v.strictObject({ answer: text(10_000), correct: v.boolean() })),
	timeMs: real(0, 1e10),
	finishedAt: count
});

export const ReceivedResultSchema = v.pipe(
	v.strictObject({
		id: v.pipe(v.string(), v.minLength(1), v.maxLength(1_000)),
		assignmentId: id,
		result: StudentResultSchema,
		receivedAt: time
	}),
	v.check(
		(r) => r.result.assignmentId === r.assignmentId && r.id.startsWith(`${r.assignmentId}|`),
		"a result record's id and assignmentId must match its result's assignment"
	)
);

export const BACKUP_FORMAT = 'factdeck-backup';
/**
 * Version of the backup format this build writes and the newest it can read.
 * 1: cards, reviews, sessions, customSets, settings. 2: also assignments and results.
 * 3: cards may carry confirmedOn/outdatedOn, questions asOf, settings staleAfterMonths (an older
 * Factdeck would refuse these fields, so it is told the file is newer instead).
 * 4: stories; sets may name their story, cards may carry supersededBy/supersedes/sameAs/update.
 */
export const BACKUP_VERSION = 4;

const backupEntries = {
	format: v.literal(BACKUP_FORMAT),
	exportedAt: v.pipe(v.string(), v.isoTimestamp()),
	cards: v.array(CardSchema),
	reviews: v.array(ReviewSchema),
	sessions: v.array(SessionSchema),
	customSets: v.array(QuestionSetSchema),
	settings: SettingsSchema
};

/** Version 1 files: no teacher stores (read as empty). */
export const BackupV1Schema = v.strictObject({ ...backupEntries, version: v.literal(1) });

const teacherEntries = {
	assignments: v.array(AssignmentSchema),
	results: v.array(ReceivedResultSchema)
};

export const BackupV2Schema = v.strictObject({
	...backupEntries,
	version: v.literal(2),
	...teacherEntries
});

export const BackupV3Schema = v.strictObject({
	...backupEntries,
	version: v.literal(3),
	...teacherEntries
});

export const StorySchema = v.strictObject({
	id: v.pipe(id, v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'story id must be lower-case words')),
	title: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	createdAt: time
});

export const BackupV4Schema = v.strictObject({
	...backupEntries,
	version: v.literal(4),
	...teacherEntries,
	stories: v.array(StorySchema)
});

/** Every version this build reads; parseBackup brings older ones up to BACKUP_VERSION. */
export const BackupSchema = v.variant(
	'version',
	[BackupV1Schema, BackupV2Schema, BackupV3Schema, BackupV4Schema],
	'unknown backup version'
);
