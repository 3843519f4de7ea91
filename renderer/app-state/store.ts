import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import { initialState, type AppState } from './state';

/**
 * The one store. `update` is the only way to change the state and only actions import it
 * (an ESLint rule forbids it elsewhere), so every write is an action with a name and a test.
 * One assignment per action: subscribers run after it, never between two fields of a change.
 */
const store = signal<AppState>(initialState());

export const appState: ReadonlySignal<AppState> = store;

export function update(change: Partial<AppState>): void {
  store.value = { ...store.value, ...change };
}

/** Back to the initial state: for unit tests, which share the module between cases. */
export function resetState(state: AppState = initialState()): void {
  store.value = state;
}

/**
 * A piece of the state or a value computed from it. signals-core notifies subscribers only
 * when the result changes (===), so a selector of `filter` stays quiet while the window pans.
 */
export function select<T>(read: (state: AppState) => T): ReadonlySignal<T> {
  return computed(() => read(store.value));
}
