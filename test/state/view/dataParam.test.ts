import { describe, expect, it } from "vitest";
import { decodeView, VIEW_PARAMS } from "../../../src/state/view/codec.ts";
import { DATA_NAMING, DATA_PARAM, namesOtherData, readDataParam, viewParams } from "../../../src/state/view/dataParam.ts";
import type { KnownValues } from "../../../src/state/view/values.ts";

const known: KnownValues = { divisions: ["KR-11", "KR-26"], industries: ["기계"], tiers: ["none"], companies: (id) => id === "c1" };
const decode = (query: string) => decodeView(viewParams(new URLSearchParams(query)), known);

describe("state/view the data a link names", () => {
  it("reads a fingerprint, and reports anything else under its name without trusting it", () => {
    expect(readDataParam(new URLSearchParams("ds=87-1f3a9c0b"))).toEqual({ fingerprint: "87-1f3a9c0b", notice: null });
    expect(readDataParam(new URLSearchParams("v=map"))).toEqual({ fingerprint: null, notice: null });
    const bad = readDataParam(new URLSearchParams("ds=<img src=x>"));
    expect(bad.fingerprint).toBeNull();
    expect(bad.notice).toMatchObject({ code: "bad-value", param: "ds" });
  });

  it("the fingerprint lives beside the view: the view decoder never sees it", () => {
    expect(VIEW_PARAMS).not.toContain(DATA_PARAM);
    expect(decode("ds=87-1f3a9c0b&v=force")).toEqual({ view: { mode: "force" }, notices: [] });
  });

  it("a link names other data when it names a company, industry or tier this data lacks; a division is Korea's, not the data's", () => {
    for (const param of DATA_NAMING) expect(VIEW_PARAMS).toContain(param);
    expect(namesOtherData(decode("sel=c9").notices)).toBe(true);
    expect(namesOtherData(decode("foc=c9").notices)).toBe(true);
    expect(namesOtherData(decode("ind=전자").notices)).toBe(true);
    expect(namesOtherData(decode("tier=gold").notices)).toBe(true);
    expect(namesOtherData(decode("sel=c1&ind=기계").notices)).toBe(false);
    // Mistakes that are not about the data: a division of another vintage, a bad value, an unknown parameter.
    expect(namesOtherData(decode("div=KR-GJN&v=globe&foo=1").notices)).toBe(false);
  });
});
