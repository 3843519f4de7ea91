import type { Category } from './model';
import { isEventType, TAXONOMY } from './taxonomy';

/**
 * Categories are open: the built-in news taxonomy is the default, and a file may declare its
 * own (`categories` in the file). Every view asks this module for a type's label and colour, so
 * a TimelineJS group "Science" is drawn, listed and filtered like "summit".
 */

export interface CategoryInfo {
  readonly id: string;
  readonly label: string;
  readonly color: string;
}

/**
 * Colours for declared categories without one: mid-lightness hues that read on the light and
 * the dark theme, ordered so neighbours differ strongly in hue.
 */
export const CATEGORY_PALETTE = [
  '#2563eb',
  '#dc2626',
  '#16a34a',
  '#d97706',
  '#9333ea',
  '#0891b2',
  '#db2777',
  '#65a30d',
  '#7c3aed',
  '#ea580c',
  '#0d9488',
  '#c026d3',
  '#4f46e5',
  '#ca8a04',
  '#0284c7',
  '#e11d48',
] as const;

/** FNV-1a: the same id always gets the same colour, in every file and every session. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A stable colour for a category id. */
export function stableColor(id: string): string {
  return CATEGORY_PALETTE[hash(id) % CATEGORY_PALETTE.length]!;
}

/**
 * Colours for a list of new categories, distinct from each other while the palette lasts: the
 * id's stable colour unless an earlier category took it, then the next free one.
 */
export function assignColors(ids: readonly string[]): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    const start = hash(id) % CATEGORY_PALETTE.length;
    for (let k = 0; k < CATEGORY_PALETTE.length; k++) {
      const color = CATEGORY_PALETTE[(start + k) % CATEGORY_PALETTE.length]!;
      if (!used.has(color) || used.size >= CATEGORY_PALETTE.length) {
        used.add(color);
        return color;
      }
    }
    return stableColor(id);
  });
}

/** Label and colour of a type: declared categories first, then the taxonomy, then the id itself. */
export function categoryInfo(type: string, declared: readonly Category[] = []): CategoryInfo {
  const own = declared.find((c) => c.id === type);
  if (own) return { id: type, label: own.label, color: own.color ?? stableColor(type) };
  if (isEventType(type)) return { id: type, label: TAXONOMY[type].label, color: TAXONOMY[type].color };
  return { id: type, label: type, color: stableColor(type) };
}

/** True when a type is built in or declared, i.e. a file may use it. */
export function isKnownType(type: string, declared: readonly Category[] = []): boolean {
  return isEventType(type) || declared.some((c) => c.id === type);
}
