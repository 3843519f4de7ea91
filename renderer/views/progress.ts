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

export function setProgress(label: string, fraction: number): void {
  const r = root();
  const percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
  r.querySelector('.progress-label')!.textContent = `${label} — ${percent}%`;
  (r.querySelector('.progress-fill') as HTMLElement).style.width = `${percent}%`;
  r.querySelector('[role=progressbar]')!.setAttribute('aria-valuenow', String(percent));
}

export function endProgress(): void {
  clearTimeout(showTimer);
  root().hidden = true;
}
