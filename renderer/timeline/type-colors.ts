import { EVENT_TYPES, TAXONOMY } from '../../core/file-format/taxonomy';

/**
 * Per-type colour classes generated from TAXONOMY, so the taxonomy stays the one place colours
 * are defined (no copy in CSS). A constructed stylesheet is CSSOM, which the strict CSP
 * (`style-src 'self'`) allows, unlike inline style attributes. Each `.type-<name>` sets
 * `--type-color`; timeline.css draws items, legend swatches and lane labels from it.
 */
export function installTypeColors(): void {
  if (document.adoptedStyleSheets.some((s) => s.cssRules[0]?.cssText.includes('--type-color'))) return;
  const sheet = new CSSStyleSheet();
  for (const type of EVENT_TYPES)
    sheet.insertRule(`.type-${type} { --type-color: ${TAXONOMY[type].color}; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Class naming an event type's colour; types come from the validated taxonomy enum. */
export function typeClass(type: string): string {
  return `type-${type}`;
}
