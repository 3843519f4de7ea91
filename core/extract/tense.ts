import { quotedSpans } from './temporal';

/**
 * The tense of the clause a time expression belongs to, from the words around it. News uses a
 * small set of constructions for what is still to come ("will", "is scheduled to", "plans to",
 * "expected to", "to be held") and the past for what was reported; that is what decides whether
 * "on Friday" looks back or forward from the publication date, and whether an event is planned.
 * A word-list reading is used rather than a part-of-speech tagger because it is fast (a 5,000-word
 * article in milliseconds) and its mistakes are easy to see and fix.
 */

export type Tense = 'past' | 'future' | 'present';

interface Marker {
  readonly tense: Tense;
  readonly from: number;
  readonly to: number;
}

const FUTURE =
  /\b(?:will|shall|won[’']t|would|(?:is|are|am|was|were|be|being)\s+(?:scheduled|expected|set|due|slated|poised|going|planned|likely|set)\s+to|(?:plans?|planning|intends?|intending|aims?|aiming|hopes?|hoping|expects?|expecting|expected|scheduled|set|due|vowed|pledged|promised|wants?|preparing|prepares?)\s+to|(?:is|are|was|were)\s+(?:planned|scheduled|set|slated|due)\s+for|(?:is|are)\s+expected|to\s+be\s+(?:held|signed|played|staged|opened|launched)|upcoming|forthcoming|[\p{L}]+[’']ll)\b(?:\s+(?:also\s+|then\s+|not\s+|be\s+)?[\p{L}-]+)?/giu;

const IRREGULAR_PAST = new Set(
  (
    'was were had did died lied tied said met held won lost took came went began fell struck rose told gave made left saw ' +
    'ran became hit found sent beat chose drew fought led paid sold spoke stood swept threw wrote broke ' +
    'brought bought caught felt flew froze grew hung kept knew laid lay meant overtook put quit read rode ' +
    'sang sat shook shot shut slid sped spent split spread stole stuck swore swam taught thought tore understood ' +
    'upheld withdrew woke wore ago overthrew outlined reopened'
  ).split(' '),
);

/** Words ending in -ed that are rarely past-tense verbs in news copy. */
const NOT_PAST = new Set(
  (
    'need needed indeed speed seed bed red shed hundred united limited advanced detailed supposed alleged ' +
    'skilled interested concerned related experienced talented armed based called so-called unprecedented ' +
    'assisted embattled beloved wicked naked sacred rugged crooked ragged'
  ).split(' '),
);

const PAST_WORD = /(?<![\p{L}-])((?:(?:test|re|co|pre|over|under|out|cross|mis)-)?\p{Ll}+)(?![\p{L}-])/gu;
/** "a by-election triggered by", "followed by": a participle describing a noun, not the clause's verb. */
const PARTICIPLE_BY = /^\s+by\b/;
const PASSIVE_AUX = /\b(?:was|were|been|being|is|are|be|had|has|have)\s+$/;
const PERFECT = /\b(?:has|have|had)\s+(?:been\s+|already\s+|just\s+)?\p{Ll}+/giu;

function markers(sentence: string): Marker[] {
  const found: Marker[] = [];
  for (const m of sentence.matchAll(FUTURE)) {
    found.push({ tense: 'future', from: m.index, to: m.index + m[0].length });
  }
  for (const m of sentence.matchAll(PERFECT)) {
    if (found.some((f) => m.index < f.to && m.index + m[0].length > f.from)) continue;
    found.push({ tense: 'past', from: m.index, to: m.index + m[0].length });
  }
  for (const m of sentence.matchAll(PAST_WORD)) {
    const word = m[1]!;
    const past = IRREGULAR_PAST.has(word) || (word.endsWith('ed') && word.length >= 4 && !NOT_PAST.has(word));
    if (!past) continue;
    const [from, to] = [m.index, m.index + word.length];
    if (
      word.endsWith('ed') &&
      PARTICIPLE_BY.test(sentence.slice(to, to + 4)) &&
      !PASSIVE_AUX.test(sentence.slice(Math.max(0, from - 12), from))
    )
      continue;
    if (found.some((f) => from < f.to && to > f.from)) continue;
    found.push({ tense: 'past', from, to });
  }
  const quotes = quotedSpans(sentence);
  return found.filter((f) => !quotes.some(([a, b]) => f.from >= a && f.to <= b));
}

const REPORTING = /^(?:said|says|added)$/;

/** Punctuation and linking words that start a new clause: "The talks, which began on Monday, will end on Friday". */
const CLAUSE_BREAK =
  /[,;:()—–]|\s(?:and|but|while|after|before|when|which|who|whom|where|whereas|because|although|though|that|as|then|until|once|since)\s/g;

/** [from, to) of the clause holding position `at`. */
export function clauseAround(sentence: string, at: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const end = m.index + m[0].length;
    if (end <= at) from = end;
    else if (m.index > at) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

function nearest(list: readonly Marker[], from: number, to: number): Marker | undefined {
  const distance = (m: Marker) => (m.to <= from ? from - m.to : m.from >= to ? m.from - to : 0);
  return [...list].sort((a, b) => distance(a) - distance(b))[0];
}

/**
 * Tense governing the words at [index, index + length) of `sentence`: the nearest tense marker
 * in the same clause, else the nearest in the sentence outside quotations and attributions, else present.
 */
export function tenseAt(sentence: string, index: number, length: number): Tense {
  const all = markers(sentence);
  const [from, to] = clauseAround(sentence, index);
  const inClause = all.filter((m) => m.from >= from && m.to <= to);
  // "will visit the burned area on Tuesday": an auxiliary before the date governs it, whatever participles sit between.
  if (inClause.some((m) => m.tense === 'future' && m.to <= index)) return 'future';
  // Outside its own clause, an attribution ("an official said Monday") dates the speech, not the event.
  const outside = all.filter((m) => !REPORTING.test(sentence.slice(m.from, m.to)));
  const marker = nearest(inClause, index, index + length) ?? nearest(outside, index, index + length);
  return marker?.tense ?? 'present';
}
