import { describe, expect, it } from 'vitest';
import { messageOf } from './error-message';

describe('messageOf', () => {
	it('reads an Error (and its subclasses) by its message', () => {
		expect(messageOf(new Error('disk full'))).toBe('disk full');
		expect(messageOf(new URIError('URI malformed'))).toBe('URI malformed');
	});

	it('shows a thrown non-Error as text, or the fallback when one is given', () => {
		expect(messageOf('plain')).toBe('plain');
		expect(messageOf(42)).toBe('42');
		expect(messageOf(undefined, 'Something went wrong.')).toBe('Something went wrong.');
		expect(messageOf(new Error('kept'), 'Something went wrong.')).toBe('kept');
	});
});
