import { describe, expect, it } from 'vitest';
import { decodeTimelineBytes, MAX_FILE_BYTES } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));

function problemOf(bytes: Uint8Array) {
  const result = decodeTimelineBytes(bytes, 'f.json');
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

describe('decodeTimelineBytes', () => {
  it('decodes UTF-8 including non-ASCII text', () => {
    expect(decodeTimelineBytes(utf8('{"title":"Café 東京"}'), 'f.json')).toEqual({
      ok: true,
      text: '{"title":"Café 東京"}',
    });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{}')]);
    expect(decodeTimelineBytes(bytes, 'f.json')).toEqual({ ok: true, text: '{}' });
  });

  it('rejects empty and whitespace-only files', () => {
    expect(problemOf(new Uint8Array())).toMatchObject({ rule: 'empty', file: 'f.json' });
    expect(problemOf(utf8(' \r\n\t'))).toMatchObject({ rule: 'empty' });
  });

  it('recognises UTF-16 with either byte-order mark or none', () => {
    const json = '{"title":"x","events":[]}';
    const le = utf16le(json);
    const be = new Uint8Array(Buffer.from(le).swap16());
    for (const bytes of [new Uint8Array([0xff, 0xfe, ...le]), new Uint8Array([0xfe, 0xff, ...be]), le, be]) {
      expect(problemOf(bytes)).toMatchObject({
        rule: 'encoding',
        message: expect.stringContaining('UTF-16'),
      });
    }
  });

  it('calls files with NUL bytes or invalid UTF-8 not text, naming the byte', () => {
    expect(problemOf(new Uint8Array([0x7b, 0x00, 0x7d, 0x41, 0x42, 0x43]))).toMatchObject({ rule: 'binary' });
    expect(problemOf(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d])).message).toContain('0xff at offset 2');
    expect(problemOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0xc3]))).toMatchObject({
      message: expect.stringContaining('offset 4'),
    });
  });

  it('rejects files over the size limit without decoding them', () => {
    const big = { length: MAX_FILE_BYTES + 1 } as Uint8Array;
    expect(problemOf(big)).toMatchObject({ rule: 'too-large', message: expect.stringContaining('200 MB') });
  });
});
