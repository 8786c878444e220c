// What one store change redraws, derived from what each input declares (state/view/schema.ts for
// the view settings, drawingInputs.ts for the rest). Pure: two snapshots in, a plan out.
import type { Redraw } from "../../state/view/fields.ts";
import { DRAWN_BY, LINKS_LIGHT, type DrawingInputs } from "./drawingInputs.ts";

export interface RedrawPlan {
  /** The inputs that changed, by name. */
  changed: readonly string[];
  /** Something sigma draws from changed: the reducers read the state afresh. */
  view: boolean;
  /** Which companies are hidden or how big they are: sigma indexes everything again. */
  layout: boolean;
  /** Every company is drawn again (layout included). */
  nodes: boolean;
  /** Every company link is drawn again. */
  edges: boolean;
  /** The links the filters now show or hide are drawn again. */
  edgeVisibility: boolean;
  /** The links with an end in a division drawn differently are drawn again. */
  edgeDivisions: boolean;
  /** The province and flow layers are drawn again. */
  map: boolean;
  /**
   * The lit hover alone moved (beside inputs redrawn through others or only on the map): only the
   * companies it leaves and reaches, their partners and links look different.
   */
  hoverOnly: boolean;
}

/** Identity, and for lists their items: a vintage change clears the division selection with a new empty list. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * What to redraw going from `before` (null: nothing drawn yet) to `after`, each input redrawing
 * what `declared` says it does.
 */
export function redrawPlan(before: DrawingInputs | null, after: DrawingInputs, declared: Readonly<Record<string, readonly Redraw[]>> = DRAWN_BY): RedrawPlan {
  const changed = Object.keys(declared).filter((name) => !before || !same(before[name], after[name]));
  const kinds = new Set(changed.flatMap((name) => declared[name] ?? []));
  const has = (kind: Redraw) => kinds.has(kind);
  const layout = has("layout");
  const redrawnBeside = (name: string) => (declared[name] ?? []).some((kind) => kind !== "indirect" && kind !== "map");
  return {
    changed,
    view: [...kinds].some((kind) => kind !== "map"),
    layout,
    // A new data graph redraws the companies only where links decide what they look like.
    nodes: layout || has("nodes") || (has("litNodes") && after[LINKS_LIGHT] === true),
    edges: has("edges"),
    edgeVisibility: has("edgeVisibility"),
    edgeDivisions: has("edgeDivisions"),
    map: has("map"),
    hoverOnly: before !== null && changed.includes("hover") && changed.every((name) => name === "hover" || !redrawnBeside(name)),
  };
}
