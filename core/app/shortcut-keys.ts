import { COMMAND_SPECS, type CommandId, type CommandSpec } from './commands';

/**
 * Everything derived from the keys in the command table: the in-page key map, the native menu
 * accelerators, the Shortcuts dialog rows and the names shown in tooltips. Pure, so the rule
 * "typing in a search never zooms the timeline" and the absence of clashes are unit-tested.
 */

const MOD = 'Mod+';
const SHIFT = 'Shift+';

/** The parts of a KeyboardEvent the key map reads. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey?: boolean;
}

export interface KeyMap {
  /** Keys pressed with Ctrl or Cmd, lower-cased. */
  readonly withMod: ReadonlyMap<string, CommandId>;
  /**
   * Keys pressed alone (Shift allowed, so "+" works on any layout), single characters
   * lower-cased; "Shift+F6" entries win over "F6" when Shift is held.
   */
  readonly plain: ReadonlyMap<string, CommandId>;
}

const normalise = (key: string): string => (key.length === 1 ? key.toLowerCase() : key);

/** Function keys type nothing, so they work even while focus is in a text field. */
const worksWhileTyping = (key: string): boolean => /^F\d{1,2}$/.test(key);

const entries = () => Object.entries(COMMAND_SPECS) as [CommandId, CommandSpec][];

/** Builds the key map; throws naming both commands if two claim one key, so a clash fails tests. */
export function buildKeyMap(
  specs: ReadonlyArray<readonly [CommandId, CommandSpec]> = entries(),
  field: 'keys' | 'timelineKeys' = 'keys',
): KeyMap {
  const withMod = new Map<string, CommandId>();
  const plain = new Map<string, CommandId>();
  for (const [id, spec] of specs) {
    for (const key of spec[field] ?? []) {
      const [map, bare] = key.startsWith(MOD) ? [withMod, key.slice(MOD.length)] : [plain, key];
      const owner = map.get(normalise(bare));
      if (owner) throw new Error(`Key "${key}" is claimed by both ${owner} and ${id}`);
      map.set(normalise(bare), id);
    }
  }
  return { withMod, plain };
}

const KEY_MAP = buildKeyMap();
const TIMELINE_KEY_MAP = buildKeyMap(entries(), 'timelineKeys');

/**
 * Maps a key press to a command id, or undefined when the key is not a shortcut here. Keys with
 * Ctrl/Cmd work everywhere; plain keys only when the user is not typing in a field.
 */
export function commandForKeyPress(press: KeyPress, typing: boolean, map = KEY_MAP): CommandId | undefined {
  const mod = press.ctrlKey || press.metaKey;
  if (mod && !press.altKey) return map.withMod.get(normalise(press.key));
  if (press.altKey || mod) return undefined;
  if (typing && !worksWhileTyping(press.key)) return undefined;
  const shifted = press.shiftKey ? map.plain.get(SHIFT + normalise(press.key)) : undefined;
  return shifted ?? map.plain.get(normalise(press.key));
}

/** The command a key has on the focused timeline (its `timelineKeys`), if any. */
export function timelineCommandForKeyPress(press: KeyPress): CommandId | undefined {
  return commandForKeyPress(press, false, TIMELINE_KEY_MAP);
}

/**
 * Electron accelerator for the menu: the first Mod key, else a function key. Other plain keys
 * get none, because a menu accelerator would fire them while the user types in a field.
 */
export function menuAccelerator(id: CommandId): string | undefined {
  const keys = COMMAND_SPECS[id].keys ?? [];
  const withMod = keys.find((k) => k.startsWith(MOD));
  if (withMod) return `CmdOrCtrl+${acceleratorKey(withMod.slice(MOD.length))}`;
  return keys.find((key) => worksWhileTyping(key.startsWith(SHIFT) ? key.slice(SHIFT.length) : key));
}

/** Electron writes letters in capitals and named keys as KeyboardEvent names them ("Enter"). */
const acceleratorKey = (key: string): string => (key.length === 1 ? key.toUpperCase() : key);

/** How the platform writes the Ctrl/Cmd modifier in front of a key. */
export function modifierPrefix(platform: string): string {
  return /mac/i.test(platform) ? '⌘' : 'Ctrl+';
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  '-': '−',
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
};

/** A key as people read it: "Ctrl+O" (⌘O on macOS), "−", "←", "Esc", "T". */
export function keyLabel(key: string, modifier: string): string {
  if (key.startsWith(MOD)) return modifier + keyLabel(key.slice(MOD.length), modifier);
  if (key.startsWith(SHIFT)) return SHIFT + keyLabel(key.slice(SHIFT.length), modifier);
  return KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

/** The key shown for a command in tooltips and help (its first key), or undefined if it has none. */
export function shortcutLabel(id: CommandId, modifier: string): string | undefined {
  const key = COMMAND_SPECS[id].keys?.[0];
  return key === undefined ? undefined : keyLabel(key, modifier);
}

/**
 * The same key in aria-keyshortcuts syntax ("Control+O", "Meta+O", "Plus"), for screen readers.
 * ARIA names modifiers by their KeyboardEvent names and spells "+" out, as it is the delimiter.
 */
export function ariaShortcut(id: CommandId, isMac: boolean): string | undefined {
  const key = COMMAND_SPECS[id].keys?.[0];
  if (key === undefined) return undefined;
  const bare = key.startsWith(MOD) ? key.slice(MOD.length) : key;
  const name = bare === '+' ? 'Plus' : bare.length === 1 ? bare.toUpperCase() : bare;
  return key.startsWith(MOD) ? `${isMac ? 'Meta' : 'Control'}+${name}` : name;
}

/**
 * Rows of the Shortcuts dialog, in table order. Adjacent commands sharing a help text share a
 * row: their first keys joined with " / ", then their timeline keys ("N / P, Tab / Shift+Tab").
 */
export function shortcutHelpRows(modifier: string): [keys: string, action: string][] {
  const groups: { help: string; ids: CommandId[] }[] = [];
  for (const [id, spec] of entries()) {
    if (spec.help === undefined) continue;
    const last = groups[groups.length - 1];
    if (last?.help === spec.help) last.ids.push(id);
    else groups.push({ help: spec.help, ids: [id] });
  }
  return groups.map(({ help, ids }) => {
    const own = ids.flatMap((id) => shortcutLabel(id, modifier) ?? []);
    const timeline = ids.flatMap(
      (id) => COMMAND_SPECS[id].timelineKeys?.slice(0, 1).map((key) => keyLabel(key, modifier)) ?? [],
    );
    const columns = [own, timeline].filter((keys) => keys.length).map((keys) => keys.join(' / '));
    return [columns.join(', '), help];
  });
}
