const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/**
 * "Japan" for "JP": files store ISO codes, people read names. Lanes, the detail pane, the
 * country picker and exported images all call this one function so a country never reads two
 * ways. Falls back to the code for anything Intl does not know, since codes come from
 * untrusted files (Intl throws on malformed ones).
 */
export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
