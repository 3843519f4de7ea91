import { z } from 'zod';
import { PRECISIONS } from '../time/units';

/**
 * The timeline file format. This zod schema is the single source of truth: TypeScript types
 * are inferred from it and `data/timeline.schema.json` is generated from it
 * (`npm run schema`), so editors, the validator and the code cannot drift apart.
 */

export const STATUSES = ['reported', 'planned'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * ISO 8601 date or date-time at the granularity a precision needs: 1910, 2021-03, 2021-03-12,
 * 2021-03-12T09:30. Years are astronomical (-0043 is 44 BC) with 4 to 6 digits, so deep history
 * reaches the JavaScript date limit (±271,821 years).
 */
export const DATE_PATTERN = /^-?\d{4,6}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

const id = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    'ids use letters, digits, ".", "_" and "-", starting with a letter or digit',
  )
  .max(200);
const text = (max: number) => z.string().min(1).max(max);
const isoDate = z
  .string()
  .regex(DATE_PATTERN, 'expected an ISO 8601 date such as 1910, 2021-03, 2021-03-12 or 2021-03-12T09:30');

export const sourceSchema = z
  .object({
    article: id.describe('id of an article in `articles`'),
    excerpt: text(5000).describe('words quoted verbatim from the article text'),
    dateEvidence: text(500)
      .optional()
      .describe('the words inside the excerpt that fixed the date, e.g. "on Friday"'),
  })
  .strict();

export const placeSchema = z
  .object({
    name: text(200),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code such as JP')
      .optional(),
  })
  .strict();

export const linkSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }),
    label: text(1000).optional().describe('link text or media caption and credit'),
  })
  .strict();

/**
 * A category a file declares for itself, beyond the built-in news taxonomy: a TimelineJS group,
 * a CSV type "Disaster", a Markwhen tag. Events name it in `type`.
 */
export const categorySchema = z
  .object({
    id,
    label: text(200),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour such as #2563eb')
      .optional()
      .describe('#rrggbb; without it the app picks a stable colour from the id'),
  })
  .strict();

export const eventSchema = z
  .object({
    id,
    title: text(300),
    type: id.describe(
      'a built-in event type (summit, visit, …, era) or the id of a category declared in `categories`',
    ),
    start: isoDate,
    end: isoDate.optional().describe('inclusive end at the same precision as start'),
    precision: z.enum(PRECISIONS),
    approximate: z.boolean().default(false),
    status: z.enum(STATUSES).describe('reported: had happened when written; planned: announced'),
    place: placeSchema.optional(),
    actors: z.array(text(200)).max(200).default([]),
    countries: z
      .array(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code'))
      .max(250)
      .default([]),
    summary: z.string().max(5000).optional(),
    dateNote: z.string().max(2000).optional().describe('how the date was resolved from the text'),
    sources: z.array(sourceSchema).max(100).default([]),
    related: z.array(id).max(200).default([]),
    tags: z.array(text(100)).max(100).default([]),
    links: z
      .array(linkSchema)
      .max(100)
      .optional()
      .describe('web pages about the event: links of imported text, media with its caption'),
    displayDate: text(200)
      .optional()
      .describe('how the date is written for people when it differs from the computed one'),
  })
  .strict();

export const articleSchema = z
  .object({
    id,
    headline: text(500),
    publisher: text(200).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    published: isoDate,
    publishedEvidence: text(5000).describe('why that publication date: the text has no date line'),
    text: text(2_000_000),
    notes: z.string().max(5000).optional(),
  })
  .strict();

export const timelineFileSchema = z
  .object({
    $schema: z.string().optional(),
    title: text(300),
    description: z.string().max(5000).optional(),
    categories: z
      .array(categorySchema)
      .max(1000)
      .optional()
      .describe('categories of this file in addition to the built-in event types'),
    articles: z.array(articleSchema).default([]),
    events: z.array(eventSchema),
  })
  .strict();

export type TimelineSource = z.infer<typeof sourceSchema>;
export type TimelinePlace = z.infer<typeof placeSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type TimelineLink = z.infer<typeof linkSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Article = z.infer<typeof articleSchema>;
export type TimelineFile = z.infer<typeof timelineFileSchema>;
