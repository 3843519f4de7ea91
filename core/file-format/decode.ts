import type { Problem } from './problem';

/**
 * Turns file bytes into text, or says plainly why they are not a timeline file. Without this,
 * a UTF-16 file (what some Windows editors save) or a picture opened by mistake would surface
 * as a baffling "Unexpected token" from JSON.parse.
 *
 * Policy: only UTF-8 is accepted. A UTF-8 byte-order mark is stripped silently, because
 * Windows Notepad writes one and it carries no meaning; it is documented in data-format.md
 * rather than reported, so a valid file never shows a warning for it.
 */

export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: Problem };

/** How many leading bytes the UTF-16 sniffing looks at; enough to be sure, cheap on 200 MB. */
const SNIFF_BYTES = 4096;

function utf16WithoutBom(bytes: Uint8Array): 'LE' | 'BE' | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // ASCII-heavy text in UTF-16 has a NUL in (nearly) every other byte and none in the others.
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'LE';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'BE';
  return undefined;
}

/** Offset of the first byte that breaks UTF-8, for a message a person can act on. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/**
 * Decodes timeline file bytes as UTF-8, rejecting empty, oversized, UTF-16 and binary input
 * with a message that names the fix.
 */
export function decodeTimelineBytes(bytes: Uint8Array, fileName: string): DecodeResult {
  const fail = (rule: string, message: string): DecodeResult => ({
    ok: false,
    problem: { file: fileName, rule, message },
  });
  if (bytes.length === 0)
    return fail('empty', 'the file is empty (0 bytes); a timeline file is a JSON object');
  if (bytes.length > MAX_FILE_BYTES) {
    return fail(
      'too-large',
      `the file is too large (${Math.round(bytes.length / 1048576)} MB); the limit is 200 MB`,
    );
  }
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) {
    return fail('encoding', 'the file is UTF-32 encoded; save it as UTF-8');
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || utf16WithoutBom(bytes)) {
    return fail('encoding', 'the file is UTF-16 encoded; save it as UTF-8');
  }
  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0)
    return fail('binary', `the file is not a text file (it contains a zero byte at offset ${nul})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    return fail(
      'binary',
      `the file is not a text file, or not UTF-8 encoded (invalid byte 0x${(body[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at + (body === bytes ? 0 : 3)}); if it is text, save it as UTF-8`,
    );
  }
  if (text.trim() === '')
    return fail('empty', 'the file contains only whitespace; a timeline file is a JSON object');
  return { ok: true, text };
}
