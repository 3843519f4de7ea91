import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTimelineSchema, SCHEMA_FILE } from '../../scripts/gen-schema';

describe('data/timeline.schema.json', () => {
  it('matches the zod schema (npm run schema regenerates it)', () => {
    expect(existsSync(SCHEMA_FILE), 'data/timeline.schema.json is missing').toBe(true);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderTimelineSchema());
  });

  it('describes the format editors need: required fields, closed objects, enums', () => {
    const schema = JSON.parse(renderTimelineSchema());
    expect(schema.required).toEqual(['title', 'events']);
    expect(schema.additionalProperties).toBe(false);
    const event = schema.properties.events.items;
    expect(event.required).toEqual(
      expect.arrayContaining(['id', 'title', 'type', 'start', 'precision', 'status']),
    );
    expect(event.required).not.toContain('actors');
    expect(event.properties.precision.enum).toContain('day');
    // Types are open: a file may declare categories beyond the built-in taxonomy.
    expect(schema.properties.categories.type).toBe('array');
  });
});
