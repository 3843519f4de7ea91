import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, offsetFromV8Message } from './json-syntax';

describe('findJsonSyntaxError', () => {
  it('accepts everything JSON.parse accepts', () => {
    for (const ok of [
      '{}',
      '[]',
      '0',
      '-0.5e+3',
      '"\\u00e9\\n"',
      ' {"a": [true, false, null, {"b": []}]} ',
    ]) {
      expect(() => JSON.parse(ok)).not.toThrow();
      expect(findJsonSyntaxError(ok)).toBeUndefined();
    }
  });

  it.each([
    ['{"a": 1,}', 7, 'trailing comma'],
    ['[1, 2,]', 5, 'trailing comma before "]"'],
    ["{'a': 1}", 1, 'double quotes'],
    ['{"a": \'x\'}', 6, 'not single quotes'],
    ['{"a" 1}', 5, 'expected ":"'],
    ['{"a": 1 "b": 2}', 8, 'is a comma missing'],
    ['[1, 2}', 5, 'expected ] to close the array'],
    ['{"a": }', 6, 'a value is missing'],
    ['{"a": 01}', 6, 'leading zeros'],
    ['{"a": "\\q"}', 7, 'invalid escape'],
    ['{"a": "\\u12G4"}', 7, 'four hex digits'],
    ['{"a": undefined}', 6, 'unexpected word "undefined"'],
    ['{} x', 3, 'after the end of the JSON data'],
    ['[1', 2, 'closing ] is missing'],
    ['"abc', 0, 'unterminated string'],
    ['"a\tb"', 2, 'control character'],
  ])('%s → offset %i, %s', (text, offset, message) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    const found = findJsonSyntaxError(text);
    expect(found?.offset).toBe(offset);
    expect(found?.message).toContain(message);
  });
});

describe('offsetFromV8Message', () => {
  it('reads both the Node 20 and the newer V8 message formats', () => {
    const text = '{\n  "a": 1,\n}';
    expect(offsetFromV8Message('Expected double-quoted property name in JSON at position 12', text)).toBe(12);
    expect(
      offsetFromV8Message(
        'Expected double-quoted property name in JSON at position 12 (line 3 column 1)',
        text,
      ),
    ).toBe(12);
    expect(offsetFromV8Message('Unexpected end of JSON input', text)).toBe(text.length);
    expect(offsetFromV8Message('Unexpected token \'x\', "x" is not valid JSON', text)).toBeUndefined();
  });
});
