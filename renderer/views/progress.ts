/**
 * The loading overlay. Shown only when a load takes long enough to notice, so small files do
 * not flash it.
 */
let showTimer: ReturnType<typeof setTimeout> | undefined;

const root = () => document.getElementById('progress')!;

export function startProgress(label: string): void {
  clearTimeout(showTimer);
  setProgress(label, 0);
  showTimer = setTimeout(() => (root().hidden = false), 150);
}

/**
 * Shows a phase ("Reading x.json", "Indexing 100,000 events") and how far it is. Called once
 * per slice while indexing, so it writes the DOM only when the whole percentage changes.
 */
export function setProgress(label: string, fraction: number): void {
  const r = root();
  const percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
  const text = `${label} — ${percent}%`;
  const labelEl = r.querySelector('.progress-label')!;
  if (labelEl.textContent === text) return;
  labelEl.textContent = text;
  (r.querySelector('.progress-fill') as HTMLElement).style.width = `${percent}%`;
  const bar = r.querySelector('[role=progressbar]')!;
  bar.setAttribute('aria-valuenow', String(percent));
  bar.setAttribute('aria-valuetext', text);
}

export function endProgress(): void {
  clearTimeout(showTimer);
  root().hidden = true;
}
