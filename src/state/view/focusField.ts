// The supply-chain focus: one company, how many steps out, and which way.
import { FOCUS_DIRECTIONS, type FocusDepth, type FocusState } from "./values.ts";
import { field, knownCompany, type FieldOptions, type ViewField } from "./fields.ts";

export function focusField(params: { id: string; depth: string; direction: string }, options: FieldOptions = {}): ViewField<FocusState | null> {
  return field<FocusState | null>(options, {
    params: [params.id, params.depth, params.direction],
    initial: () => null,
    encode: (focus, out) => {
      if (!focus) return;
      out.append(params.id, focus.id);
      if (focus.depth !== 1) out.append(params.depth, String(focus.depth));
      if (focus.direction !== "both") out.append(params.direction, focus.direction);
    },
    decode: (r, ctx) => {
      const id = r.single(params.id);
      const depthText = r.single(params.depth);
      const direction = r.oneOf(params.direction, FOCUS_DIRECTIONS);
      let depth: FocusDepth | undefined;
      if (depthText !== undefined) {
        if (depthText === "1" || depthText === "2" || depthText === "3") depth = Number(depthText) as FocusDepth;
        else r.bad(params.depth, depthText, "expected 1, 2 or 3");
      }
      if (id === undefined) {
        if (depthText !== undefined) r.bad(params.depth, depthText, `no '${params.id}' company to focus on`);
        if (direction !== undefined) r.bad(params.direction, direction, `no '${params.id}' company to focus on`);
        return undefined;
      }
      if (id === "") {
        r.bad(params.id, id, "empty company id");
        return undefined;
      }
      if (!knownCompany(r, ctx, params.id, id)) return undefined;
      return { id, depth: depth ?? 1, direction: direction ?? "both" };
    },
  });
}
