/**
 * Explains why JSON.parse rejected a text, in words a person who edited the file by hand
 * understands ("trailing comma before ]", "use double quotes"), with the exact offset.
 *
 * V8's own messages differ between versions (Node 20 says "at position N", newer V8 says
 * "(line L column C)", some errors give no place at all), so the main process and the tests
 * would disagree; this scanner is the one source of truth and V8's message is only a fallback.
 * It runs only after JSON.parse failed, so good files never pay for it.
 * Kept over jsonc-parser after measuring both: docs/decisions/0008-json-scanner.md.
 */

export interface JsonSyntaxError {
  /** 0-based offset of the offending character. */
  readonly offset: number;
  readonly message: string;
}

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);

function isWhitespace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t';
}

function quote(ch: string): string {
  return ch === '"' ? "'\"'" : `"${ch}"`;
}

/** Scans a string starting at the opening quote; returns the end offset or an error. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') return i + 1;
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === undefined || !ESCAPES.has(next)) {
        return {
          offset: i,
          message: `invalid escape "\\${next ?? ''}" in a string (write "\\\\" for a backslash)`,
        };
      }
      if (next === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        return { offset: i, message: 'invalid \\u escape: it needs four hex digits' };
      }
      i++;
    } else if (ch.charCodeAt(0) < 0x20) {
      const what = ch === '\n' || ch === '\r' ? 'a line break' : 'a control character';
      return {
        offset: i,
        message: `${what} inside a string: strings must be on one line (write \\n), or a closing " is missing`,
      };
    }
  }
  return { offset: start, message: 'unterminated string: the closing " is missing' };
}

function describeUnexpected(text: string, pos: number): string {
  WORD.lastIndex = pos;
  const word = WORD.exec(text)?.[0];
  if (word)
    return `unexpected word "${word}"; JSON values are "strings", numbers, true, false, null, {objects} and [arrays]`;
  return `unexpected character ${quote(text[pos] as string)}`;
}

/** Returns the first syntax error in `text`, or undefined if it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let lastComma = -1;
  let pos = 0;
  const fail = (offset: number, message: string): JsonSyntaxError => ({ offset, message });
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'commaOrEnd');

  for (;;) {
    while (isWhitespace(text[pos])) pos++;
    if (pos >= text.length) {
      if (expect === 'end') return undefined;
      if (stack.length === 0) return fail(pos, 'the file contains no JSON data');
      const closer = stack[stack.length - 1] === '{' ? '}' : ']';
      return fail(pos, `unexpected end of the file: a closing ${closer} is missing`);
    }
    const ch = text[pos] as string;
    const top = stack[stack.length - 1];
    switch (expect) {
      case 'end':
        return fail(
          pos,
          `unexpected ${quote(ch)} after the end of the JSON data (only one top-level value is allowed)`,
        );
      case 'colon':
        if (ch !== ':') return fail(pos, `expected ":" after the property name, found ${quote(ch)}`);
        pos++;
        expect = 'value';
        continue;
      case 'commaOrEnd':
        if (ch === ',') {
          lastComma = pos++;
          expect = top === '{' ? 'key' : 'value';
        } else if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) {
          stack.pop();
          pos++;
          expect = afterValue();
        } else if (ch === '}' || ch === ']') {
          return fail(
            pos,
            `expected ${top === '{' ? '}' : ']'} to close the ${top === '{' ? 'object' : 'array'}, found ${quote(ch)}`,
          );
        } else {
          const closer = top === '{' ? '}' : ']';
          return fail(pos, `expected "," or "${closer}", found ${quote(ch)} (is a comma missing?)`);
        }
        continue;
      case 'key':
      case 'keyOrEnd':
        if (ch === '"') {
          const end = scanString(text, pos);
          if (typeof end !== 'number') return end;
          pos = end;
          expect = 'colon';
        } else if (ch === '}' && expect === 'keyOrEnd') {
          stack.pop();
          pos++;
          expect = afterValue();
        } else if (ch === '}') {
          return fail(lastComma, 'trailing comma before "}": remove the last comma');
        } else if (ch === "'") {
          return fail(pos, 'property names must use double quotes ("name"), not single quotes');
        } else {
          WORD.lastIndex = pos;
          if (WORD.test(text)) return fail(pos, 'property names must be in double quotes ("name")');
          return fail(pos, `expected a property name in double quotes, found ${quote(ch)}`);
        }
        continue;
      case 'value':
      case 'valueOrEnd':
        if (ch === '{' || ch === '[') {
          stack.push(ch);
          pos++;
          expect = ch === '{' ? 'keyOrEnd' : 'valueOrEnd';
        } else if (ch === ']' && expect === 'valueOrEnd') {
          stack.pop();
          pos++;
          expect = afterValue();
        } else if (ch === ']' && top === '[' && lastComma >= 0) {
          return fail(lastComma, 'trailing comma before "]": remove the last comma');
        } else if (ch === '"') {
          const end = scanString(text, pos);
          if (typeof end !== 'number') return end;
          pos = end;
          expect = afterValue();
        } else if (ch === "'") {
          return fail(pos, 'strings must use double quotes ("text"), not single quotes');
        } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
          NUMBER.lastIndex = pos;
          const number = NUMBER.exec(text)?.[0];
          if (!number) return fail(pos, 'invalid number');
          const next = text[pos + number.length];
          if (next !== undefined && /[0-9]/.test(next))
            return fail(pos, 'numbers must not have leading zeros');
          if (next === '.' || next === 'e' || next === 'E') return fail(pos, 'invalid number');
          pos += number.length;
          expect = afterValue();
        } else if (text.startsWith('true', pos) || text.startsWith('null', pos)) {
          pos += 4;
          expect = afterValue();
        } else if (text.startsWith('false', pos)) {
          pos += 5;
          expect = afterValue();
        } else if ((ch === '}' || ch === ',') && top === '{') {
          return fail(pos, 'a value is missing after ":"');
        } else {
          return fail(pos, describeUnexpected(text, pos));
        }
        continue;
    }
  }
}

/**
 * Reads the offset from a V8 JSON.parse message. Handles both "at position N" (Node 20) and
 * "(line L column C)" (newer V8); returns undefined when the message names no place.
 */
export function offsetFromV8Message(message: string, text: string): number | undefined {
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn) {
    const line = Number(lineColumn[1]);
    const column = Number(lineColumn[2]);
    let offset = 0;
    for (let l = 1; l < line; l++) {
      const nl = text.indexOf('\n', offset);
      if (nl < 0) break;
      offset = nl + 1;
    }
    return Math.min(offset + column - 1, text.length);
  }
  const position = /at position (\d+)/.exec(message);
  if (position) return Math.min(Number(position[1]), text.length);
  if (/end of JSON input/.test(message)) return text.length;
  return undefined;
}
