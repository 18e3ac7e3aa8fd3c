import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface RegisterOptions {
	onNeedRefresh(): void;
}

const registered = vi.hoisted(() => ({
	calls: [] as RegisterOptions[],
	apply: vi.fn(async () => undefined)
}));

vi.mock('virtual:pwa-register', () => ({
	registerSW: (options: RegisterOptions) => {
		registered.calls.push(options);
		return registered.apply;
	}
}));

const { AppUpdate } = await import('./app-update.svelte');

beforeEach(() => {
	registered.calls = [];
	vi.stubGlobal('navigator', {
		onLine: true,
		serviceWorker: { addEventListener: vi.fn() }
	});
});

afterEach(() => vi.unstubAllGlobals());

describe('app update', () => {
	it('registers the service worker once and reports a waiting version until dismissed', () => {
		const update = new AppUpdate();
		update.start();
		update.start();
		expect(registered.calls).toHaveLength(1);
		expect(update.available).toBe(false);
		registered.calls[0]?.onNeedRefresh();
		expect(update.available).toBe(true);
		update.dismiss();
		expect(update.available).toBe(false);
	});

	it('switches to the waiting version only when asked, reloading once it controls the tab', async () => {
		const update = new AppUpdate();
		update.start();
		await update.reload();
		expect(registered.apply).toHaveBeenCalledWith(true);
		expect(navigator.serviceWorker.addEventListener).toHaveBeenCalledWith(
			'controllerchange',
			expect.any(Function),
			{ once: true }
		);
	});

	it('does nothing where there are no service workers', () => {
		vi.stubGlobal('navigator', {});
		new AppUpdate().start();
		expect(registered.calls).toEqual([]);
	});
});
