/** The outcome of reading a file's bytes as an article. */
export type DecodedArticle = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Decodes a file as UTF-8 text, dropping a byte-order mark. Binary files (NUL bytes) and bytes
 * that are not UTF-8 are refused with a reason, so callers can say why a file was skipped.
 */
export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  const sample = bytes.subarray(0, Math.min(bytes.length, 64 * 1024));
  if (sample.includes(0)) return { ok: false, reason: 'not a text file (it contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
  return { ok: true, text };
}
