// Whether the settings that redraw something draw it as their defaults do: the renderer then
// hands sigma the stored attributes as they are (no copies at 500k links), and a new setting
// declared in the schema turns that off by being set, with no other list to edit.
import { defaultView, settingRedraws, STORED_KEYS, type StoredView, type ViewState } from "./schema.ts";
import { dropOrphans } from "./dependent.ts";
import type { Redraw } from "./fields.ts";

const same = (a: unknown, b: unknown) => a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]));

/**
 * Whether every stored setting declared as redrawing any of `kinds` is at its default, or means
 * nothing without the setting it depends on (dependent.ts: a colour column while colouring by
 * division).
 */
export function drawsAsDefault(state: StoredView, kinds: readonly Redraw[]): boolean {
  const redraws = settingRedraws();
  const defaults = defaultView();
  const meaningful = dropOrphans({ ...defaults, ...pickStored(state) });
  return STORED_KEYS.every((key) => !redraws[key].some((kind) => kinds.includes(kind)) || same(meaningful[key], defaults[key]));
}

function pickStored(state: StoredView): Partial<ViewState> {
  const out: Record<string, unknown> = {};
  for (const key of STORED_KEYS) out[key] = state[key];
  return out as Partial<ViewState>;
}
