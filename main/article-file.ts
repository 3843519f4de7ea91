import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ArticleFileResult } from '../core/app/ipc-contract';
import { markdownToText } from '../core/extract/markdown';
import { MAX_FILE_BYTES } from '../core/file-format/decode';
import { articleFromHtml } from './article-html';

/**
 * Reads an article the user chose (.txt, .md or a saved .html page) into plain text plus what
 * the page says about itself. Shared by the extract CLI and main's "Add Events from Article"
 * handler, so both read a file the same way. HTML goes through linkedom + Readability
 * (main/article-html.ts): no script runs, nothing is loaded.
 */
export async function readArticleFile(path: string): Promise<ArticleFileResult> {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, name, error: `${name} is not a file.` };
    if (info.size > MAX_FILE_BYTES) return { ok: false, name, error: `${name} is too large for an article.` };
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, name, error: `${name} could not be read: ${(error as Error).message}` };
  }
  return articleFromBytes(name, bytes);
}

/** An article from bytes the page already has (a dropped file): read by its name's extension. */
export function articleFromBytes(name: string, bytes: Uint8Array): ArticleFileResult {
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, name, error: `${name} is too large for an article.` };
  const raw = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const ext = extname(name).toLowerCase();
  let article: Omit<Extract<ArticleFileResult, { ok: true }>, 'ok' | 'name'>;
  if (ext === '.html' || ext === '.htm' || /^\s*<(?:!doctype\s+html|html)\b/i.test(raw))
    article = articleFromHtml(raw);
  else if (ext === '.md' || ext === '.markdown') article = { ...markdownToText(raw), metadata: [], cut: [] };
  else article = { text: raw.replace(/\r\n?/g, '\n').trim(), metadata: [], cut: [] };
  if (article.text.trim() === '') return { ok: false, name, error: `No text could be read from ${name}.` };
  return { ok: true, name: basename(name), ...article };
}
