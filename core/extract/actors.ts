import nlp from 'compromise';

/**
 * People and organisations named in a sentence, from compromise (a maintained English NLP
 * library that runs anywhere JavaScript does, with no DOM or Node). It is only asked about the
 * sentences that yield candidates, which keeps a long article fast.
 */
export function findActors(sentence: string): string[] {
  const doc = nlp(sentence);
  const names = [...(doc.people().out('array') as string[]), ...(doc.organizations().out('array') as string[])];
  const clean = names
    .map((n) => n.replace(/[’']s$/u, '').replace(/^[“"(]+|[”",.;:)]+$/gu, '').trim())
    .filter((n) => n.length > 1 && /\p{Lu}/u.test(n));
  return [...new Set(clean)];
}
