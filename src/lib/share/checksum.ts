// FNV-1a, 32 bits. Written here because the decoders are synchronous (SubtleCrypto is async) and
// fflate does not export its CRC. It detects corruption and casual edits — integrity, not
// authenticity: anyone can recompute it, so it proves nothing about who made a link.

export function fnv1a32(bytes: Uint8Array): number {
	let hash = 0x811c9dc5;
	for (const byte of bytes) {
		hash ^= byte;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash >>> 0;
}
