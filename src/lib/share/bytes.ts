// Byte packing for the compact link format: unsigned LEB128 varints and length-prefixed UTF-8.
// The reader never throws: reading past the end leaves it `short`, which the caller reports as an
// incomplete link.

export class ByteWriter {
	#bytes: number[] = [];

	byte(value: number): this {
		this.#bytes.push(value & 0xff);
		return this;
	}

	/** A non-negative safe integer, 7 bits a byte. */
	varint(value: number): this {
		let rest = value;
		while (rest >= 0x80) {
			this.#bytes.push((rest % 0x80) | 0x80);
			rest = Math.floor(rest / 0x80);
		}
		this.#bytes.push(rest);
		return this;
	}

	text(value: string): this {
		const utf8 = new TextEncoder().encode(value);
		this.varint(utf8.length);
		for (const b of utf8) this.#bytes.push(b);
		return this;
	}

	bytes(): Uint8Array {
		return Uint8Array.from(this.#bytes);
	}
}

const MAX_VARINT_BYTES = 8;

export class ByteReader {
	#bytes: Uint8Array;
	#at = 0;
	/** Set once a read wanted more bytes than there are. */
	short = false;
	/** Set when a varint or text could not be read as one (too long, not UTF-8). */
	malformed = false;

	constructor(bytes: Uint8Array) {
		this.#bytes = bytes;
	}

	get remaining(): number {
		return this.#bytes.length - this.#at;
	}

	byte(): number {
		if (this.#at >= this.#bytes.length) {
			this.short = true;
			return 0;
		}
		return this.#bytes[this.#at++] ?? 0;
	}

	varint(): number {
		let value = 0;
		let scale = 1;
		for (let i = 0; i < MAX_VARINT_BYTES; i++) {
			const b = this.byte();
			if (this.short) return 0;
			value += (b & 0x7f) * scale;
			if ((b & 0x80) === 0) return value;
			scale *= 0x80;
		}
		this.malformed = true;
		return 0;
	}

	text(maxBytes: number): string {
		const length = this.varint();
		if (this.short || this.malformed) return '';
		if (length > maxBytes) {
			this.malformed = true;
			return '';
		}
		if (length > this.remaining) {
			this.short = true;
			return '';
		}
		const slice = this.#bytes.subarray(this.#at, this.#at + length);
		this.#at += length;
		try {
			return new TextDecoder('utf-8', { fatal: true }).decode(slice);
		} catch {
			this.malformed = true;
			return '';
		}
	}
}
