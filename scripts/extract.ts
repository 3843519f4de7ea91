import { basename, extname } from 'node:path';
import { articleTimeline, extractEvents, findPublicationDate } from '../core/extract';
import { serializeTimeline } from '../core/file-format/serialize';
import { validateTimelineText, formatProblem } from '../core/file-format/validate';
import { formatIsoDate, parseIsoDate } from '../core/time/iso';
import { readArticleFile } from '../main/article-file';

/**
 * `npm run -s extract -- <article.txt|.md|.html> [--published YYYY-MM-DD] [--json]`
 *
 * Prints a Chronoscope timeline file with the article and every candidate event (with --json),
 * or a readable list of them. Without --published the publication date is the one the text (or
 * the page's metadata) gives, and standard error says how it was found. Exit codes: 0 done,
 * 1 no text could be read, 2 bad arguments.
 */

const USAGE = 'usage: npm run -s extract -- <article.txt|.md|.html> [--published YYYY-MM-DD] [--json]';

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function parseArgs(argv: readonly string[]): { file: string; published?: string; json: boolean } {
  let file: string | undefined;
  let published: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--published') published = argv[++i];
    else if (arg.startsWith('--published=')) published = arg.slice('--published='.length);
    else if (arg.startsWith('--')) fail(2, `unknown option ${arg}\n${USAGE}`);
    else if (file === undefined) file = arg;
    else fail(2, `one article at a time\n${USAGE}`);
  }
  if (file === undefined) fail(2, USAGE);
  if (published !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(published) || !parseIsoDate(published))) {
    fail(2, `--published must be a calendar day such as 2021-03-15, not “${published ?? ''}”`);
  }
  return { file, ...(published ? { published } : {}), json };
}

/** A headline for a text without one: its first line when short, else its opening words. */
function fallbackHeadline(text: string): string {
  const first = text.split('\n')[0]!.trim();
  if (first.length <= 150) return first;
  return `${first.split(/\s+/).slice(0, 12).join(' ')}…`;
}

function articleId(file: string): string {
  const slug = basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '');
  return slug || 'article';
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const read = await readArticleFile(args.file);
  if (!read.ok) fail(1, `no text could be read from ${args.file}: ${read.error}`);
  const article = read;
  const today = formatIsoDate(Date.now(), 'day');

  let published: string;
  let publishedEvidence: string;
  if (args.published) {
    published = args.published;
    publishedEvidence = `Publication date given by the user (--published ${args.published}).`;
  } else {
    const found = findPublicationDate(article.text, { metadata: article.metadata, today });
    if (found) {
      published = found.published;
      publishedEvidence = found.evidence;
      process.stderr.write(`Publication date ${published} (${found.method}): ${found.evidence}\n`);
    } else {
      published = today;
      publishedEvidence = `The text states no publication date and its weekdays do not imply one; today's date (${today}) was used. Pass --published to fix it.`;
      process.stderr.write(
        `No publication date found in the text; using today, ${today}. Pass --published YYYY-MM-DD to set it.\n`,
      );
    }
  }

  const id = articleId(args.file);
  const { candidates, leftOut } = extractEvents(article.text, { articleId: id, published });
  const notes =
    article.cut.length > 0
      ? `Cut from the page as not part of the article: ${article.cut.map((c) => `“${c}”`).join('; ')}`
      : undefined;
  const file = articleTimeline(
    {
      id,
      headline: (article.headline ?? fallbackHeadline(article.text)).slice(0, 500),
      published,
      publishedEvidence: publishedEvidence.slice(0, 5000),
      text: article.text,
      ...(article.url ? { url: article.url } : {}),
      ...(notes ? { notes: notes.slice(0, 5000) } : {}),
    },
    candidates.map((c) => c.event),
  );
  if (article.cut.length > 0)
    process.stderr.write(
      `Cut from the page (${article.cut.length} blocks): ${article.cut.slice(0, 8).join(' | ')}\n`,
    );
  for (const l of leftOut) process.stderr.write(`Left out “${l.dateEvidence}”: ${l.reason}\n`);

  const json = serializeTimeline(file);
  const check = validateTimelineText(json, `${id}.chronoscope.json`);
  if (!check.ok)
    fail(
      3,
      `internal error: the extracted file does not validate:\n${check.problems.map(formatProblem).join('\n')}`,
    );
  if (args.json) {
    process.stdout.write(json);
    return;
  }
  process.stdout.write(
    `${file.events.length} candidate events from “${file.title}”\nPublished ${published}: ${publishedEvidence}\n\n`,
  );
  for (const e of file.events) {
    const dates = `${e.start}${e.end ? ` – ${e.end}` : ''}`;
    process.stdout.write(
      `${dates.padEnd(25)} ${e.precision.padEnd(6)} ${e.status.padEnd(8)} ${e.type.padEnd(20)} ${e.title}\n    “${e.sources[0]?.dateEvidence ?? ''}”: ${e.dateNote ?? ''}\n`,
    );
  }
}

void main();
