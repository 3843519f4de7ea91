import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Precision } from '../core/time/units';

/**
 * The labelled article set for the extractor: articles written for it (bench/extract-gold/*.txt
 * with their *.gold.json) plus the two seed articles with the bundled dataset events their text
 * alone can date. Shared by the benchmark and the regression test so both judge the same truth.
 */

export interface GoldEvent {
  readonly excerpt: string;
  readonly dateEvidence: string;
  readonly start: string;
  readonly end?: string;
  readonly precision: Precision;
  readonly status: 'planned' | 'reported';
  readonly type: string;
  readonly approximate: boolean;
  /** Further sentences that mention the same event: one candidate should hold them all. */
  readonly alsoIn?: readonly string[];
  readonly fromWeekPhrase?: boolean;
}

export interface GoldArticle {
  readonly name: string;
  readonly text: string;
  readonly published: string;
  /** The publication date the text itself fixes (dateline, "Updated" line), when it does. */
  readonly publishedFromText?: string;
  readonly events: readonly GoldEvent[];
}

const GOLD_DIR = join(import.meta.dirname, 'extract-gold');

interface DatasetFile {
  articles: { id: string; text: string; published: string }[];
  events: {
    id: string;
    start: string;
    end?: string;
    precision: Precision;
    status: 'planned' | 'reported';
    type: string;
    approximate: boolean;
    sources: { article: string; excerpt: string; dateEvidence?: string }[];
  }[];
}

function seedArticles(): GoldArticle[] {
  const seed = JSON.parse(readFileSync(join(GOLD_DIR, 'seed-articles.json'), 'utf8')) as {
    dataset: string;
    events: string[];
  };
  const dataset = JSON.parse(readFileSync(join(GOLD_DIR, '..', '..', seed.dataset), 'utf8')) as DatasetFile;
  return dataset.articles.map((article) => ({
    name: article.id,
    text: article.text,
    published: article.published,
    events: dataset.events
      .filter((e) => seed.events.includes(e.id) && e.sources.some((s) => s.article === article.id))
      .map((e) => {
        const source = e.sources.find((s) => s.article === article.id && s.dateEvidence)!;
        return {
          excerpt: source.excerpt,
          dateEvidence: source.dateEvidence!,
          start: e.start,
          ...(e.end ? { end: e.end } : {}),
          precision: e.precision,
          status: e.status,
          type: e.type,
          approximate: e.approximate,
        };
      }),
  }));
}

function writtenArticles(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<GoldArticle, 'text' | 'name'> & {
        article: string;
      };
      return { ...gold, name: gold.article, text: readFileSync(join(dir, gold.article), 'utf8') };
    });
}

/** The set the rules were developed against: written articles plus the seed articles. */
export function loadGold(): GoldArticle[] {
  return [...writtenArticles(GOLD_DIR), ...seedArticles()];
}

/**
 * Articles written after the rules were frozen. Their first run (docs/decisions/0012) estimated
 * how the extractor does on unseen text; general fixes followed, so add new unseen articles to
 * estimate it again.
 */
export function loadHeldOut(): GoldArticle[] {
  return writtenArticles(join(GOLD_DIR, 'held-out'));
}
