import { describe, expect, it } from 'vitest';
import { hostileShape, INCOMING_LIMITS, parseIncoming } from './incoming';

const T0 = Date.UTC(2026, 0, 5, 9);
const event = (seq: number) => ({
	kind: 'review',
	seq,
	cardId: 's:q1',
	setId: 's',
	rating: 3,
	answer: '<b>Paris</b>',
	correct: true,
	mode: 'quiz',
	durationMs: 1200,
	reviewedAt: T0
});
const log = (events: unknown[]) => ({
	_id: 'log:abcdef12:00000000',
	_rev: '1-x',
	type: 'log',
	device: 'abcdef12',
	events
});

describe('parseIncoming', () => {
	it('accepts a log block, keeping markup in an answer as plain text', () => {
		const parsed = parseIncoming(log([event(0), event(1)]));
		expect(parsed.ok && parsed.value.type === 'log' && parsed.value.events[0]).toMatchObject({
			answer: '<b>Paris</b>'
		});
	});

	it('refuses a "__proto__" key as a real CouchDB sends it, and a forged prototype', () => {
		const raw = JSON.parse(
			`{"_id":"settings","type":"settings","settings":{"__proto__":{"polluted":true}}}`
		);
		expect(parseIncoming(raw)).toEqual({
			ok: false,
			error: 'Refused: it contains a forbidden key "__proto__".'
		});
		const forged = { _id: 'settings', type: 'settings', settings: {} };
		Object.setPrototypeOf(forged.settings, { polluted: true });
		expect(parseIncoming(forged)).toEqual({
			ok: false,
			error: 'Refused: it holds a forged prototype.'
		});
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses documents over the limits', () => {
		const long = 'x'.repeat(INCOMING_LIMITS.stringChars + 1);
		expect(hostileShape({ text: long })).toBe('it holds a text that is too long');
		const wide = Array.from({ length: INCOMING_LIMITS.values + 1 }, () => 0);
		expect(hostileShape({ wide })).toBe('it holds too many values');
		const many = Array.from({ length: 50 }, () => 'y'.repeat(INCOMING_LIMITS.stringChars));
		expect(hostileShape({ many })).toBe('it is too large');
		expect(hostileShape({ ok: 'fine', list: [1, 2, { a: null }] })).toBeNull();
	});

	it('refuses what Factdeck does not sync, and a bare tombstone only for sets', () => {
		expect(parseIncoming({ _id: 'x', type: 'note' }).ok).toBe(false);
		expect(parseIncoming(null).ok).toBe(false);
		expect(parseIncoming({ _id: 'set:s', _rev: '2-a', _deleted: true }).ok).toBe(true);
		expect(parseIncoming({ _id: 'log:abcdef12:00000000', _deleted: true }).ok).toBe(false);
	});

	it('refuses a block with two events under one sequence number', () => {
		expect(parseIncoming(log([event(3), event(3)]))).toEqual({
			ok: false,
			error: 'Refused: two events share a sequence number.'
		});
	});
});
