import { openDroppedFile } from './loader';
import { isArticleFileName, reviewDroppedArticle } from './views/article-review';

/** Opens a timeline file dropped anywhere on the window (an article goes to the review), with an overlay while dragging. */
export function initDropTarget(): void {
  const overlay = document.getElementById('drop-overlay')!;
  let depth = 0;
  const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
  window.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  });
  // Capture phase: vis-timeline stops a drop's propagation on its centre panel (its own item
  // drops), so a file dropped on the timeline would never reach a bubbling listener.
  window.addEventListener(
    'drop',
    (e) => {
      e.preventDefault();
      depth = 0;
      overlay.hidden = true;
      const file = e.dataTransfer?.files[0];
      if (file && isArticleFileName(file.name)) void reviewDroppedArticle(file);
      else if (file) void openDroppedFile(file);
    },
    true,
  );
}
