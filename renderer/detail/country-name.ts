const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/**
 * "Japan" for "JP": files store ISO codes, people read names. Falls back to the code for
 * anything Intl does not know, since codes come from untrusted files.
 */
export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
