import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excerptInContext, sentenceStarts } from './excerpt-context';
import { timelineFileSchema } from '../file-format/model';

const sentencesOf = (text: string) => {
  const starts = sentenceStarts(text);
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length).trim());
};

describe('sentenceStarts', () => {
  it('splits at full stops, question and exclamation marks followed by a capital', () => {
    expect(sentencesOf('One is here. Two? Three! 4 more.')).toEqual([
      'One is here.',
      'Two?',
      'Three!',
      '4 more.',
    ]);
  });

  it('does not split after initialisms, initials or titles', () => {
    const text = 'Allies of the U.S. Secretary of State met. Mr. Biden and John F. Kennedy are named. Done.';
    expect(sentencesOf(text)).toEqual([
      'Allies of the U.S. Secretary of State met.',
      'Mr. Biden and John F. Kennedy are named.',
      'Done.',
    ]);
  });

  it('keeps closing quotes with their sentence and starts one at an opening quote', () => {
    const text = 'He wrote: “It is critical.” Then he left. “We agree,” he said. Fine.';
    expect(sentencesOf(text)).toEqual([
      'He wrote: “It is critical.”',
      'Then he left.',
      '“We agree,” he said.',
      'Fine.',
    ]);
  });

  it('always splits at paragraph breaks and never before a lower-case word', () => {
    expect(sentencesOf('No full stop here\nNext paragraph. and more')).toEqual([
      'No full stop here',
      'Next paragraph. and more',
    ]);
  });
});

describe('excerptInContext', () => {
  const text = 'First one. Second sentence here. The quoted words sit in the third. Fourth follows. Fifth.';

  it('returns one whole sentence either side of a whole-sentence excerpt', () => {
    const excerpt = 'The quoted words sit in the third.';
    const ctx = excerptInContext(text, excerpt);
    expect(ctx).toEqual({
      before: 'Second sentence here. ',
      match: excerpt,
      after: ' Fourth follows.',
      offset: text.indexOf(excerpt),
    });
  });

  it('includes the rest of a sentence cut by the excerpt', () => {
    const ctx = excerptInContext(text, 'quoted words');
    expect(ctx.before).toBe('Second sentence here. The ');
    expect(ctx.after).toBe(' sit in the third. Fourth follows.');
  });

  it('works at the very start and end of the text', () => {
    expect(excerptInContext(text, 'First one.')).toMatchObject({
      before: '',
      after: ' Second sentence here.',
    });
    expect(excerptInContext(text, 'Fifth.')).toMatchObject({ before: 'Fourth follows. ', after: '' });
  });

  it('reports an excerpt missing from the article instead of guessing', () => {
    expect(excerptInContext(text, 'not there')).toEqual({
      before: '',
      match: 'not there',
      after: '',
      offset: -1,
    });
  });

  it('clips context in text without sentence punctuation at a word boundary', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
    const ctx = excerptInContext(words, 'w1000 w1001');
    expect(ctx.before.startsWith('…w')).toBe(true);
    expect(ctx.after.endsWith('…')).toBe(true);
    expect(ctx.before.length).toBeLessThanOrEqual(601);
    expect(ctx.after.length).toBeLessThanOrEqual(601);
    expect(words).toContain(ctx.before.slice(1) + 'w1000 w1001' + ctx.after.slice(0, -1));
  });

  it('puts every excerpt of the bundled dataset back together with its article', () => {
    const raw: unknown = JSON.parse(
      readFileSync('data/us-asia-diplomacy-2021-2024.chronoscope.json', 'utf8'),
    );
    const file = timelineFileSchema.parse(raw);
    const articles = new Map(file.articles.map((a) => [a.id, a.text]));
    for (const source of file.events.flatMap((e) => e.sources)) {
      const article = articles.get(source.article)!;
      const ctx = excerptInContext(article, source.excerpt);
      expect(ctx.offset).toBeGreaterThanOrEqual(0);
      expect(article).toContain(ctx.before + ctx.match + ctx.after);
    }
  });
});
