// What a store change redraws, from the declarations alone: no app, no sigma. Snapshots here are
// plain records of the declared inputs, each value a stand-in compared by identity.
import { describe, expect, it } from "vitest";
import { DRAWING_INPUTS, DRAWN_BY, LINKS_LIGHT, type DrawingInputs } from "../../../src/render/bindings/drawingInputs.ts";
import { redrawPlan } from "../../../src/render/bindings/redrawPlan.ts";
import { redrawKeys, STORED_KEYS } from "../../../src/state/view/schema.ts";
import type { Redraw } from "../../../src/state/view/fields.ts";

const base: DrawingInputs = Object.fromEntries(Object.keys(DRAWN_BY).map((name) => [name, `${name} before`]));
const changing = (...names: string[]): DrawingInputs => ({ ...base, ...Object.fromEntries(names.map((name) => [name, `${name} after`])) });
/** The plan's refreshes, as a list: what the renderer does. */
const refreshes = (after: DrawingInputs, declared = DRAWN_BY) => {
  const plan = redrawPlan(base, after, declared);
  return (["layout", "nodes", "edges", "edgeVisibility", "edgeDivisions", "map"] as const).filter((kind) => plan[kind]);
};

describe("render/bindings/redrawPlan", () => {
  it("redraws nothing when nothing changed, and everything the first time", () => {
    expect(redrawPlan(base, { ...base })).toMatchObject({ changed: [], view: false, layout: false, nodes: false, edges: false, map: false, hoverOnly: false });
    expect(redrawPlan(null, base)).toMatchObject({ view: true, layout: true, nodes: true, edges: true, map: true, hoverOnly: false });
  });

  it("a company colouring redraws the companies; a link colouring the links; a size setting re-indexes", () => {
    expect(refreshes(changing("nodeColorBy"))).toEqual(["nodes"]);
    expect(refreshes(changing("colorAttribute"))).toEqual(["nodes"]);
    expect(refreshes(changing("lang"))).toEqual(["nodes", "map"]);
    expect(refreshes(changing("edgeColorBy"))).toEqual(["edges"]);
    expect(refreshes(changing("divisionMode"))).toEqual(["edges", "map"]);
    expect(refreshes(changing("selected"))).toEqual(["nodes", "edges"]);
    // Layout takes sigma's full pass, which draws every company again.
    expect(refreshes(changing("nodeSizeBy"))).toEqual(["layout", "nodes"]);
    expect(refreshes(changing("companyDots"))).toEqual(["layout", "nodes"]);
    expect(refreshes(changing("sizeMetrics"))).toEqual(["layout", "nodes"]);
  });

  it("the map layers alone for map settings, and the reducers do not read them", () => {
    for (const key of ["choropleth", "flowMeasure", "scaleMode", "flowLimit", "flowNumbers", "hoveredFlow"]) {
      expect(refreshes(changing(key)), key).toEqual(["map"]);
      expect(redrawPlan(base, changing(key)).view, key).toBe(false);
    }
  });

  it("filters redraw the links they show or hide; a vintage the links of the divisions it draws differently", () => {
    expect(refreshes(changing("visible"))).toEqual(["edgeVisibility"]);
    expect(refreshes(changing("vintage"))).toEqual(["nodes", "edgeDivisions", "map"]);
    // The filter setting itself acts through what it keeps: the reducers read it, the map redraws.
    expect(refreshes(changing("filter"))).toEqual(["map"]);
    expect(redrawPlan(base, changing("filter")).view).toBe(true);
  });

  it("settings read through derived values or by sigma itself make the reducers read the state, redrawing nothing", () => {
    for (const key of ["metrics", "rankingWeights", "level"]) {
      expect(refreshes(changing(key)), key).toEqual([]);
      expect(redrawPlan(base, changing(key)).view, key).toBe(true);
    }
    expect(refreshes(changing("theme"))).toEqual(["map"]);
    expect(redrawPlan(base, changing("theme")).view).toBe(true);
  });

  it("lists compare by their items: a new empty division selection is no change", () => {
    const before = { ...base, selectedDivisions: [] };
    expect(redrawPlan(before, { ...base, selectedDivisions: [] }).changed).toEqual([]);
    expect(redrawPlan(before, { ...base, selectedDivisions: ["KR-11"] }).edges).toBe(true);
  });

  it("a new data graph redraws the links, and the companies only while links light some", () => {
    expect(refreshes({ ...changing("graph"), [LINKS_LIGHT]: false }).includes("nodes")).toBe(false);
    const lit = { ...changing("graph"), [LINKS_LIGHT]: true };
    expect(refreshes(lit, { ...DRAWN_BY, [LINKS_LIGHT]: [] })).toEqual(["nodes", "edges", "map"]);
  });

  it("says when the hover alone moved: beside inputs redrawn through others or only on the map", () => {
    expect(redrawPlan(base, changing("hover")).hoverOnly).toBe(true);
    expect(redrawPlan(base, changing("hover", "theme", "hoveredFlow", LINKS_LIGHT)).hoverOnly).toBe(true);
    expect(redrawPlan(base, changing("hover", "selected")).hoverOnly).toBe(false);
    expect(redrawPlan(base, changing("hover", "visible")).hoverOnly).toBe(false);
    expect(redrawPlan(base, changing("selected")).hoverOnly).toBe(false);
    expect(redrawPlan(null, base).hoverOnly).toBe(false);
  });

  it("every setting the schema declares as redrawing companies, links or the map does so, with no other list to edit", () => {
    const checks: Array<[Redraw, "nodes" | "edges" | "map" | "layout"]> = [["nodes", "nodes"], ["edges", "edges"], ["map", "map"], ["layout", "layout"]];
    for (const [kind, refresh] of checks) {
      const keys = redrawKeys(kind);
      expect(keys.length, kind).toBeGreaterThan(0);
      for (const key of keys) expect(redrawPlan(base, changing(key))[refresh], `${key} ${kind}`).toBe(true);
    }
    // A setting declared to recolour companies (as a line in the view schema would) yields a company redraw.
    const declared = { ...DRAWN_BY, companyGlow: ["nodes"] as const };
    expect(refreshes({ ...base, companyGlow: "on" }, declared)).toEqual(["nodes"]);
  });

  it("each input is declared once: by the view schema or by the drawing inputs, never both", () => {
    const settings = STORED_KEYS.filter((key) => key in DRAWN_BY);
    expect(settings.filter((key) => key in DRAWING_INPUTS)).toEqual([]);
    expect(Object.keys(DRAWN_BY).sort()).toEqual([...settings, ...Object.keys(DRAWING_INPUTS)].sort());
  });
});
