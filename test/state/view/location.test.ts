import { describe, expect, it } from "vitest";
import { browserUrl, type HistoryLike, type LocationLike } from "../../../src/state/view/location.ts";
import { knownFromDataset } from "../../../src/state/view/known.ts";
import { company, dataset } from "../../graph/helpers.ts";

function fakeWindow(search: string, hash = "") {
  const calls: { kind: "push" | "replace"; url: string }[] = [];
  const location: LocationLike & { search: string; hash: string } = { pathname: "/atlas/", search, hash };
  const record = (kind: "push" | "replace") => (_data: unknown, _unused: string, url?: string | URL | null) => {
    calls.push({ kind, url: String(url) });
    const text = String(url);
    location.search = text.replace(/^[^?#]*/, "").replace(/#.*$/, "");
    location.hash = text.includes("#") ? text.slice(text.indexOf("#")) : "";
  };
  const history: HistoryLike = { replaceState: record("replace"), pushState: record("push") };
  return { win: { location, history }, calls };
}

describe("state/url browser adapter", () => {
  it("reads a hand-written query and the fragment (the fragment wins), and writes only the fragment", () => {
    const { win, calls } = fakeWindow("?v=force&lang=en", "#lang=ko");
    const url = browserUrl(win);
    expect(url.read().get("v")).toBe("force");
    expect(url.read().get("lang")).toBe("ko");
    expect(url.write(new URLSearchParams([["div", "KR-26,KR-31"], ["v", "force"]]))).toBe(true);
    // The query moves into the fragment, which browsers never send to the host.
    expect(calls).toEqual([{ kind: "replace", url: "/atlas/#div=KR-26,KR-31&v=force" }]);
    expect(win.location.search).toBe("");
    expect(url.write(new URLSearchParams(), { push: true })).toBe(true);
    expect(calls[1]).toEqual({ kind: "push", url: "/atlas/" });
  });

  it("keeps every value of a repeated parameter, so two ticked tiers stay two", () => {
    const { win } = fakeWindow("?tier=x", "#tier=super-regional&tier=regional-innovation&v=map&v=force");
    const read = browserUrl(win).read();
    expect(read.getAll("tier")).toEqual(["super-regional", "regional-innovation"]);
    expect(read.getAll("v")).toEqual(["map", "force"]);
  });

  it("does not write an unchanged fragment, however it was escaped", () => {
    const { win, calls } = fakeWindow("", "#div=KR-26%2CKR-31");
    expect(browserUrl(win).write(new URLSearchParams("div=KR-26,KR-31"))).toBe(false);
    expect(calls).toEqual([]);
  });

  it("keeps working when history refuses (throttled) and outside a browser", () => {
    const { win } = fakeWindow("");
    win.history.replaceState = () => {
      throw new DOMException("too many calls", "SecurityError");
    };
    expect(browserUrl(win).write(new URLSearchParams("v=force"))).toBe(false);
    const none = browserUrl(undefined);
    expect(none.read().toString()).toBe("");
    expect(none.write(new URLSearchParams("v=force"))).toBe(false);
  });
});

describe("state/url known values", () => {
  it("lists the data's companies, industries and tiers and every division code", () => {
    const known = knownFromDataset(
      dataset([company("a", "KR-11", { industry: "이차전지", tier: "super-regional" }), company("b", "KR-26")], []),
    );
    expect(known.companies("a")).toBe(true);
    expect(known.companies("c")).toBe(false);
    expect(known.industries).toEqual(["이차전지"]);
    expect(known.tiers).toEqual(["none", "super-regional"]);
    expect(known.divisions).toContain("KR-GJN");
    expect(known.divisions).toContain("KR-29");
    expect(knownFromDataset(null).companies("a")).toBe(false);
  });

  it("hears the address changed by hand (a pasted link, back and forward), and stops when asked", () => {
    const { win } = fakeWindow("", "#v=map");
    const listeners = new Map<string, Set<() => void>>();
    const events = {
      addEventListener: (type: string, fn: () => void) => void (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(fn),
      removeEventListener: (type: string, fn: () => void) => void listeners.get(type)?.delete(fn),
    };
    const url = browserUrl({ ...win, ...events });
    let heard = 0;
    const stop = url.listen!(() => heard++);
    win.location.hash = "#v=force";
    for (const type of ["hashchange", "popstate"]) for (const fn of listeners.get(type) ?? []) fn();
    expect(heard).toBe(2);
    expect(url.read().get("v")).toBe("force");
    stop();
    expect([...listeners.values()].every((set) => set.size === 0)).toBe(true);
    // Outside a browser there is nothing to hear.
    expect(() => browserUrl(undefined).listen!(() => undefined)()).not.toThrow();
  });
});
