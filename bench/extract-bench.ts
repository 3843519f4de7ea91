import { extractEvents } from '../core/extract';
import { loadGold, loadHeldOut, type GoldArticle } from './extract-gold';
import { scoreArticles } from './extract-score';

/**
 * `npm run bench:extract`: precision, recall and exact-date accuracy of the article extractor on
 * the gold set, the count of day-level dates made from week-level phrases (must be 0), and the
 * time to extract from a 5,000-word article. `--misses` lists every miss and extra candidate.
 */

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
const articles = loadGold();
const misses = process.argv.includes('--misses');

function report(label: string, set: readonly GoldArticle[]): void {
  const s = scoreArticles(set);
  console.log(`\n${label}: ${set.length} articles, ${s.gold} gold events; ${s.candidates} candidates.`);
  console.log(
    `precision            ${pct(s.matchedCandidates, s.candidates)}  (${s.matchedCandidates}/${s.candidates} candidates are gold events)`,
  );
  console.log(`recall               ${pct(s.found, s.gold)}  (${s.found}/${s.gold} gold events found)`);
  console.log(
    `exact-date accuracy  ${pct(s.rightDate, s.found)}  (${s.rightDate}/${s.found} found events with the gold start, end and precision)`,
  );
  console.log(`found with right date+precision  ${pct(s.rightDate, s.gold)}  (target ≥ 90%)`);
  console.log(
    `status accuracy      ${pct(s.rightStatus, s.found)}   type accuracy ${pct(s.rightType, s.found)}`,
  );
  console.log(`duplicates joined    ${s.duplicatesJoined}/${s.duplicatesExpected}`);
  console.log(`publication date from text  ${s.publishedRight}/${s.publishedChecked}`);
  console.log(`day-level dates from week phrases  ${s.weekToDay}  (must be 0)`);
  if (misses) for (const m of s.misses) console.log('  ' + m);
}

report('Gold set (rules developed against it)', articles);
report(
  'Held-out set (written after the rules were frozen; its first-run score is in docs/decisions/0012)',
  loadHeldOut(),
);

// A 5,000-word article: the gold texts one after another until long enough.
let all = '';
while (all.split(/\s+/).length < 5000) all += articles.map((a) => a.text).join('\n') + '\n';
const long = (all.match(/\S+\s*/g) ?? []).slice(0, 5000).join('');
const words = long.split(/\s+/).filter(Boolean).length;
// Wall time and this process's CPU time: on a shared machine the wall clock also counts waiting.
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < 6; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  extractEvents(long, { articleId: 'long', published: '2025-06-09' });
  wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `\n${words}-word article: first run ${wall[0]!.toFixed(0)} ms (CPU ${cpu[0]!.toFixed(0)} ms), then median ${median(wall.slice(1)).toFixed(0)} ms (CPU ${median(cpu.slice(1)).toFixed(0)} ms)`,
);
