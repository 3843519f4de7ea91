import { COMMAND_SPECS, type CommandId, type CommandSpec } from './commands';

/**
 * Everything derived from the keys in the command table: the in-page key map, the native menu
 * accelerators, the Shortcuts dialog rows and the names shown in tooltips. Pure, so the rule
 * "typing in a search never zooms the timeline" and the absence of clashes are unit-tested.
 */

const MOD = 'Mod+';
const SHIFT = 'Shift+';
const ALT = 'Alt+';

/** The parts of a KeyboardEvent the key map reads. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** Counts only for letters with Ctrl/Cmd (Mod+Shift+z); "+" needs Shift on many layouts. */
  readonly shiftKey?: boolean;
}

export interface KeyMap {
  /** Keys pressed with Ctrl or Cmd, lower-cased; "shift+z" for a letter pressed with Shift too. */
  readonly withMod: ReadonlyMap<string, CommandId>;
  /**
   * Keys pressed alone (Shift allowed, so "+" works on any layout), single characters
   * lower-cased; "Shift+F6" entries win over "F6" when Shift is held.
   */
  readonly plain: ReadonlyMap<string, CommandId>;
}

const normalise = (key: string): string => (key.length === 1 ? key.toLowerCase() : key);
/** A Mod key's entry in the map: "shift+z" for Mod+Shift+z, else the normalised key. */
const modEntry = (bare: string): string =>
  bare.startsWith(SHIFT) ? `shift+${normalise(bare.slice(SHIFT.length))}` : normalise(bare);

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
      const [map, entry] = key.startsWith(MOD)
        ? [withMod, modEntry(key.slice(MOD.length))]
        : [plain, normalise(key)];
      const owner = map.get(entry);
      if (owner) throw new Error(`Key "${key}" is claimed by both ${owner} and ${id}`);
      map.set(entry, id);
    }
  }
  return { withMod, plain };
}

const KEY_MAP = buildKeyMap();
const TIMELINE_KEY_MAP = buildKeyMap(entries(), 'timelineKeys');

/** The command for Ctrl/Cmd + key: a Shift binding of a letter first, else the key's own. */
function modCommand(press: KeyPress, map: KeyMap): CommandId | undefined {
  const key = normalise(press.key);
  const shifted = press.shiftKey === true && /^[a-z]$/.test(key);
  return (shifted ? map.withMod.get(`shift+${key}`) : undefined) ?? map.withMod.get(key);
}

/**
 * Maps a key press to a command id, or undefined when the key is not a shortcut here. Keys with
 * Ctrl/Cmd work everywhere, except those text fields own (undo); plain keys only when the user
 * is not typing in a field.
 */
export function commandForKeyPress(press: KeyPress, typing: boolean, map = KEY_MAP): CommandId | undefined {
  const mod = press.ctrlKey || press.metaKey;
  if (mod && !press.altKey) {
    const id = modCommand(press, map);
    return id && typing && COMMAND_SPECS[id].fieldsOwnKeys ? undefined : id;
  }
  if (mod) return undefined;
  if (typing && !worksWhileTyping(press.key)) return undefined;
  // Alt keys are only ever declared as "Alt+…" (the timeline's Alt+← moves an event).
  if (press.altKey) return press.shiftKey ? undefined : map.plain.get(ALT + normalise(press.key));
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
  if (withMod) {
    const bare = withMod.slice(MOD.length);
    const shift = bare.startsWith(SHIFT) ? SHIFT : '';
    return `CmdOrCtrl+${shift}${acceleratorKey(bare.slice(shift.length))}`;
  }
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
  if (key.startsWith(SHIFT))
    return (modifier === '⌘' ? '⇧' : SHIFT) + keyLabel(key.slice(SHIFT.length), modifier);
  return KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

/** A timeline key as people read it: "Shift+Tab", "Alt+←" (⌥← on macOS). */
function timelineKeyLabel(key: string, modifier: string): string {
  const parts = key.split('+');
  const bare = parts.pop()!;
  const mods = parts.map((part) => (part === 'Alt' && modifier === '⌘' ? '⌥' : `${part}+`));
  return mods.join('') + (KEY_NAMES[bare] ?? bare);
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
  const modded = key.startsWith(MOD) ? key.slice(MOD.length) : key;
  const shift = modded.startsWith(SHIFT) ? SHIFT : '';
  const bare = modded.slice(shift.length);
  const name = bare === '+' ? 'Plus' : bare.length === 1 ? bare.toUpperCase() : bare;
  return key.startsWith(MOD) ? `${isMac ? 'Meta' : 'Control'}+${shift}${name}` : name;
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
    const timeline = ids.flatMap((id) =>
      (COMMAND_SPECS[id].timelineKeys?.slice(0, 1) ?? []).map((key) => timelineKeyLabel(key, modifier)),
    );
    const columns = [own, timeline].filter((keys) => keys.length).map((keys) => keys.join(' / '));
    return [columns.join(', '), help];
  });
}
