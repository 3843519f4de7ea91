import { extractEvents, findPublicationDate, type Candidate } from '../core/extract';
import type { GoldArticle, GoldEvent } from './extract-gold';

/** Scores the extractor against the gold set: what the benchmark prints and the regression test asserts. */

export interface Score {
  gold: number;
  candidates: number;
  matchedCandidates: number;
  found: number;
  rightDate: number;
  rightStatus: number;
  rightType: number;
  weekToDay: number;
  duplicatesJoined: number;
  duplicatesExpected: number;
  publishedChecked: number;
  publishedRight: number;
  misses: string[];
}

const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);
const WEEK_PHRASE = /\bweek(?:end)?\b/i;

function matches(c: Candidate, g: GoldEvent): boolean {
  return c.event.sources.some(
    (s) =>
      s.excerpt === g.excerpt && s.dateEvidence !== undefined && overlaps(s.dateEvidence, g.dateEvidence),
  );
}

export function scoreArticles(articles: readonly GoldArticle[], today = '2026-12-06'): Score {
  const score: Score = {
    gold: 0,
    candidates: 0,
    matchedCandidates: 0,
    found: 0,
    rightDate: 0,
    rightStatus: 0,
    rightType: 0,
    weekToDay: 0,
    duplicatesJoined: 0,
    duplicatesExpected: 0,
    publishedChecked: 0,
    publishedRight: 0,
    misses: [],
  };
  for (const article of articles) {
    if (article.publishedFromText) {
      score.publishedChecked++;
      const found = findPublicationDate(article.text, { today });
      if (found?.published === article.publishedFromText) score.publishedRight++;
      else
        score.misses.push(
          `${article.name}: publication ${found?.published ?? 'not found'} ≠ ${article.publishedFromText}`,
        );
    }
    const { candidates } = extractEvents(article.text, {
      articleId: 'article',
      published: article.published,
    });
    score.candidates += candidates.length;
    for (const c of candidates) {
      const fromWeek = c.event.sources.some((s) => s.dateEvidence && WEEK_PHRASE.test(s.dateEvidence));
      if (
        fromWeek &&
        c.event.end === undefined &&
        (c.event.precision === 'day' || c.event.precision === 'hour' || c.event.precision === 'minute')
      )
        score.weekToDay++;
    }
    const used = new Set<Candidate>();
    for (const g of article.events) {
      score.gold++;
      if (g.alsoIn) score.duplicatesExpected++;
      const c = candidates.find((x) => !used.has(x) && matches(x, g));
      if (!c) {
        score.misses.push(`${article.name}: not found “${g.dateEvidence}” in “${g.excerpt.slice(0, 70)}…”`);
        continue;
      }
      used.add(c);
      score.found++;
      const e = c.event;
      if (e.start === g.start && e.end === g.end && e.precision === g.precision) score.rightDate++;
      else
        score.misses.push(
          `${article.name}: “${g.dateEvidence}” → ${e.start}${e.end ? '/' + e.end : ''} ${e.precision}, gold ${g.start}${g.end ? '/' + g.end : ''} ${g.precision}`,
        );
      if (e.status === g.status) score.rightStatus++;
      else score.misses.push(`${article.name}: “${g.dateEvidence}” status ${e.status}, gold ${g.status}`);
      if (e.type === g.type) score.rightType++;
      if (g.alsoIn && g.alsoIn.every((x) => e.sources.some((s) => s.excerpt === x))) score.duplicatesJoined++;
    }
    score.matchedCandidates += used.size;
    for (const c of candidates)
      if (!used.has(c))
        score.misses.push(
          `${article.name}: extra “${c.event.sources[0]?.dateEvidence}” → ${c.event.start} (${c.event.title.slice(0, 50)})`,
        );
  }
  return score;
}
