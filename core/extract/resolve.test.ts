import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract';

/** One sentence, one publication day: the candidate the extractor makes for the given date words. */
function only(sentence: string, published: string, evidence: string) {
  const { candidates } = extractEvents(sentence, { articleId: 'a', published });
  const c = candidates.find((x) => x.event.sources.some((s) => s.dateEvidence?.includes(evidence)));
  if (!c)
    throw new Error(
      `no candidate for “${evidence}” in: ${JSON.stringify(candidates.map((x) => x.event.sources))}`,
    );
  const { start, end, precision, approximate, status } = c.event;
  return { start, end, precision, approximate, status };
}

// 2025-06-11 is a Wednesday.
const WED = '2025-06-11';

describe('weekdays follow the tense, not the nearest day', () => {
  it('a past-tense weekday is the latest such day on or before publication', () => {
    expect(only('The minister resigned on Friday.', WED, 'Friday')).toMatchObject({
      start: '2025-06-06',
      status: 'reported',
    });
    expect(only('The minister resigned on Tuesday.', WED, 'Tuesday')).toMatchObject({ start: '2025-06-10' });
  });
  it('a future weekday is the next such day', () => {
    expect(only('The minister will resign on Friday.', WED, 'Friday')).toMatchObject({
      start: '2025-06-13',
      status: 'planned',
    });
    expect(only('The summit is scheduled to open on Tuesday.', WED, 'Tuesday')).toMatchObject({
      start: '2025-06-17',
    });
    expect(only('Ministers plan to meet on Monday.', WED, 'Monday')).toMatchObject({ start: '2025-06-16' });
    expect(only('He is expected to arrive on Thursday.', WED, 'Thursday')).toMatchObject({
      start: '2025-06-12',
    });
  });
  it('the publication weekday is the publication day in either tense', () => {
    expect(only('An official said Wednesday the talks had ended.', WED, 'Wednesday')).toMatchObject({
      start: WED,
    });
    expect(only('Blinken will arrive in Tokyo on Wednesday.', WED, 'Wednesday')).toMatchObject({
      start: WED,
      status: 'planned',
    });
  });
  it('“last” and “next” override the tense', () => {
    expect(only('The vote will be reviewed, as it was last Wednesday.', WED, 'last Wednesday')).toMatchObject(
      { start: '2025-06-04' },
    );
    expect(only('The court ruled that the trial opens next Wednesday.', WED, 'next Wednesday')).toMatchObject(
      { start: '2025-06-18' },
    );
  });
  it('present tense points forward (“voters go to the polls on Sunday”)', () => {
    expect(only('Voters go to the polls on Sunday.', WED, 'Sunday')).toMatchObject({
      start: '2025-06-15',
      status: 'planned',
    });
  });
  it('a day range and a part of the day', () => {
    expect(
      only('He will attend the ministerial meeting on Friday and Saturday.', WED, 'Friday'),
    ).toMatchObject({ start: '2025-06-13', end: '2025-06-14' });
    expect(
      only('North Korea test-fired a missile on Tuesday morning.', WED, 'Tuesday morning'),
    ).toMatchObject({ start: '2025-06-10' });
  });
  it('a subordinate clause has its own tense', () => {
    const text = 'The talks, which began on Monday, will end with a summit on Friday.';
    expect(only(text, WED, 'Monday')).toMatchObject({ start: '2025-06-09', status: 'reported' });
    expect(only(text, WED, 'Friday')).toMatchObject({ start: '2025-06-13', status: 'planned' });
  });
});

describe('relative days', () => {
  it('today, yesterday, tomorrow, two days ago', () => {
    expect(only('The ministry announced the ban today.', WED, 'today')).toMatchObject({ start: WED });
    expect(only('The ministry announced the ban yesterday.', WED, 'yesterday')).toMatchObject({
      start: '2025-06-10',
    });
    expect(only('The ministry will announce the ban tomorrow.', WED, 'tomorrow')).toMatchObject({
      start: '2025-06-12',
    });
    expect(only('The storm struck two days ago.', WED, 'two days ago')).toMatchObject({
      start: '2025-06-09',
      precision: 'day',
    });
  });
});

describe('week phrases are week ranges, never one day', () => {
  it('last, this and next week are Monday–Sunday, approximate', () => {
    expect(only('The leaders met last week.', WED, 'last week')).toEqual({
      start: '2025-06-02',
      end: '2025-06-08',
      precision: 'day',
      approximate: true,
      status: 'reported',
    });
    expect(only('The leaders meet this week.', WED, 'this week')).toMatchObject({
      start: '2025-06-09',
      end: '2025-06-15',
      approximate: true,
    });
    expect(only('The leaders will meet next week.', WED, 'next week')).toMatchObject({
      start: '2025-06-16',
      end: '2025-06-22',
      approximate: true,
    });
  });
  it('later in the week runs from the day after publication to Sunday', () => {
    expect(
      only('They will head to Seoul later in the week for talks.', WED, 'later in the week'),
    ).toMatchObject({ start: '2025-06-12', end: '2025-06-15', approximate: true });
  });
  it('later in the week written on a Sunday is still a range', () => {
    const r = only('They will hold talks later in the week.', '2025-06-15', 'later in the week');
    expect(r.end).toBeDefined();
    expect(r.start).not.toBe(r.end);
  });
});

describe('months and years by tense', () => {
  it('a month without a year takes the year the tense points to, across a year boundary', () => {
    expect(only('The minister resigned in December.', '2025-01-08', 'December')).toMatchObject({
      start: '2024-12',
      precision: 'month',
    });
    expect(only('Leaders will meet at a summit in February.', '2024-12-04', 'February')).toMatchObject({
      start: '2025-02',
      precision: 'month',
      status: 'planned',
    });
    expect(only('Suga plans to visit the White House in April.', '2021-03-15', 'April')).toMatchObject({
      start: '2021-04',
      status: 'planned',
    });
  });
  it('“in late May” is month precision, never a day', () => {
    expect(only('The treaty was signed in late May.', WED, 'late May')).toMatchObject({
      start: '2025-05',
      precision: 'month',
    });
  });
  it('earlier this month, last month, next year', () => {
    expect(
      only('The company announced a recall earlier this month.', WED, 'earlier this month'),
    ).toMatchObject({ start: '2025-06', precision: 'month' });
    expect(only('The company announced a recall last month.', WED, 'last month')).toMatchObject({
      start: '2025-05',
      precision: 'month',
    });
    expect(only('The festival will return next year.', WED, 'next year')).toMatchObject({
      start: '2026',
      precision: 'year',
    });
  });
  it('years: in 2019, since 1998, the 2019 floods, from 1910 to 1945', () => {
    expect(only('The party won the election in 2019.', WED, '2019')).toMatchObject({
      start: '2019',
      precision: 'year',
    });
    expect(only('She has led the party since 1998 after the election.', WED, '1998')).toMatchObject({
      start: '1998',
      precision: 'year',
    });
    expect(only('It was the worst flooding since the 2019 floods.', WED, '2019')).toMatchObject({
      start: '2019',
      precision: 'year',
    });
    expect(only('Japan’s colonization of Korea from 1910 to 1945.', WED, '1910')).toMatchObject({
      start: '1910',
      end: '1945',
      precision: 'year',
    });
  });
  it('quantities are not years', () => {
    const { candidates } = extractEvents('The quake killed 2,000 people and 1500 troops were sent.', {
      articleId: 'a',
      published: WED,
    });
    expect(candidates).toEqual([]);
  });
});

describe('calendar dates and ranges', () => {
  it('Sept. 9 and March 3 take the year the tense gives', () => {
    expect(only('The carmaker will present its van at a fair on Sept. 9.', WED, 'Sept. 9')).toMatchObject({
      start: '2025-09-09',
    });
    expect(only('The talks began on March 3.', WED, 'March 3')).toMatchObject({ start: '2025-03-03' });
    expect(only('The talks will begin on March 3.', WED, 'March 3')).toMatchObject({
      start: '2026-03-03',
      status: 'planned',
    });
  });
  it('May 5-8 is a range', () => {
    expect(
      only('A signing ceremony for the pact is planned for May 5-8.', '2025-03-20', 'May 5-8'),
    ).toMatchObject({ start: '2025-05-05', end: '2025-05-08', status: 'planned' });
  });
  it('“a three-day festival that ended on Sunday” ends that Sunday', () => {
    expect(
      only('A three-day festival that ended on Sunday drew 90,000 people.', '2025-05-13', 'Sunday'),
    ).toMatchObject({ start: '2025-05-09', end: '2025-05-11' });
  });
  it('a four-day visit that begins on Monday starts that Monday', () => {
    expect(
      only('The president arrived on Monday for a four-day state visit.', '2025-11-17', 'Monday'),
    ).toMatchObject({ start: '2025-11-17', end: '2025-11-20' });
  });
});

describe('what is left out, and why', () => {
  it('a weekday inside a quotation is the speaker’s, not an event', () => {
    const r = extractEvents('“We will be back on Thursday with our lawyers,” Vargas told supporters.', {
      articleId: 'a',
      published: WED,
    });
    expect(r.candidates).toEqual([]);
    expect(r.leftOut[0]).toMatchObject({ dateEvidence: 'on Thursday' });
  });
  it('a date with no event word near it is listed with the reason', () => {
    const r = extractEvents('Forecasters expect more rain later in the week.', {
      articleId: 'a',
      published: WED,
    });
    expect(r.candidates).toEqual([]);
    expect(r.leftOut[0]?.reason).toMatch(/no event word/);
  });
  it('“until” bounds a state rather than dating an event', () => {
    const r = extractEvents('Schools will stay closed until next week, the governor said.', {
      articleId: 'a',
      published: WED,
    });
    expect(r.candidates).toEqual([]);
  });
});

describe('more relative days and weekends', () => {
  it('last night is the day before; this morning and earlier today are the publication day', () => {
    expect(only('Rebels attacked the town last night.', WED, 'last night')).toMatchObject({
      start: '2025-06-10',
    });
    expect(only('The minister resigned this morning.', WED, 'this morning')).toMatchObject({ start: WED });
    expect(only('The court ruled earlier today.', WED, 'earlier today')).toMatchObject({ start: WED });
  });
  it('“over the weekend” is the weekend before in the past tense and the coming one otherwise, never one day', () => {
    expect(only('The two leaders met over the weekend.', WED, 'weekend')).toMatchObject({
      start: '2025-06-07',
      end: '2025-06-08',
      approximate: true,
    });
    expect(only('The two leaders will meet over the weekend.', WED, 'weekend')).toMatchObject({
      start: '2025-06-14',
      end: '2025-06-15',
      status: 'planned',
    });
  });
});
