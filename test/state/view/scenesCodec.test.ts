import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeView, encodeView } from "../../../src/state/view/codec.ts";
import { completeView } from "../../../src/state/view/schema.ts";
import type { Scene } from "../../../src/state/presentSlice.ts";
import { moveItem, nextSceneId } from "../../../src/state/presentSlice.ts";
import {
  decodeScenes,
  encodeScenes,
  MAX_SCENE_NAME,
  MAX_SCENES,
  scenesFromJson,
  scenesToJson,
} from "../../../src/state/view/scenesCodec.ts";

const known = { divisions: ["KR-11", "KR-26"], industries: ["반도체"], companies: (id: string) => id === "c1" };
const query = (view: Parameters<typeof completeView>[0]) => encodeView(completeView(view)).toString();
const scenes: Scene[] = [
  { id: "s1", name: "부산 → 서울", caption: "생산 연결만", query: query({ mode: "force", selected: "c1", filter: { ...completeView({}).filter, linkTypes: ["production"] } }) },
  { id: "s2", name: '<script>alert(1)</script>" onload="x', caption: "", query: query({ vintage: "2026-07", camera: { x: 0.4, y: 0.6, ratio: 0.5 } }) },
  { id: "s3", name: "plain", caption: "emoji 😀 and ㅅㅇ", query: "" },
];

describe("scenes codec", () => {
  it("round-trips names, captions and views through the link parameter, with ids renumbered", () => {
    const decoded = decodeScenes(encodeScenes(scenes));
    expect(decoded.notices).toEqual([]);
    expect(decoded.scenes.map(({ name, caption, query: q }) => ({ name, caption, q }))).toEqual(scenes.map(({ name, caption, query: q }) => ({ name, caption, q })));
    expect(decoded.scenes.map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
    // Each scene's view reads back through the view decoder unchanged.
    const view = decodeView(new URLSearchParams(decoded.scenes[0]!.query), known).view;
    expect(view).toMatchObject({ mode: "force", selected: "c1" });
    expect(view.filter?.linkTypes).toEqual(["production"]);
    expect(encodeScenes([])).toBe("");
  });

  it("is URL-safe: base64url without padding", () => {
    expect(encodeScenes(scenes)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("round-trips through the bundle JSON", () => {
    const back = scenesFromJson(scenesToJson(scenes));
    expect(back.notices).toEqual([]);
    expect(back.scenes.map((s) => [s.name, s.caption, s.query])).toEqual(scenes.map((s) => [s.name, s.caption, s.query]));
    expect(scenesFromJson("{}").scenes).toEqual([]);
    expect(scenesFromJson("{}").notices).toHaveLength(1);
  });

  it("drops what it cannot read with a notice and never throws", () => {
    for (const bad of ["%%%", "not base64!", btoa("not json"), btoa("{}"), btoa('[["a"],[1,2,3],null]')]) {
      const decoded = decodeScenes(bad.replace(/=+$/, ""));
      expect(decoded.scenes).toEqual([]);
      expect(decoded.notices.length).toBeGreaterThan(0);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const a = decodeScenes(text);
        const b = scenesFromJson(text);
        return Array.isArray(a.scenes) && Array.isArray(b.scenes);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps only view parameters in a scene, cleans and clips names, and caps the list", () => {
    const hostile = JSON.stringify([["a\u0000b\nc" + "x".repeat(500), "cap\u2028", "v=force&onload=x&javascript:alert(1)=1"]]);
    const text = btoa(String.fromCharCode(...new TextEncoder().encode(hostile))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    const decoded = decodeScenes(text);
    expect(decoded.scenes[0]!.name.startsWith("ab c")).toBe(true);
    expect(decoded.scenes[0]!.name.length).toBe(MAX_SCENE_NAME);
    expect(decoded.scenes[0]!.caption).toBe("cap");
    expect(decoded.scenes[0]!.query).toBe("v=force");
    expect(decoded.notices.map((n) => n.code)).toEqual(["unknown-param", "unknown-param"]);
    const many = Array.from({ length: MAX_SCENES + 5 }, (_, i) => ({ id: `s${i}`, name: `n${i}`, caption: "", query: "" }));
    const capped = decodeScenes(encodeScenes(many));
    expect(capped.scenes).toHaveLength(MAX_SCENES);
    expect(capped.notices).toHaveLength(1);
  });

  it("new ids stay unique after deletes, and moving stays within the list", () => {
    expect(nextSceneId([{ ...scenes[0]!, id: "s7" }, { ...scenes[1]!, id: "x" }])).toBe("s8");
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });
});
