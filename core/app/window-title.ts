/**
 * The window title: the file's name and, when it has unsaved changes, a marker in front
 * ("• name — Chronoscope"). macOS shows unsaved changes in the close button instead
 * (`setDocumentEdited`), so the title there carries no marker, as in other Mac apps.
 */
export function windowTitle(name: string | undefined, dirty: boolean, platform: string): string {
  if (name === undefined) return 'Chronoscope';
  const marker = dirty && platform !== 'darwin' ? '• ' : '';
  return `${marker}${name} — Chronoscope`;
}
