import { afterEach, describe, expect, it, vi } from 'vitest';
import { DAMAGED_LINK_MESSAGE, decodeFragment, onFragment, type Fragment } from './fragment';

describe('decodeFragment', () => {
	it('decodes the fragment, with or without its #', () => {
		expect(decodeFragment('#set%20one')).toEqual({ ok: true, value: 'set one' });
		expect(decodeFragment('A1.ABC')).toEqual({ ok: true, value: 'A1.ABC' });
		expect(decodeFragment('')).toEqual({ ok: true, value: '' });
	});

	it('gives the damaged-link message for a malformed escape instead of throwing', () => {
		for (const hash of ['#A1.ABC%', '#%E0%A4%A', '#%zz', '#%']) {
			expect(decodeFragment(hash)).toEqual({ ok: false, error: DAMAGED_LINK_MESSAGE });
		}
	});
});

describe('onFragment', () => {
	afterEach(() => vi.unstubAllGlobals());

	function fakeWindow(hash: string) {
		const target = new EventTarget();
		const location = { hash };
		vi.stubGlobal('location', location);
		vi.stubGlobal('window', target);
		return {
			go(next: string) {
				location.hash = next;
				target.dispatchEvent(new Event('hashchange'));
			}
		};
	}

	it('calls back now and on every change, and stops after unsubscribing', () => {
		const tab = fakeWindow('#%');
		const seen: Fragment[] = [];
		const stop = onFragment((fragment) => seen.push(fragment));
		tab.go('#good');
		stop();
		tab.go('#later');
		expect(seen).toEqual([
			{ ok: false, error: DAMAGED_LINK_MESSAGE },
			{ ok: true, value: 'good' }
		]);
	});

	it('keeps listening when handling the first fragment throws', () => {
		const tab = fakeWindow('#first');
		const seen: string[] = [];
		expect(() =>
			onFragment((fragment) => {
				if (fragment.ok && fragment.value === 'first') throw new Error('boom');
				if (fragment.ok) seen.push(fragment.value);
			})
		).toThrow('boom');
		tab.go('#second');
		expect(seen).toEqual(['second']);
	});
});
