import { registerSW } from 'virtual:pwa-register';

// Browsers only look for a new service worker on full page loads; a study session can
// last an hour without one, so check now and then as well.
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Whether a new version of the app is waiting, and how to switch to it. */
export class AppUpdate {
	#available = $state(false);
	#apply: ((reload?: boolean) => Promise<void>) | undefined;

	get available() {
		return this.#available;
	}

	start() {
		if (this.#apply || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		this.#apply = registerSW({
			onNeedRefresh: () => (this.#available = true),
			// "Ready offline" is state/first-run's: it holds on every visit, not only the first.
			// reload() below reloads once the new worker controls this tab; never on its own.
			onNeedReload: () => undefined,
			onRegisteredSW: (_url, registration) => {
				if (!registration) return;
				setInterval(() => {
					if (navigator.onLine) registration.update().catch(() => undefined);
				}, UPDATE_CHECK_MS);
			}
		});
	}

	/** Switches to the waiting version and reloads: only ever on the user's request. */
	async reload() {
		navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
			once: true
		});
		await this.#apply?.(true);
	}

	dismiss() {
		this.#available = false;
	}
}

export const appUpdate = new AppUpdate();
