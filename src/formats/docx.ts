import mammoth from 'mammoth';

/**
 * The text of a Word (.docx) file, by mammoth: one paragraph per Word paragraph, separated by
 * blank lines, the form the analysis reads. Rejects with mammoth's message on a file that is not
 * a .docx.
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  // Node's mammoth takes a Buffer; a Uint8Array view of the same memory is one.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { value } = await mammoth.extractRawText({ buffer });
  return value.replace(/\r\n?/g, '\n').split(/\n{2,}/).map((paragraph) => paragraph.trim()).filter(Boolean).join('\n\n') + '\n';
}
