/**
 * A point's label runs right of its dot; near the right edge it would be cut ("Blinken ends
 * his Asi"). Such labels are moved to the left of the dot, where the view has room. vis lays
 * the label out itself, so the flip is a transform measured after each redraw.
 */
export function flipEdgeLabels(container: HTMLElement): void {
  const panel = container.querySelector<HTMLElement>('.vis-panel.vis-center');
  if (!panel) return;
  const { left, right } = panel.getBoundingClientRect();
  for (const item of panel.querySelectorAll<HTMLElement>('.vis-item.vis-point.ev')) {
    const content = item.querySelector<HTMLElement>('.vis-item-content');
    const dot = item.querySelector<HTMLElement>('.vis-dot');
    if (!content || !dot) continue;
    // vis rewrites the item's classes on redraw; the content element keeps its own mark.
    const flipped = content.dataset.flipped === 'left';
    const box = content.getBoundingClientRect();
    const dotBox = dot.getBoundingClientRect();
    // Measured where the label would be unflipped, so a flipped label does not flip back and forth.
    const width = box.width;
    const gap = flipped ? dotBox.left - box.right : box.left - dotBox.right;
    const unflippedRight = dotBox.right + gap + width;
    const flip = unflippedRight > right - 4 && dotBox.left - gap - width > left;
    if (flip === flipped) continue;
    if (flip) content.dataset.flipped = 'left';
    else delete content.dataset.flipped;
    content.style.transform = flip ? `translateX(${-(width + 2 * gap + dotBox.width)}px)` : '';
  }
}
