/**
 * A minimal observable value: views subscribe to the pieces of state they draw, so a change
 * (new file, filter, selection) redraws only what depends on it. Deliberately tiny instead of
 * a framework's reactivity (see docs/decisions/0001-renderer-ui.md).
 */
export class Observable<T> {
  private readonly listeners = new Set<(value: T) => void>();

  constructor(private current: T) {}

  get value(): T {
    return this.current;
  }

  set(value: T): void {
    this.current = value;
    for (const listener of this.listeners) listener(value);
  }

  subscribe(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
