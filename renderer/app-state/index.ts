/**
 * The renderer's state layer: one state value (state.ts), read through derived values
 * (derived.ts) and written only by actions (actions.ts). Views import from here.
 */
export * as actions from './actions';
export * from './derived';
export type { AppState, DetailPaneState, LoadedTimeline, TimeWindow } from './state';
export { appState } from './store';
