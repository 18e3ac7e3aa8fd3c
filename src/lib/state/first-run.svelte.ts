// What a first visit needs: what Factdeck is (once), whether the app now works offline, and how to
// install it. The intro's dismissal is mirrored on <html data-intro-dismissed> by app.html before
// the first paint, so a returning visitor never sees it drawn and then removed.
const INTRO_KEY = 'factdeck-intro-dismissed';

/** Chromium's `beforeinstallprompt` event (not in TypeScript's DOM types). */
interface InstallPromptEvent extends Event {
	prompt(): Promise<unknown>;
	readonly userChoice?: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const isInstallPrompt = (event: Event): event is InstallPromptEvent =>
	typeof (event as Partial<InstallPromptEvent>).prompt === 'function';

/**
 * How this browser installs the app: its own prompt behind our button, the Share menu (iPhone and
 * iPad browsers offer no prompt), or nothing to offer (already installed, or no way known).
 */
export type InstallOffer = 'prompt' | 'share-menu' | 'none';

/** iPhone, iPod, and iPad (which reports itself as a Mac with a touch screen). */
export function isAppleMobile(userAgent: string, platform: string, maxTouchPoints: number) {
	return /iPhone|iPad|iPod/.test(userAgent) || (platform === 'MacIntel' && maxTouchPoints > 1);
}

export class FirstRun {
	#introDismissed = $state(false);
	#offlineReady = $state(false);
	#installPrompt = $state<InstallPromptEvent | undefined>();
	#installed = $state(false);
	#appleMobile = $state(false);
	#started = false;

	get introVisible() {
		return !this.#introDismissed;
	}

	/** True once a service worker is active: it activates only after caching the whole app. */
	get offlineReady() {
		return this.#offlineReady;
	}

	get installOffer(): InstallOffer {
		if (this.#installed) return 'none';
		if (this.#installPrompt) return 'prompt';
		return this.#appleMobile ? 'share-menu' : 'none';
	}

	start() {
		if (this.#started || typeof window === 'undefined') return;
		this.#started = true;
		try {
			this.#introDismissed = localStorage.getItem(INTRO_KEY) !== null;
		} catch {
			// Storage refused (private mode): the intro shows, and dismissing it lasts this page.
		}
		window.addEventListener('beforeinstallprompt', (event) => {
			if (!isInstallPrompt(event)) return;
			// Keep the browser's own banner away; our button shows the prompt when asked.
			event.preventDefault();
			this.#installPrompt = event;
		});
		window.addEventListener('appinstalled', () => {
			this.#installed = true;
			this.#installPrompt = undefined;
		});
		const standalone =
			window.matchMedia?.('(display-mode: standalone)').matches ||
			(navigator as Navigator & { standalone?: boolean }).standalone === true;
		this.#installed = standalone;
		this.#appleMobile = isAppleMobile(
			navigator.userAgent,
			navigator.platform,
			navigator.maxTouchPoints
		);
		if ('serviceWorker' in navigator) {
			navigator.serviceWorker.ready.then(
				() => (this.#offlineReady = true),
				() => undefined
			);
		}
	}

	dismissIntro() {
		this.#introDismissed = true;
		document.documentElement.dataset.introDismissed = '';
		try {
			localStorage.setItem(INTRO_KEY, 'yes');
		} catch {
			// Not remembered across visits where storage is refused; hidden for now.
		}
	}

	/** Shows the browser's install prompt; a prompt can be shown only once. */
	async install() {
		const prompt = this.#installPrompt;
		if (!prompt) return;
		this.#installPrompt = undefined;
		await prompt.prompt();
		const choice = await prompt.userChoice;
		if (choice?.outcome === 'accepted') this.#installed = true;
	}
}

export const firstRun = new FirstRun();
