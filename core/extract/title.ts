import type { FoundMention } from './temporal';
import { clauseAround } from './tense';
import type { FoundTrigger } from './triggers';

/**
 * A short title for a candidate from the clause that reports it, with the date words taken out
 * ("Trong died at a military hospital in Hanoi"). The user edits it in review; it only has to say
 * which event this is.
 */
export function eventTitle(sentence: string, trigger: FoundTrigger, date: FoundMention): string {
  const [from, to] = clauseAround(sentence, trigger.text === '' ? date.index : trigger.index);
  let clause = sentence.slice(from, to);
  const at = date.index - from;
  if (at >= 0 && at < clause.length) {
    // Take the date out with the preposition that introduced it ("sworn in on July 28" → "sworn in").
    clause =
      clause.slice(0, at).replace(/\s(?:on|in|at|by|since|from)\s*$/i, ' ') +
      clause.slice(at + date.text.length);
  }
  const words = clause
    .replace(/[“”"()]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-–—\s]+/, '')
    .replace(/^(?:and|but|then|while|after|before|when|which|who|where|that|as)\s+/i, '')
    .replace(/[,;:.\s]+$/, '')
    .split(' ');
  let title = words.slice(0, 14).join(' ');
  if (title.length < 12) title = sentence.replace(/\s+/g, ' ').trim().split(' ').slice(0, 14).join(' ');
  title = title.replace(/[,;:.\s]+$/, '');
  return (title.charAt(0).toUpperCase() + title.slice(1)).slice(0, 300) || 'Event';
}

/** A readable id, unique within one extraction: "2021-03-12-biden-held-the-first-virtual". */
export function uniqueId(title: string, start: string, taken: Set<string>): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
  const base = `${start.replace(/^-/, 'bce')}-${slug || 'event'}`.slice(0, 180);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
