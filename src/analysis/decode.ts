/** The outcome of reading a file's bytes as an article. */
export type DecodedArticle = { ok: true; text: string } | { ok: false; reason: string };

const BINARY = 'not a text file (it contains NUL bytes)';

/**
 * Decodes a file as text: UTF-8 (with or without a byte-order mark), or UTF-16 when a UTF-16
 * byte-order mark opens it, as editors do. The mark is dropped. A NUL character anywhere means a
 * binary file, and bytes that are not valid in the encoding are refused: each with a reason, so
 * callers can say why a file was skipped. The CLI, the Versions index and the editor all read
 * files through this, so they agree on what is text.
 */
export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const text = decodeStrictly(utf16, bytes.subarray(2));
    if (text === null) return { ok: false, reason: `not valid ${utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} text` };
    return text.includes('\u0000') ? { ok: false, reason: BINARY } : { ok: true, text };
  }
  if (bytes.includes(0)) return { ok: false, reason: BINARY };
  const text = decodeStrictly('utf-8', bytes);
  return text === null ? { ok: false, reason: 'not valid UTF-8 text' } : { ok: true, text };
}

/** The encoding a UTF-16 byte-order mark names (FF FE little-endian, FE FF big-endian), if any. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The text, or null when the bytes are not valid in the encoding (the mark, if any, already cut off). */
function decodeStrictly(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: false drops a UTF-8 byte-order mark; the UTF-16 ones are cut off before.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}
