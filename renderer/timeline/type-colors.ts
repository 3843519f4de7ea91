import { EVENT_TYPES, TAXONOMY } from '../../core/file-format/taxonomy';
import { doc } from '../app-state';

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
  installCategoryColors();
}

let categorySheet: CSSStyleSheet | undefined;

/**
 * Colours of the open file's own categories (see core/file-format/categories.ts), replaced
 * whenever another file opens. Ids are escaped: a category id may contain "." which a
 * selector would read as a second class.
 */
function installCategoryColors(): void {
  categorySheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, categorySheet];
  doc.subscribe((loaded) => {
    const rules = (loaded?.index.types ?? [])
      .filter((t) => !(EVENT_TYPES as readonly string[]).includes(t.id))
      .map((t) => `.${CSS.escape(typeClass(t.id))} { --type-color: ${t.color}; }`);
    categorySheet?.replaceSync(rules.join('\n'));
  });
}

/** Class naming an event type's colour: a built-in type or a category the file declares. */
export function typeClass(type: string): string {
  return `type-${type}`;
}
