/**
 * Turns a file the user really dropped into a token main will open. The preload's own capture
 * listener sees the drop before the page does; only a trusted event (a real drop, not one a
 * script dispatched) counts, and only files the platform resolves to a path (a script-made
 * File has none). Each path is reported to main, which answers with one token per path.
 */
export function watchTrustedDrops(
  target: Pick<Window, 'addEventListener'>,
  pathOf: (file: File) => string,
  grant: (paths: string[]) => Promise<string[]>,
): (file: File) => Promise<string | undefined> {
  const pending = new Map<string, Promise<string | undefined>>();
  target.addEventListener(
    'drop',
    (event) => {
      const files = (event as DragEvent).dataTransfer?.files;
      if (!event.isTrusted || !files?.length) return;
      const paths = [...files].map(pathOf).filter((p) => p.length > 0);
      if (!paths.length) return;
      const tokens = grant(paths).catch(() => [] as string[]);
      paths.forEach((path, i) =>
        pending.set(
          path,
          tokens.then((t) => t[i]),
        ),
      );
    },
    true,
  );
  return async (file) => {
    const path = pathOf(file);
    const token = path ? pending.get(path) : undefined;
    pending.delete(path);
    return token;
  };
}
