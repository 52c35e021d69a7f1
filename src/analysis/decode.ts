/** The outcome of reading a file's bytes as an article. */
export type DecodedArticle = { ok: true; text: string; encoding?: 'windows-1252' } | { ok: false; reason: string };

const BINARY = 'not a text file (it contains NUL bytes)';

/**
 * Decodes a file as text: UTF-8 (with or without a byte-order mark), or UTF-16 when a UTF-16
 * byte-order mark opens it, as editors do. The mark is dropped. Bytes that are not UTF-8 are read
 * as Windows-1252, the encoding of legacy newsroom and Windows text (curly quotes 0x93/0x94),
 * when every byte is one of its characters and no control character turns up. A NUL character anywhere means a
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
  if (text !== null) return { ok: true, text };
  return isWindows1252Text(bytes) ? { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' } : { ok: false, reason: 'not valid UTF-8 or Windows-1252 text' };
}

/**
 * The characters of bytes 0x80–0x9F in Windows-1252 (the code page's published table; the five
 * undefined bytes never get here). Written out because some runtimes' `TextDecoder('windows-1252')`
 * decodes these bytes as Latin-1 control characters.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const codes: number[] = [];
  for (const byte of bytes) {
    codes.push(byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte);
    if (codes.length === 8192) chunks.push(String.fromCharCode(...codes.splice(0)));
  }
  chunks.push(String.fromCharCode(...codes));
  return chunks.join('');
}

/**
 * True when the bytes read as Windows-1252 text: none of the five bytes it leaves undefined (0x81,
 * 0x8D, 0x8F, 0x90, 0x9D) and no C0 control but tab, line feed, form feed and carriage return.
 */
function isWindows1252Text(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte < 0x20 ? byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d : byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d) return false;
  }
  return true;
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
