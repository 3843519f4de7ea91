import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEventIndex, timeExtent } from '../index/event-index';
import type { TimelineFile } from '../file-format/model';
import { generateSyntheticTimeline } from '../testing/synthetic';
import { escapeXml } from './svg-escape';
import { renderTimelineSvg, type SvgTimelineInput } from './svg-timeline';

/**
 * A small XML well-formedness check (Node has no DOMParser): every tag closes in order,
 * attributes are quoted, text holds no raw "<" and only known entities. Returns the problem.
 */
function xmlProblem(xml: string): string | undefined {
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos);)/g;
  let expectAt = 0;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    if (/[<>]/.test(xml.slice(expectAt, m.index))) return `stray markup near ${m.index}`;
    if (!m[2]) return `unparsable "${xml.slice(m.index, m.index + 30)}" at ${m.index}`;
    if (m[1]) {
      if (stack.pop() !== m[2]) return `unbalanced </${m[2]}> at ${m.index}`;
    } else if (!m[4]) stack.push(m[2]);
    expectAt = token.lastIndex;
  }
  return stack.length ? `unclosed <${stack.join('><')}>` : undefined;
}

const bundled = JSON.parse(
  readFileSync(new URL('../../data/us-asia-diplomacy-2021-2024.chronoscope.json', import.meta.url), 'utf8'),
) as TimelineFile;

function inputFor(file: TimelineFile, overrides: Partial<SvgTimelineInput> = {}): SvgTimelineInput {
  const index = buildEventIndex(file.events);
  const extent = timeExtent(index)!;
  return {
    index,
    mask: new Uint8Array(index.size).fill(1),
    laneMode: 'type',
    fromMs: extent.startMs,
    toMs: extent.endMs,
    widthPx: 2400,
    theme: 'light',
    title: file.title,
    legend: true,
    ...overrides,
  };
}

const textElements = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>(?:<title>[^<]*<\/title>)?([^<]*)<\/text>/g)].map((m) => m[1]);

describe('xmlProblem (the checker itself)', () => {
  it('finds broken documents', () => {
    expect(xmlProblem('<svg><text>a</svg>')).toBeDefined();
    expect(xmlProblem('<svg><text>a < b</text></svg>')).toBeDefined();
    expect(xmlProblem('<svg><text>a & b</text></svg>')).toBeDefined();
    expect(xmlProblem('<svg x=1/>')).toBeDefined();
    expect(xmlProblem('<svg><rect x="1"/><text>a &amp; b</text></svg>')).toBeUndefined();
  });
});

describe('renderTimelineSvg', () => {
  it('renders the bundled dataset as well-formed SVG with its first and last events as text', () => {
    const input = inputFor(bundled);
    const { svg, heightPx } = renderTimelineSvg(input);
    expect(xmlProblem(svg)).toBeUndefined();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(heightPx).toBeGreaterThan(200);
    const texts = textElements(svg);
    const { events, size } = input.index;
    // Approximate dates read "c. <title>", as on screen.
    const shows = (title: string) =>
      texts.some((t) => t === escapeXml(title) || t === `c. ${escapeXml(title)}`);
    expect(shows(events[0]!.title)).toBe(true);
    expect(shows(events[size - 1]!.title)).toBe(true);
    expect(texts).toContain(escapeXml(bundled.title));
  });

  it('escapes hostile titles and stays well-formed in the dark theme without background', () => {
    const file = JSON.parse(
      readFileSync(new URL('../testing/fixtures/good/xss-title.chronoscope.json', import.meta.url), 'utf8'),
    ) as TimelineFile;
    const { svg } = renderTimelineSvg(inputFor(file, { theme: 'dark', transparent: true, caption: '<&>' }));
    expect(xmlProblem(svg)).toBeUndefined();
    expect(svg).not.toMatch(/<script|<img|<iframe/i);
    expect(svg).not.toContain('<rect width=');
  });

  it('draws only the events inside the range, and says so when there are none', () => {
    const input = inputFor(bundled, { fromMs: Date.UTC(2024, 6, 1), toMs: Date.UTC(2024, 7, 1) });
    const texts = textElements(renderTimelineSvg(input).svg);
    expect(texts).toContain(escapeXml('Nguyen Phu Trong dies in Hanoi'));
    expect(texts).not.toContain(escapeXml('First Quad leaders’ summit (virtual)'));
    const empty = renderTimelineSvg(
      inputFor(bundled, { fromMs: Date.UTC(1960, 0, 1), toMs: Date.UTC(1961, 0, 1) }),
    );
    expect(textElements(empty.svg)).toContain('No events in this range');
  });

  it('leaves out events the filter hides', () => {
    const input = inputFor(bundled);
    const mask = new Uint8Array(input.index.size).fill(1);
    mask[input.index.size - 1] = 0;
    const texts = textElements(renderTimelineSvg({ ...input, mask }).svg);
    expect(texts).not.toContain(escapeXml(input.index.events[input.index.size - 1]!.title));
  });

  it('draws 10,000 events as count bars: a bounded document, not one shape per event', () => {
    const input = inputFor(generateSyntheticTimeline(10_000, 11));
    const { svg } = renderTimelineSvg(input);
    expect(xmlProblem(svg)).toBeUndefined();
    const shapes = (svg.match(/<(rect|circle)\b/g) ?? []).length;
    expect(shapes).toBeLessThan(1_500);
    expect(svg.length).toBeLessThan(400_000);
    const countLabels = /<text class="count"[^>]*><title>[^<]*<\/title>(\d+)(?: events?)?<\/text>/g;
    const counts = [...svg.matchAll(countLabels)].map((m) => Number(m[1]));
    expect(counts.length).toBeGreaterThan(20);
    // The bars count every event except the few long ones drawn as bands.
    const counted = counts.reduce((a, b) => a + b, 0);
    expect(counted).toBeLessThanOrEqual(10_000);
    expect(counted).toBeGreaterThan(9_500);
  });

  it('labels the axis at a unit that suits the span', () => {
    const century = textElements(renderTimelineSvg(inputFor(bundled)).svg);
    expect(century).toContain('1950');
    const month = renderTimelineSvg(
      inputFor(bundled, { fromMs: Date.UTC(2021, 2, 1), toMs: Date.UTC(2021, 3, 1) }),
    );
    expect(textElements(month.svg)).toContain('March 2021');
  });
});
