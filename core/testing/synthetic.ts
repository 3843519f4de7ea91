import { addUnits } from '../time/calendar';
import { pad } from '../time/format';
import { formatIsoDate } from '../time/iso';
import type { Precision } from '../time/units';
import { EVENT_TYPES, TAXONOMY, type EventType } from '../file-format/taxonomy';
import type { Article, TimelineEvent, TimelineFile } from '../file-format/model';

/**
 * Large, valid, deterministic timelines for the benchmark and the scale tests. Real news is
 * bursty (crises), mixes instants with ranges and eras, and cites shared articles, so the
 * generator does too: an index tuned on uniform points would look faster than it is.
 */

/** mulberry32: tiny, fast and good enough to make test data reproducible from a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES: ReadonlyArray<readonly [country: string, city: string, actor: string]> = [
  ['US', 'Washington', 'Government of the United States'],
  ['CN', 'Beijing', 'Government of China'],
  ['JP', 'Tokyo', 'Government of Japan'],
  ['KR', 'Seoul', 'Government of South Korea'],
  ['KP', 'Pyongyang', 'Government of North Korea'],
  ['RU', 'Moscow', 'Government of Russia'],
  ['UA', 'Kyiv', 'Government of Ukraine'],
  ['DE', 'Berlin', 'Government of Germany'],
  ['FR', 'Paris', 'Government of France'],
  ['GB', 'London', 'Government of the United Kingdom'],
  ['IN', 'New Delhi', 'Government of India'],
  ['BR', 'São Paulo', 'Government of Brazil'],
];
const ENVOYS = [
  'José Álvarez',
  'Zoë Müller',
  'Søren Ødegård',
  'Amélie Dubois',
  'Kenji Satō',
  'Lena Kowalska',
];
const CRISES = [
  '1914-07', '1917-11', '1929-10', '1939-09', '1945-08', '1950-06', '1956-10', '1962-10', '1968-08', '1973-10',
  '1979-12', '1989-11', '1991-12', '2001-09', '2003-03', '2008-09', '2011-03', '2014-02', '2020-03', '2022-02',
]; // prettier-ignore
const FIRST_MS = Date.UTC(1900, 0, 1);
const LAST_MS = Date.UTC(2025, 11, 31);
const DAY = 86_400_000;

/** Latest start of a last unit that still ends by 2025 (a decade "2020" would run to 2029). */
function lastStartFor(precision: Precision): number {
  return precision === 'decade' ? Date.UTC(2010, 0, 1) : LAST_MS;
}

function precisionFor(type: EventType, random: () => number): Precision {
  if (type === 'era') return random() < 0.3 ? 'decade' : 'year';
  const r = random();
  return r < 0.08 ? 'minute' : r < 0.12 ? 'hour' : r < 0.8 ? 'day' : r < 0.92 ? 'month' : 'year';
}

/** How many precision units a range lasts: eras span decades, meetings a few days. */
function rangeUnits(type: EventType, precision: Precision, random: () => number): number {
  if (type === 'era')
    return precision === 'decade' ? 1 + Math.floor(random() * 5) : 5 + Math.floor(random() * 55);
  if (random() >= 0.2) return 0;
  const max = { minute: 480, hour: 8, day: 30, month: 6, year: 5, decade: 1 }[precision];
  return 1 + Math.floor(random() * max);
}

/** Bursty instants: most events cluster around crises, the rest spread over 1900–2025. */
function instantFor(random: () => number): number {
  if (random() < 0.35) return FIRST_MS + random() * (LAST_MS - FIRST_MS);
  const [year, month] = CRISES[Math.floor(random() * CRISES.length)]!.split('-').map(Number);
  const offsetDays = -Math.log(1 - random()) * 90 * (random() < 0.3 ? -1 : 1);
  return Math.min(LAST_MS, Math.max(FIRST_MS, Date.UTC(year!, month! - 1, 15) + offsetDays * DAY));
}

function pickType(random: () => number): EventType {
  if (random() < 0.01) return 'era';
  const others = EVENT_TYPES.filter((type) => type !== 'era');
  return others[Math.floor(random() * others.length)]!;
}

/** Generates `n` events citing about n/3 shared articles; the same seed always gives the same file. */
export function generateSyntheticTimeline(n: number, seed: number): TimelineFile {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const articleCount = Math.max(1, Math.ceil(n / 3));
  const sentences: string[][] = Array.from({ length: articleCount }, () => []);
  const latest = new Float64Array(articleCount).fill(FIRST_MS);
  const events: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) {
    const type = pickType(random);
    const precision = precisionFor(type, random);
    const startMs = Math.min(instantFor(random), type === 'era' ? Date.UTC(1990, 0, 1) : LAST_MS);
    const start = formatIsoDate(startMs, precision);
    const units = rangeUnits(type, precision, random);
    const end =
      units > 0
        ? formatIsoDate(Math.min(lastStartFor(precision), addUnits(startMs, precision, units)), precision)
        : undefined;
    const [country, city, government] = pick(PLACES);
    const partner = pick(PLACES)[0];
    const actors = random() < 0.5 ? [government, pick(ENVOYS)] : [government];
    const id = `ev-${pad(i, 6)}`;
    const title = `${TAXONOMY[type].label} in ${city}`;
    const sources = Array.from({ length: 1 + Math.floor(random() * random() * 3) }, () => {
      const article = Math.floor(random() * articleCount);
      const when = `On ${start}`;
      const excerpt = `${when}, ${actors.join(' and ')} took part in a ${TAXONOMY[type].label.toLowerCase()} in ${city} (${id}).`;
      sentences[article]!.push(excerpt);
      latest[article] = Math.max(latest[article]!, startMs);
      return { article: `art-${pad(article, 6)}`, excerpt, dateEvidence: when };
    });
    events.push({
      id,
      title,
      type,
      start,
      ...(end === undefined ? {} : { end }),
      precision,
      approximate: random() < 0.05,
      status: random() < 0.04 ? 'planned' : 'reported',
      place: { name: city, country },
      actors,
      countries: partner === country ? [country] : [country, partner],
      ...(random() < 0.5 ? { summary: `${title}, with delegations from ${country} and ${partner}.` } : {}),
      sources: [...new Map(sources.map((s) => [s.article, s])).values()],
      related: i > 0 && random() < 0.1 ? [`ev-${pad(Math.floor(random() * i), 6)}`] : [],
      tags: [type === 'era' ? 'era' : 'news'],
    });
  }
  const articles: Article[] = sentences.map((lines, k) => ({
    id: `art-${pad(k, 6)}`,
    headline: `Wire report ${k + 1}`,
    publisher: 'Synthetic Wire',
    published: formatIsoDate(latest[k]!, 'day'),
    publishedEvidence: 'synthetic: dated on the latest event it reports',
    text: ['Synthetic report.', ...lines].join(' '),
  }));
  return { title: `Synthetic timeline (${n} events, seed ${seed})`, articles, events };
}
