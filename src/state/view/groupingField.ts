// A grouping the user loaded, carried in the view like any setting: a link, a scene, saved
// settings and a bundle then hold the grouping itself, not a name that only this browser knows,
// so the view reopens the same anywhere. One parameter, a compact JSON; checked on the way in by
// the rule every grouping keeps (every division in exactly one group).
import { groupingProblems, type Grouping, type RegionGroup } from "../../regions/groupings.ts";
import { field, type FieldOptions, type ViewField } from "./fields.ts";

/** [code, Korean name, English name, member codes joined by "."] per group. */
type CompactGroup = [string, string, string, string];
interface Compact {
  n: [string, string];
  s: string;
  d: string;
  g: CompactGroup[];
}

const isText = (v: unknown): v is string => typeof v === "string" && v.length <= 200;

function compact(g: Grouping): Compact {
  return { n: [g.nameKo, g.nameEn], s: g.source, d: g.date, g: g.groups.map((x) => [x.code, x.nameKo, x.nameEn, x.members.join(".")]) };
}

/** The grouping a parameter's text describes, or why it does not. */
export function groupingFromParam(text: string): Grouping | string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return "not JSON";
  }
  const c = raw as Partial<Compact>;
  if (!c || !Array.isArray(c.n) || !c.n.every(isText) || !isText(c.s) || !isText(c.d) || !Array.isArray(c.g) || c.g.length > 64) return "not a grouping";
  const groups: RegionGroup[] = [];
  for (const g of c.g) {
    if (!Array.isArray(g) || g.length !== 4 || !g.every(isText)) return "a group is malformed";
    groups.push({ code: g[0], nameKo: g[1], nameEn: g[2], members: g[3].split(".") });
  }
  const grouping: Grouping = { id: "grouping:user", nameKo: c.n[0]!, nameEn: c.n[1]!, source: c.s, date: c.d, groups };
  const problems = groupingProblems(grouping);
  return problems.length > 0 ? problems.slice(0, 3).join("; ") : grouping;
}

export function groupingField(param: string, options: FieldOptions = {}): ViewField<Grouping | null> {
  return field<Grouping | null>(options, {
    params: [param],
    initial: () => null,
    encode: (grouping, out) => {
      if (grouping) out.append(param, JSON.stringify(compact(grouping)));
    },
    decode: (r) => {
      const raw = r.single(param);
      if (raw === undefined) return undefined;
      const read = groupingFromParam(raw);
      if (typeof read === "string") {
        r.bad(param, raw, read);
        return undefined;
      }
      return read;
    },
  });
}
