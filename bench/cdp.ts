import { writeFile } from 'node:fs/promises';
import type { CDPSession, Page } from 'playwright-core';

/** Used JS heap after a full GC, in MB: what the page really keeps, not garbage waiting to go. */
export async function heapAfterGcMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1048576;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Records a CPU profile around `run` and writes it (open it in Chrome DevTools › Performance). */
export async function profile(page: Page, file: string, run: () => Promise<void>): Promise<string[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  let failure: unknown;
  try {
    await run();
  } catch (error) {
    failure = error;
  }
  const { profile: result } = await cdp.send('Profiler.stop');
  await cdp.detach().catch(() => undefined);
  await writeFile(file, JSON.stringify(result));
  if (failure) throw failure;
  return topSelfTime(result as unknown as { nodes: ProfileNode[]; samples: number[] }, 40);
}

/**
 * Where the time went: per function, samples spent in it and in what it called (inclusive),
 * next to samples spent in its own code (self). Inclusive time names the culprit (`refresh`),
 * self time the hot loop inside it.
 */
function topSelfTime(result: { nodes: ProfileNode[]; samples: number[] }, count: number): string[] {
  const parent = new Map<number, number>();
  for (const node of result.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(result.nodes.map((n) => [n.id, n]));
  const keyOf = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const id of result.samples) {
    const node = byId.get(id);
    if (!node) continue;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + 1);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = keyOf(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + 1);
    }
  }
  const total = result.samples.length || 1;
  const pct = (n: number | undefined) => `${((100 * (n ?? 0)) / total).toFixed(1).padStart(5)} %`;
  return [...inclusive.entries()]
    .filter(([key]) => !/^\((root|program|idle|anonymous)\) /.test(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, n]) => `incl ${pct(n)}  self ${pct(self.get(key))}  ${key}`);
}
