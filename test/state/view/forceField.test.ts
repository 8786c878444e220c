import { describe, expect, it } from "vitest";
import { decodeView, encodeView } from "../../../src/state/view/codec.ts";
import { completeView } from "../../../src/state/view/schema.ts";
import { DEFAULT_FORCE_SETTINGS } from "../../../src/model/forceSettings.ts";

const known = { divisions: [], industries: [], companies: () => false };

describe("state/view force settings and colour column", () => {
  it("defaults write nothing; a changed setting writes one parameter that reads back", () => {
    expect(encodeView(completeView({})).has("fa")).toBe(false);
    const view = completeView({ forceSettings: { ...DEFAULT_FORCE_SETTINGS, gravity: 3, preventOverlap: true } });
    const params = encodeView(view);
    expect(params.getAll("fa")).toHaveLength(1);
    expect(decodeView(params, known).view.forceSettings).toEqual(view.forceSettings);
  });

  it.each(["1,0.5,2,0", "2,0.5,2,0,1", "1,-1,2,0,1", "1,0.5,1000,0,1", "1,0.5,2,0,5", "a,b,c,d,e"])("rejects fa=%s with a notice", (raw) => {
    const decoded = decodeView(new URLSearchParams({ fa: raw }), known);
    expect(decoded.view.forceSettings).toBeUndefined();
    expect(decoded.notices.map((n) => n.code)).toEqual(["bad-value"]);
  });

  it("a colour column is any short name; control characters and empty names are refused", () => {
    expect(decodeView(new URLSearchParams({ nc: "attribute", nca: "규모" }), known).view.colorAttribute).toBe("규모");
    expect(decodeView(new URLSearchParams({ nca: "" }), known).notices).toHaveLength(1);
    expect(decodeView(new URLSearchParams({ nca: "a\u0001" }), known).notices).toHaveLength(1);
  });
});
