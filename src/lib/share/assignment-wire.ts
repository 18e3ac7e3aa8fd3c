// The compact wire form of an assignment: one-letter keys, mcq answers as an index into the
// options (so the answer text is not sent twice), optional fields left out (mcq `accept` is not
// carried: a chosen option needs no other spellings). Deflate removes most of
// the cost of repeated keys; the rest is what keeps a 20-question set inside one QR code.
import * as v from 'valibot';
import type { Assignment, AssignmentQuestion, QuestionType } from '$lib/types';

export const LIMITS = {
	questions: 200,
	id: 80,
	title: 200,
	text: 2000,
	explanation: 5000,
	option: 500,
	options: 10,
	accept: 20
} as const;

const TYPE_CODE = {
	mcq: 'm',
	cloze: 'c',
	truefalse: 't',
	numeric: 'n',
	flashcard: 'f'
} as const satisfies Record<QuestionType, string>;
type TypeCode = (typeof TYPE_CODE)[QuestionType];
const TYPE_OF = Object.fromEntries(
	Object.entries(TYPE_CODE).map(([type, code]) => [code, type])
) as Record<TypeCode, QuestionType>;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nonEmptyText = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

/** Where a cloze-style prompt leaves its gap. */
export const BLANK = '_____';

const common = {
	// Left out when the id is the position (`q1`, `q2`…): ids made of random characters do not
	// compress, and cost ~10 % of a 20-question link.
	i: v.optional(id),
	p: nonEmptyText(LIMITS.text),
	// 1: the explanation is the prompt with its gap filled by the answer, so it need not travel.
	e: v.optional(v.union([text(LIMITS.explanation), v.literal(1)]))
};

function fillBlank(prompt: string, answer: string): string {
	return prompt.replace(BLANK, () => answer);
}

function explanationToWire(q: AssignmentQuestion): { e?: string | 1 } {
	if (q.explanation === undefined) return {};
	if (q.prompt.includes(BLANK) && q.explanation === fillBlank(q.prompt, q.answer)) return { e: 1 };
	return { e: q.explanation };
}

function explanationFromWire(w: { p: string; e?: string | 1 }, answer: string) {
	if (w.e === undefined) return {};
	return { explanation: w.e === 1 ? fillBlank(w.p, answer) : w.e };
}

const McqWire = v.pipe(
	v.strictObject({
		k: v.literal('m'),
		...common,
		a: v.pipe(v.number(), v.integer(), v.minValue(0)),
		o: v.pipe(
			v.array(text(LIMITS.option)),
			v.minLength(2, 'a multiple-choice question needs at least 2 options'),
			v.maxLength(LIMITS.options)
		)
	}),
	v.check((q) => q.a < q.o.length, 'the answer index points past the options')
);

const OtherWire = v.pipe(
	v.strictObject({
		k: v.picklist(['c', 't', 'n', 'f'] as const),
		...common,
		a: nonEmptyText(LIMITS.text),
		x: v.optional(v.pipe(v.array(nonEmptyText(LIMITS.option)), v.maxLength(LIMITS.accept)))
	}),
	v.check(
		(q) => q.k !== 't' || q.a === 'true' || q.a === 'false',
		'true/false answer must be "true" or "false"'
	)
);

export const AssignmentWire = v.strictObject({
	i: id,
	t: nonEmptyText(LIMITS.title),
	d: v.optional(v.pipe(v.string(), v.isoDate())),
	p: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
	s: v.picklist([0, 1] as const),
	f: v.picklist(['d', 'e'] as const),
	c: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
	q: v.pipe(
		v.array(v.union([McqWire, OtherWire], 'each question must be a known type with its fields')),
		v.minLength(1, 'an assignment needs at least one question'),
		v.maxLength(LIMITS.questions)
	)
});
export type AssignmentWire = v.InferOutput<typeof AssignmentWire>;
type QuestionWire = AssignmentWire['q'][number];

/** The id a question gets from its position when the link does not carry one. */
export function positionalId(index: number): string {
	return `q${index + 1}`;
}

function idToWire(q: AssignmentQuestion, index: number): { i?: string } {
	return q.id === positionalId(index) ? {} : { i: q.id };
}

function questionToWire(q: AssignmentQuestion, index: number): QuestionWire {
	const explanation = explanationToWire(q);
	const id = idToWire(q, index);
	if (q.type === 'mcq') {
		const options = q.options ?? [];
		const answerIndex = options.indexOf(q.answer);
		if (answerIndex < 0) {
			throw new Error(`question ${q.id}: the answer is not one of its options`);
		}
		return { k: 'm', ...id, p: q.prompt, a: answerIndex, o: options, ...explanation };
	}
	return {
		k: TYPE_CODE[q.type],
		...id,
		p: q.prompt,
		a: q.answer,
		...(q.accept && q.accept.length > 0 ? { x: q.accept } : {}),
		...explanation
	} as QuestionWire;
}

/** Throws when the assignment cannot be sent (e.g. an mcq answer that is not an option). */
export function assignmentToWire(a: Assignment): AssignmentWire {
	return {
		i: a.id,
		t: a.title,
		...(a.due ? { d: a.due } : {}),
		p: a.passMark,
		s: a.shuffle ? 1 : 0,
		f: a.feedback === 'during' ? 'd' : 'e',
		c: a.createdAt,
		q: a.questions.map(questionToWire)
	};
}

function questionFromWire(w: QuestionWire, index: number): AssignmentQuestion {
	const id = w.i ?? positionalId(index);
	if (w.k === 'm') {
		const answer = w.o[w.a] ?? '';
		return {
			id,
			type: 'mcq',
			prompt: w.p,
			answer,
			options: w.o,
			...explanationFromWire(w, answer)
		};
	}
	return {
		id,
		type: TYPE_OF[w.k],
		prompt: w.p,
		answer: w.a,
		...(w.x ? { accept: w.x } : {}),
		...explanationFromWire(w, w.a)
	};
}

export function assignmentFromWire(w: AssignmentWire): Assignment {
	return {
		id: w.i,
		title: w.t,
		...(w.d ? { due: w.d } : {}),
		passMark: w.p,
		shuffle: w.s === 1,
		feedback: w.f === 'd' ? 'during' : 'end',
		createdAt: w.c,
		questions: w.q.map(questionFromWire)
	};
}
