import { performance } from 'node:perf_hooks';
import { importFile } from '../core/import/import-file';
import { exportData } from '../core/export-data/export-data';

/**
 * Import timing for big spreadsheets and TimelineJS files (`npx tsx bench/import-csv.ts`):
 * builds a CSV and a TimelineJS file of n events in memory and times importFile on each.
 */
function csv(n: number): string {
  const rows = ['title,start,end,precision,type,status,place,country,actors,summary,source url,excerpt,tags'];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(1900, 0, 1) + i * 86_400_000 * 0.37).toISOString().slice(0, 10);
    rows.push(
      `Event ${i},${day},,day,Group ${i % 12},reported,Town ${i % 50},JP,Person ${i % 99},"Summary, ""quoted"" ${i}",,,t${i % 7}`,
    );
  }
  return rows.join('\n');
}

for (const n of [10_000, 100_000]) {
  const text = csv(n);
  let t = performance.now();
  const result = importFile(text, 'bench.csv');
  const csvMs = performance.now() - t;
  const tjs = exportData(result.timeline!, 'timelinejs').text;
  t = performance.now();
  const back = importFile(tjs, 'bench.json');
  const tjsMs = performance.now() - t;
  console.log(
    `${n} events: CSV ${csvMs.toFixed(0)} ms (${result.report.events} imported), TimelineJS ${tjsMs.toFixed(0)} ms (${back.report.events} imported)`,
  );
}
