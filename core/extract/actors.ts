import nlp from 'compromise';

/**
 * People and organisations named in sentences, from compromise (a maintained English NLP library
 * that runs anywhere JavaScript does, with no DOM or Node). Its tagger is the slowest step of
 * extraction, so it runs once over just the sentences that yield candidates, and each sentence
 * gets the names that occur in it.
 */
export function findActors(sentences: readonly string[]): string[][] {
  if (sentences.length === 0) return [];
  const doc = nlp(sentences.join('\n'));
  const names = [
    ...(doc.people().out('array') as string[]),
    ...(doc.organizations().out('array') as string[]),
  ]
    .map((n) =>
      n
        .replace(/[’']s$/u, '')
        .replace(/^[“"(]+|[”",.;:)]+$/gu, '')
        .trim(),
    )
    .filter((n) => n.length > 1 && /\p{Lu}/u.test(n));
  const unique = [...new Set(names)];
  return sentences.map((s) => unique.filter((n) => s.includes(n)));
}
