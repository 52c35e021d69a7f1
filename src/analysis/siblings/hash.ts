/**
 * 32-bit hashes of word keys and of runs of words, and a base64 form of hash lists for JSON.
 * Fingerprints are persisted, so these functions must not change without a new fingerprint version.
 */

/** FNV-1a over the UTF-16 code units, then a final mix so that every bit depends on every input bit. */
export function hashWord(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/**
 * `hashWord(text.slice(start, end).toLowerCase())` read from the text itself, without the string,
 * when the word is ASCII; -1 (never a hash) when it is not.
 */
export function hashLowerAscii(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return -1;
    h = Math.imul(h ^ (code >= 0x41 && code <= 0x5a ? code + 0x20 : code), 0x01000193);
  }
  return mix32(h);
}

/** Hash of `count` word hashes starting at `from`; order matters. */
export function hashRun(words: ArrayLike<number>, from: number, count: number): number {
  let h = 0x9747b28c ^ count;
  for (let i = from; i < from + count; i++) {
    h = Math.imul(h ^ words[i], 0xcc9e2d51);
    h = (h << 15) | (h >>> 17);
    h = Math.imul(h, 0x1b873593);
  }
  return mix32(h);
}

/** MurmurHash3's finaliser: an even spread over 0 … 2³²−1, which the sampling relies on. */
function mix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Unsigned 32-bit values as base64 of their little-endian bytes (about 5.3 characters each). */
export function encodeHashes(values: ArrayLike<number>): string {
  const bytes = new Uint8Array(values.length * 4);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    bytes[i * 4] = v & 0xff;
    bytes[i * 4 + 1] = (v >>> 8) & 0xff;
    bytes[i * 4 + 2] = (v >>> 16) & 0xff;
    bytes[i * 4 + 3] = (v >>> 24) & 0xff;
  }
  // Character codes first, then strings of a few thousand at once: adding four characters at a time
  // leaves a rope of thousands of pieces per record, which at 100,000 records fills the heap.
  const codes = new Uint16Array(Math.ceil(bytes.length / 3) * 4);
  let at = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    codes[at++] = CODES[(n >>> 18) & 63];
    codes[at++] = CODES[(n >>> 12) & 63];
    codes[at++] = i + 1 < bytes.length ? CODES[(n >>> 6) & 63] : PAD;
    codes[at++] = i + 2 < bytes.length ? CODES[n & 63] : PAD;
  }
  let out = '';
  for (let from = 0; from < codes.length; from += CHUNK) out += String.fromCharCode(...codes.subarray(from, from + CHUNK));
  return out;
}

const CODES = Uint16Array.from(ALPHABET, (char) => char.charCodeAt(0));
const PAD = '='.charCodeAt(0);
const CHUNK = 4096;

/** The inverse of `encodeHashes`; throws on text that is not such a list. */
export function decodeHashes(text: string): Uint32Array {
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === PAD) length--;
  const bytes = new Uint8Array(Math.floor((length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? VALUE_OF_CODE[code] : -1;
    if (value < 0) throw new Error(`not a base64 hash list (character "${String.fromCodePoint(text.codePointAt(i) as number)}")`);
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >>> bits) & 0xff;
    }
  }
  if (bytes.length % 4 !== 0) throw new Error('not a base64 hash list (length)');
  const values = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < values.length; i++) {
    values[i] = (bytes[i * 4] | (bytes[i * 4 + 1] << 8) | (bytes[i * 4 + 2] << 16) | (bytes[i * 4 + 3] << 24)) >>> 0;
  }
  return values;
}

/** Character code → its base64 value, or -1: a table rather than a map, since a 100,000-text index decodes 50 million characters. */
const VALUE_OF_CODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE_OF_CODE[ALPHABET.charCodeAt(i)] = i;
