import type { FactdeckDB } from '$lib/db';
import { readSyncStatus, recordSyncOutcome, turnSyncOff, turnSyncOn } from '$lib/db/sync-setup';
import type { SyncStatus } from '$lib/db/sync-setup';
import type { SetConflict } from '$lib/db/sync-conflicts';
import { messageOf } from '$lib/error-message';

export type { SetConflict, SyncStatus };
import { checkSyncServer, syncErrorMessage, type SyncServer } from '$lib/sync/server';
import { database as appDatabase, type Database } from './database.svelte';
import { onLocalChange } from './local-changes';

/** While the app is open and sync is on, a sync this often. */
export const SYNC_EVERY_MS = 5 * 60_000;
/** After an answer, a sync once answering has paused this long. */
export const SYNC_AFTER_ANSWERS_MS = 20_000;
/** Studying during a sync makes it start over (SyncRetryError) at most this many times. */
const RETRIES = 3;

type Run = (db: FactdeckDB, server: SyncServer) => Promise<void>;

const runSync: Run = async (db, server) => (await import('./sync-run')).runSync(db, server);

/** Sets edited on two devices, read from and settled in the sync replica. */
export interface Conflicts {
	list(): Promise<SetConflict[]>;
	keep(setId: string, rev: string): Promise<void>;
}

const replicaConflicts: Conflicts = {
	list: async () => (await import('./sync-run')).setConflicts(),
	keep: async (setId, rev) => (await import('./sync-run')).keepSet(setId, rev)
};

/**
 * Sync of this learner's devices: off until turned on; then it runs at once, after answers,
 * when the device comes back online and every few minutes. An error is recorded in plain words
 * and changes nothing stored; what waits goes out with the next sync that gets through.
 */
export class DeviceSync {
	#status = $state.raw<SyncStatus | undefined>();
	#running = $state(false);
	#formError = $state<string | undefined>();
	#conflicts = $state.raw<SetConflict[]>([]);
	#conflictError = $state<string | undefined>();
	#again = false;
	#stop: (() => void) | undefined;
	readonly #database: Database;
	readonly #run: Run;
	readonly #online: () => boolean;
	readonly #editConflicts: Conflicts;

	constructor(
		database: Database = appDatabase,
		options: { run?: Run; online?: () => boolean; conflicts?: Conflicts } = {}
	) {
		this.#database = database;
		this.#run = options.run ?? runSync;
		this.#editConflicts = options.conflicts ?? replicaConflicts;
		this.#online = options.online ?? (() => globalThis.navigator?.onLine ?? true);
	}

	/** Undefined until read from the database. */
	get status() {
		return this.#status;
	}
	get running() {
		return this.#running;
	}
	/** What is wrong with the server form, if turning on was refused. */
	get formError() {
		return this.#formError;
	}
	readonly on = $derived(this.#status?.server !== undefined);
	/** Sets edited on two devices, as of the last sync: the learner keeps one version of each. */
	get conflicts() {
		return this.#conflicts;
	}
	/** Why the edited sets could not be read or one kept, in plain words. */
	get conflictError() {
		return this.#conflictError;
	}

	/** Keeps one version of a set edited on two devices, then syncs so every device gets it. */
	async keep(setId: string, rev: string): Promise<void> {
		try {
			await this.#editConflicts.keep(setId, rev);
		} catch (error) {
			await this.#readConflicts();
			this.#conflictError = `That version could not be kept: ${messageOf(error)}`;
			return;
		}
		await this.#readConflicts();
		await this.syncNow();
	}

	async #readConflicts(): Promise<void> {
		try {
			this.#conflicts = await this.#editConflicts.list();
			this.#conflictError = undefined;
		} catch (error) {
			this.#conflictError = `The sets edited on two devices could not be read: ${messageOf(error)}`;
		}
	}

	async load(): Promise<void> {
		this.#status = await readSyncStatus(await this.#database.open());
	}

	/** At app start: when sync is on, sync now and keep syncing while the app is open. */
	async start(): Promise<void> {
		await this.load();
		if (!this.on) return;
		this.#schedule();
		await this.syncNow();
	}

	/** Checks the form; on success sync is on and the first sync runs. */
	async turnOn(fields: { address: string; username: string; password: string }): Promise<boolean> {
		const checked = checkSyncServer(fields);
		if (!checked.ok) {
			this.#formError = checked.error;
			return false;
		}
		this.#formError = undefined;
		await turnSyncOn(await this.#database.open(), checked.value);
		await this.load();
		this.#schedule();
		await this.syncNow();
		return true;
	}

	/** Sync off: the server and password are forgotten; everything on this device stays. */
	async turnOff(): Promise<void> {
		this.#unschedule();
		await turnSyncOff(await this.#database.open());
		this.#conflicts = [];
		this.#conflictError = undefined;
		await this.load();
	}

	/** Syncs now (or, when a sync is running, once more after it). */
	async syncNow(): Promise<void> {
		if (this.#running) {
			this.#again = true;
			return;
		}
		this.#running = true;
		try {
			do {
				this.#again = false;
				await this.#once();
			} while (this.#again);
		} finally {
			this.#running = false;
		}
	}

	async #once(): Promise<void> {
		const db = await this.#database.open();
		const server = (await readSyncStatus(db)).server;
		if (!server) return;
		try {
			await recordSyncOutcome(db, await this.#attempt(db, server));
		} catch (error) {
			// Not even the outcome could be stored (storage full): show it for this session.
			this.#status = {
				...(this.#status ?? { waiting: 0 }),
				lastError: syncErrorMessage(error, true),
				lastErrorAt: Date.now()
			};
			return;
		}
		await this.#readConflicts();
		await this.load().catch(() => {});
	}

	async #attempt(db: FactdeckDB, server: SyncServer) {
		for (let attempt = 0; ; attempt++) {
			try {
				await this.#run(db, server);
				return { syncedAt: Date.now() };
			} catch (error) {
				const retry = error instanceof Error && error.name === 'SyncRetryError';
				if (!retry || attempt >= RETRIES)
					return { error: syncErrorMessage(error, this.#online()), at: Date.now() };
			}
		}
	}

	#schedule() {
		if (this.#stop) return;
		const sync = () => void this.syncNow();
		let pause: ReturnType<typeof setTimeout> | undefined;
		const stopListening = onLocalChange(() => {
			void this.load().catch(() => {});
			clearTimeout(pause);
			pause = setTimeout(sync, SYNC_AFTER_ANSWERS_MS);
		});
		const every = setInterval(sync, SYNC_EVERY_MS);
		globalThis.addEventListener?.('online', sync);
		this.#stop = () => {
			stopListening();
			clearTimeout(pause);
			clearInterval(every);
			globalThis.removeEventListener?.('online', sync);
		};
	}

	#unschedule() {
		this.#stop?.();
		this.#stop = undefined;
	}
}

export const deviceSync = new DeviceSync();
