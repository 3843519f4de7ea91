/**
 * The baseline: a minimal page that gives vis-timeline (the standalone UMD build) every event
 * in one DataSet, the way a plain vis-timeline app would, with the same lanes, window options
 * and controls as Chronoscope: +/− halve or double the window, ←/→ pan by a fifth, Home fits
 * all, Ctrl+G opens a go-to-date field, and type checkboxes filter through a DataView.
 * Go-to-date windows are parsed in Node by core/goto-date and passed in, so both engines jump
 * to exactly the same windows.
 */
export const RAW_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>raw vis-timeline</title>
<link rel="stylesheet" href="/vis.css">
<link rel="stylesheet" href="/raw.css">
<script src="/vis.js"></script>
<script src="/raw.js"></script>
</head><body>
<aside><fieldset id="types"><legend>Event types</legend></fieldset><p class="status-count"></p>
<input id="goto-date-input" type="text" hidden></aside>
<main id="timeline"></main>
</body></html>`;

export const RAW_CSS = `html, body { margin: 0; height: 100%; font: 13px sans-serif; }
body { display: flex; }
aside { width: 220px; padding: 8px; overflow: auto; }
fieldset label { display: block; }
#timeline { flex: 1; height: 100%; min-width: 0; }`;

export const RAW_SCRIPT = `window.rawBench = (() => {
  const state = { created: false, timeline: null };
  const hidden = new Set();
  let view, fitWindow, gotoTargets;
  const setWindow = (s, e) => state.timeline.setWindow(s, e, { animation: false });
  const zoom = (factor) => {
    const w = state.timeline.getWindow();
    const mid = (w.start.getTime() + w.end.getTime()) / 2;
    const half = ((w.end.getTime() - w.start.getTime()) * factor) / 2;
    setWindow(mid - half, mid + half);
  };
  const pan = (share) => {
    const w = state.timeline.getWindow();
    const shift = (w.end.getTime() - w.start.getTime()) * share;
    setWindow(w.start.getTime() + shift, w.end.getTime() + shift);
  };
  const showCount = (total) => {
    document.querySelector('.status-count').textContent = 'Showing ' + view.length + ' of ' + total + ' events';
  };
  window.addEventListener('keydown', (e) => {
    if (!state.timeline) return;
    const input = document.getElementById('goto-date-input');
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'g') {
      e.preventDefault();
      input.hidden = false;
      input.value = '';
      input.focus();
      return;
    }
    if (e.target === input) {
      if (e.key !== 'Enter') return;
      const t = gotoTargets[input.value];
      input.hidden = true;
      input.blur();
      if (t) setWindow(t.startMs, t.endMs);
      return;
    }
    const keys = { '+': () => zoom(0.5), '=': () => zoom(0.5), '-': () => zoom(2), ArrowLeft: () => pan(-0.2),
      ArrowRight: () => pan(0.2), Home: () => setWindow(fitWindow.startMs, fitWindow.endMs) };
    const fn = keys[e.key];
    if (fn) { e.preventDefault(); fn(); }
  });
  state.load = async (config) => {
    fitWindow = config.fitWindow;
    gotoTargets = config.gotoTargets;
    const data = await (await fetch('/data.json')).json();
    window.__bench.mark('fileRead');
    const all = new vis.DataSet(data.items);
    view = new vis.DataView(all, { filter: (item) => !hidden.has(item.group) });
    const groups = new vis.DataSet(data.groups);
    const types = document.getElementById('types');
    for (const g of data.groups) {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = true;
      box.addEventListener('change', () => {
        if (box.checked) hidden.delete(g.id); else hidden.add(g.id);
        view.refresh();
        showCount(data.items.length);
      });
      const label = document.createElement('label');
      label.append(box, ' ' + g.content);
      types.append(label);
    }
    showCount(data.items.length);
    state.timeline = new vis.Timeline(document.getElementById('timeline'), view, groups, {
      height: '100%',
      zoomMin: 10 * 60000,
      zoomMax: 250 * 365.25 * 86400000,
      stack: true,
      showCurrentTime: false,
      orientation: { axis: 'top', item: 'top' },
      groupOrder: 'order',
      start: fitWindow.startMs,
      end: fitWindow.endMs,
      cluster: config.cluster,
    });
    state.created = true;
  };
  return state;
})();`;
