import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FirstRun, isAppleMobile } from './first-run.svelte';

let listeners: Record<string, (event: Event) => void>;
let stored: Map<string, string>;

function stubBrowser(userAgent = 'Mozilla/5.0 (Linux; Android 14) Chrome/131 Mobile') {
	listeners = {};
	stored = new Map();
	vi.stubGlobal('window', {
		addEventListener: (type: string, listener: (event: Event) => void) =>
			(listeners[type] = listener),
		matchMedia: () => ({ matches: false })
	});
	vi.stubGlobal('navigator', { userAgent, platform: 'Linux armv8l', maxTouchPoints: 5 });
	vi.stubGlobal('localStorage', {
		getItem: (key: string) => stored.get(key) ?? null,
		setItem: (key: string, value: string) => stored.set(key, value)
	});
	vi.stubGlobal('document', { documentElement: { dataset: {} as Record<string, string> } });
}

function offer(outcome: 'accepted' | 'dismissed') {
	const event = new Event('beforeinstallprompt', { cancelable: true });
	return Object.assign(event, {
		prompt: vi.fn(async () => undefined),
		userChoice: Promise.resolve({ outcome })
	});
}

beforeEach(() => stubBrowser());
afterEach(() => vi.unstubAllGlobals());

describe('first run', () => {
	it('shows the intro until dismissed, and remembers the dismissal on this device', () => {
		const first = new FirstRun();
		first.start();
		expect(first.introVisible).toBe(true);
		first.dismissIntro();
		expect(first.introVisible).toBe(false);
		expect(document.documentElement.dataset.introDismissed).toBe('');

		const next = new FirstRun();
		next.start();
		expect(next.introVisible).toBe(false);
	});

	it("offers the browser's prompt once it arrives, shows it once, and stops offering when accepted", async () => {
		const state = new FirstRun();
		state.start();
		expect(state.installOffer).toBe('none');
		const event = offer('accepted');
		listeners.beforeinstallprompt?.(event);
		expect(event.defaultPrevented).toBe(true);
		expect(state.installOffer).toBe('prompt');
		await state.install();
		await state.install();
		expect(event.prompt).toHaveBeenCalledTimes(1);
		expect(state.installOffer).toBe('none');
	});

	it('ignores an install event without a prompt, and stops offering once installed', () => {
		const state = new FirstRun();
		state.start();
		listeners.beforeinstallprompt?.(new Event('beforeinstallprompt'));
		expect(state.installOffer).toBe('none');
		listeners.beforeinstallprompt?.(offer('dismissed'));
		listeners.appinstalled?.(new Event('appinstalled'));
		expect(state.installOffer).toBe('none');
	});

	it('points iPhone and iPad users to the Share menu, where no prompt exists', () => {
		stubBrowser('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Safari/604.1');
		const state = new FirstRun();
		state.start();
		expect(state.installOffer).toBe('share-menu');
	});

	it('recognises iPads that report themselves as Macs by their touch screen', () => {
		expect(isAppleMobile('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', 'MacIntel', 5)).toBe(
			true
		);
		expect(isAppleMobile('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', 'MacIntel', 0)).toBe(
			false
		);
		expect(isAppleMobile('Mozilla/5.0 (Linux; Android 14)', 'Linux armv8l', 5)).toBe(false);
	});
});
