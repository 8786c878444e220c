// What a legend says, as data: the on-screen legend, the PNG painter and the SVG writer all draw
// this one model (legend/model.ts), so a picture never keys colours the map does not draw.

export type LegendRow =
  /** A link or flow swatch, as thick and as translucent as it is drawn; `exact` is the full figure (screen tooltip). */
  | { kind: "line"; color: string; width: number; label: string; opacity?: number; exact?: string }
  /** A company colour, or a size step when `radius` is given; `key` identifies it (a division code, a community). */
  | { kind: "dot"; color: string; label: string; radius?: number; key?: string; title?: string }
  /** Fixed sizes: the dots side by side. */
  | { kind: "sizes"; color: string; radii: readonly number[]; label: string }
  | { kind: "bars"; colors: readonly string[]; label: string }
  | { kind: "ramp"; colors: readonly string[]; lo: string; hi: string }
  /** A community's halo: a dashed circle. */
  | { kind: "ring"; color: string; label: string }
  /** A line of explanation; `status` while something is being computed. */
  | { kind: "note"; text: string; testId?: string; status?: boolean };

export type LegendSectionId = "flows" | "trace" | "links" | "choropleth" | "nodes" | "sizes" | "halos";

export interface LegendSection {
  id: LegendSectionId;
  /** Which variant (community, division, pagerank, …): stated on screen as data-kind. */
  kind?: string;
  heading?: string;
  rows: LegendRow[];
  /** Figures stated on screen as data-* attributes (tests and assistive checks read them). */
  data?: Readonly<Record<string, string | number>>;
  /** Two columns of short keys (the divisions). */
  grid?: boolean;
}

export interface LegendModel {
  title: string;
  sections: LegendSection[];
}

/** The text a row shows, for comparing what the screen and the pictures list. */
export function rowText(row: LegendRow): string {
  switch (row.kind) {
    case "ramp":
      return `${row.lo} – ${row.hi}`;
    case "note":
      return row.text;
    default:
      return row.label;
  }
}
