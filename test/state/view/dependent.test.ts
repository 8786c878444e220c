import { describe, expect, it } from "vitest";
import { createAtlasStore } from "../../../src/state/store.ts";
import { decodeView, encodeView } from "../../../src/state/view/codec.ts";
import { dropOrphans } from "../../../src/state/view/dependent.ts";
import { completeView, defaultView, viewOfState } from "../../../src/state/view/schema.ts";
import type { KnownValues } from "../../../src/state/view/values.ts";

const known: KnownValues = { divisions: ["KR-11", "KR-26", "KR-31"], industries: [], companies: () => false };
const address = (store: ReturnType<typeof createAtlasStore>) => encodeView(viewOfState(store.getState(), null)).toString();

describe("state/view settings that depend on another", () => {
  it("the division mode leaves the address with the last division, and comes back as 'all'", () => {
    const store = createAtlasStore();
    store.getState().toggleDivision("KR-26");
    store.getState().setDivisionMode("incoming");
    expect(address(store)).toBe("div=KR-26&dm=incoming");
    store.getState().toggleDivision(null);
    expect(address(store)).toBe("");
    expect(store.getState().divisionMode).toBe("all");
    // The next division starts from every flow, not from a mode the user no longer sees.
    store.getState().toggleDivision("KR-31");
    expect(address(store)).toBe("div=KR-31");
  });

  it("'between' needs two divisions: removing one of two goes back to 'all'", () => {
    const store = createAtlasStore();
    store.getState().toggleDivision("KR-26");
    store.getState().toggleDivision("KR-31", true);
    store.getState().setDivisionMode("between");
    store.getState().toggleDivision("KR-31", true);
    expect(store.getState().divisionMode).toBe("all");
    expect(address(store)).toBe("div=KR-26");
  });

  it("a vintage switch clears the divisions and with them the mode", () => {
    const store = createAtlasStore();
    store.getState().toggleDivision("KR-26");
    store.getState().setDivisionMode("outgoing");
    store.getState().setVintage("2026-07");
    expect(address(store)).toBe("vin=2026-07");
  });

  it("a colour column is written only while companies are coloured by a column", () => {
    const view = completeView({ nodeColorBy: "tier", colorAttribute: "규모" });
    expect(encodeView(view).toString()).toBe("nc=tier");
    expect(encodeView({ ...view, nodeColorBy: "attribute" }).get("nca")).toBe("규모");
  });

  it("a link giving a dependent without its owner has it dropped and says so", () => {
    const decoded = decodeView(new URLSearchParams("dm=incoming&nca=x"), known);
    expect(decoded.view).toEqual({});
    expect(decoded.notices.map((n) => [n.code, n.param])).toEqual([
      ["bad-value", "dm"],
      ["bad-value", "nca"],
    ]);
    const kept = decodeView(new URLSearchParams("div=KR-11&dm=incoming"), known);
    expect(kept.view).toEqual({ selectedDivisions: ["KR-11"], divisionMode: "incoming" });
    expect(kept.notices).toEqual([]);
  });

  it("dropOrphans leaves a view without orphans as it is", () => {
    const view = defaultView();
    expect(dropOrphans(view)).toBe(view);
    expect(dropOrphans({ ...view, divisionMode: "between", selectedDivisions: ["KR-11"] }).divisionMode).toBe("all");
  });
});
