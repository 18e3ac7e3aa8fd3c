import type { Review } from '$lib/types';

// The review log as it travels between devices. Every event is written by one device only and
// named by that device and its own sequence number, so the logs of two devices merge as a union
// and no document is ever edited by two writers.

/** A device's id: random, made once per device (see newDeviceId). */
export type DeviceId = string;

/**
 * One review, as the device that made it recorded it: the review log's fields that say what
 * happened, never the card's state (each device replays that).
 */
export type ReviewEvent = { kind: 'review'; seq: number } & Pick<
	Review,
	'cardId' | 'setId' | 'rating' | 'answer' | 'correct' | 'mode' | 'durationMs' | 'reviewedAt'
>;

/** Takes back one review event (of any device): the replay leaves it out. */
export interface UndoEvent {
	kind: 'undo';
	seq: number;
	/** The id (eventIdOf) of the review taken back. */
	target: string;
	undoneAt: number;
}

export type SyncEvent = ReviewEvent | UndoEvent;

/** An event with the device that wrote it: what the replay reads. */
export type LoggedEvent = SyncEvent & { device: DeviceId };

/**
 * Events travel in blocks of this many per device (`log:<device>:<block>`), not one document per
 * review: `npm run bench:sync` measured a first pull of 100,000 reviews at 36 s as one document
 * each and about 1 s in blocks, and a block's size stays bounded however much is studied a day.
 */
export const LOG_BLOCK = 500;

export const DEVICE_ID_PATTERN = /^[a-z0-9]{8,64}$/;

export function eventIdOf(device: DeviceId, seq: number): string {
	return `${device}:${seq}`;
}

export function logDocIdOf(device: DeviceId, seq: number): string {
	return `log:${device}:${String(Math.floor(seq / LOG_BLOCK)).padStart(8, '0')}`;
}

/** A new device id from 16 random bytes (hex): unique across devices in practice. */
export function newDeviceId(random: (bytes: Uint8Array) => Uint8Array): DeviceId {
	return Array.from(random(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join(
		''
	);
}
