/**
 * Finds where a JSON path sits in the original text, so schema and rule problems can say
 * "line 812, column 7" instead of only "$.events[40].start". JSON.parse throws positions away,
 * so this is a small scanner over text that is already known to be valid JSON.
 *
 * Cost: one forward pass. Subtrees that hold no wanted path are skipped with a tight loop
 * (strings are jumped over with indexOf), and the pass stops once every path is found, so it is
 * fine on 50 MB files and for many paths at once.
 * Kept over jsonc-parser after measuring both: docs/decisions/0008-json-scanner.md.
 */

export type PathSegment = string | number;

export interface TextLocation {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column in UTF-16 code units. */
  readonly column: number;
  /** 0-based offset into the text. */
  readonly offset: number;
}

interface TrieNode {
  readonly children: Map<PathSegment, TrieNode>;
  /** Indices (into the caller's path list) of paths that end at this node. */
  readonly ends: number[];
}

const newNode = (): TrieNode => ({ children: new Map(), ends: [] });

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

class Scanner {
  readonly offsets: (number | undefined)[];
  private remaining: number;

  constructor(
    private readonly text: string,
    pathCount: number,
  ) {
    this.offsets = new Array<number | undefined>(pathCount).fill(undefined);
    this.remaining = pathCount;
  }

  get done(): boolean {
    return this.remaining === 0;
  }

  mark(node: TrieNode, offset: number): void {
    for (const index of node.ends) {
      if (this.offsets[index] === undefined) {
        this.offsets[index] = offset;
        this.remaining--;
      }
    }
  }

  skipWhitespace(pos: number): number {
    const { text } = this;
    while (pos < text.length && isWhitespace(text.charCodeAt(pos))) pos++;
    return pos;
  }

  /** `pos` is at an opening quote; returns the position after the closing quote. */
  skipString(pos: number): number {
    const { text } = this;
    let i = pos + 1;
    for (;;) {
      const quote = text.indexOf('"', i);
      if (quote < 0) return text.length;
      let backslashes = 0;
      for (let j = quote - 1; j > pos && text.charCodeAt(j) === 0x5c; j--) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      i = quote + 1;
    }
  }

  /** Skips any value (iteratively, so deep nesting cannot overflow the stack). */
  skipValue(pos: number): number {
    const { text } = this;
    let depth = 0;
    let i = pos;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i = this.skipString(i);
        if (depth === 0) return i;
        continue;
      }
      if (code === 0x7b || code === 0x5b) depth++;
      else if (code === 0x7d || code === 0x5d) {
        if (depth === 0) return i; // a number or literal ended at its parent's closing bracket
        depth--;
        if (depth === 0) return i + 1;
      } else if (depth === 0 && (code === 0x2c || isWhitespace(code))) {
        return i; // end of a number or literal at top level of this value
      }
      i++;
    }
    return i;
  }

  readKey(start: number, end: number): string {
    const raw = this.text.slice(start + 1, end - 1);
    return raw.includes('\\') ? (JSON.parse(this.text.slice(start, end)) as string) : raw;
  }

  /** Visits the value at `pos` looking for the node's children; returns the position after it. */
  visit(pos: number, node: TrieNode): number {
    if (node.children.size === 0) return this.skipValue(pos);
    const { text } = this;
    const open = text.charCodeAt(pos);
    if (open === 0x7b) return this.visitObject(pos, node);
    if (open === 0x5b) return this.visitArray(pos, node);
    return this.skipValue(pos);
  }

  private visitObject(pos: number, node: TrieNode): number {
    const { text } = this;
    let i = this.skipWhitespace(pos + 1);
    if (text.charCodeAt(i) === 0x7d) return i + 1;
    while (i < text.length && !this.done) {
      const keyStart = i;
      const keyEnd = this.skipString(keyStart);
      const child = node.children.get(this.readKey(keyStart, keyEnd));
      i = this.skipWhitespace(keyEnd);
      i = this.skipWhitespace(i + 1); // past ':'
      if (child) {
        this.mark(child, keyStart);
        i = this.visit(i, child);
      } else {
        i = this.skipValue(i);
      }
      i = this.skipWhitespace(i);
      if (text.charCodeAt(i) !== 0x2c) return i + 1; // '}'
      i = this.skipWhitespace(i + 1);
    }
    return i;
  }

  private visitArray(pos: number, node: TrieNode): number {
    const { text } = this;
    let i = this.skipWhitespace(pos + 1);
    if (text.charCodeAt(i) === 0x5d) return i + 1;
    let index = 0;
    while (i < text.length && !this.done) {
      const child = node.children.get(index);
      if (child) {
        this.mark(child, i);
        i = this.visit(i, child);
      } else {
        i = this.skipValue(i);
      }
      i = this.skipWhitespace(i);
      if (text.charCodeAt(i) !== 0x2c) return i + 1; // ']'
      i = this.skipWhitespace(i + 1);
      index++;
    }
    return i;
  }
}

/**
 * Converts 0-based offsets to 1-based line/column in one pass over the newlines, because
 * counting lines from the start for every offset would be quadratic on big files.
 */
export function offsetsToLocations(text: string, offsets: readonly number[]): TextLocation[] {
  const order = offsets.map((_, i) => i).sort((a, b) => (offsets[a] ?? 0) - (offsets[b] ?? 0));
  const result = new Array<TextLocation>(offsets.length);
  let line = 1;
  let lineStart = 0;
  for (const index of order) {
    const offset = Math.max(0, Math.min(offsets[index] ?? 0, text.length));
    for (let nl = text.indexOf('\n', lineStart); nl >= 0 && nl < offset; nl = text.indexOf('\n', lineStart)) {
      line++;
      lineStart = nl + 1;
    }
    result[index] = { line, column: offset - lineStart + 1, offset };
  }
  return result;
}

/**
 * Locates many paths in one pass. A path ending in an object key points at the key (where a
 * person looks to fix it); a path ending in an array index points at the element's first
 * character; the empty path points at the root value. Returns undefined for paths not present.
 * The text must be valid JSON (call this after JSON.parse succeeded).
 */
export function locateJsonPaths(
  text: string,
  paths: readonly (readonly PathSegment[])[],
): (TextLocation | undefined)[] {
  const root = newNode();
  paths.forEach((path, index) => {
    let node = root;
    for (const segment of path) {
      let child = node.children.get(segment);
      if (!child) {
        child = newNode();
        node.children.set(segment, child);
      }
      node = child;
    }
    node.ends.push(index);
  });
  const scanner = new Scanner(text, paths.length);
  const start = scanner.skipWhitespace(0);
  scanner.mark(root, start);
  if (!scanner.done) scanner.visit(start, root);
  const found = scanner.offsets.flatMap((offset, index) => (offset === undefined ? [] : [{ offset, index }]));
  const locations = offsetsToLocations(
    text,
    found.map((f) => f.offset),
  );
  const result = new Array<TextLocation | undefined>(paths.length).fill(undefined);
  found.forEach((f, i) => (result[f.index] = locations[i]));
  return result;
}

/** Single-path convenience over {@link locateJsonPaths}. */
export function locateJsonPath(text: string, pathSegments: readonly PathSegment[]): TextLocation | undefined {
  return locateJsonPaths(text, [pathSegments])[0];
}
