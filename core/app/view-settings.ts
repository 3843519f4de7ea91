/**
 * The view the renderer saves between sessions. Its schema lives with the other settings
 * schemas (core/app/settings-schema.ts), so every field is validated in one place.
 */
export {
  clampPaneWidth,
  PANE_MAX_WIDTH,
  PANE_MIN_WIDTH,
  readSavedView,
  type SavedView,
} from './settings-schema';
