import { describe, expect, it } from "vitest";
import { NO_FILTER, validateFilter, type KnownValues } from "../../../src/graph/filters/index.ts";
import { divisionsOf } from "../../../src/regions/divisions.ts";
import { filterOf } from "./fixture.ts";

const KNOWN_2023: KnownValues = {
  divisions: divisionsOf("2023").map((d) => d.code),
  industries: ["batteries", "chips"],
  years: { min: 2019, max: 2025 },
};
const KNOWN_2026: KnownValues = { ...KNOWN_2023, divisions: divisionsOf("2026-07").map((d) => d.code) };
const FIELDS = Object.keys(NO_FILTER).sort();

const check = (input: unknown, known = KNOWN_2023) => {
  const result = validateFilter(input, known);
  // Whatever came in, the result is a plain FilterState with exactly the contract's keys.
  expect(Object.getPrototypeOf(result.filter)).toBe(Object.prototype);
  expect(Object.keys(result.filter).sort()).toEqual(FIELDS);
  return result;
};

describe("graph/filters validateFilter", () => {
  it("keeps a valid filter as it is, with no problems", () => {
    const filter = filterOf({
      divisions: ["KR-11", "KR-26"],
      divisionRole: "buyer",
      industries: ["chips"],
      tiers: ["super-regional", "none"],
      linkTypes: ["sales"],
      yearFrom: 2020,
      yearTo: 2024,
      minWeight: 2.5,
      crossOnly: true,
    });
    expect(check(JSON.parse(JSON.stringify(filter)))).toEqual({ filter, problems: [] });
    expect(check(undefined)).toEqual({ filter: filterOf(), problems: [] });
    expect(check({})).toEqual({ filter: filterOf(), problems: [] });
  });

  it("returns fresh arrays, never NO_FILTER's own", () => {
    const { filter } = check(null);
    expect(filter.divisions).not.toBe(NO_FILTER.divisions);
    expect(filter.linkTypes).not.toBe(NO_FILTER.linkTypes);
  });

  it("drops unknown values and names them", () => {
    const { filter, problems } = check({
      divisions: ["KR-11", "KR-99", 5, "KR-11"],
      industries: ["chips", "food"],
      tiers: ["gold"],
      linkTypes: ["sales", "bribery", null],
    });
    expect(filter).toEqual(filterOf({ divisions: ["KR-11"], industries: ["chips"], linkTypes: ["sales"] }));
    expect(problems).toEqual([
      "divisions: dropped 1 entry that is not text",
      "divisions: dropped unknown 'KR-99'",
      "industries: dropped unknown 'food'",
      "tiers: dropped unknown 'gold'",
      "tiers: nothing selected is known, so tiers no longer limit what is shown",
      "linkTypes: dropped 1 entry that is not text",
      "linkTypes: dropped unknown 'bribery'",
    ]);
  });

  it("reads division codes of the other vintage as the division that shows them", () => {
    const to2026 = check({ divisions: ["KR-29", "KR-46", "KR-11"] }, KNOWN_2026);
    expect(to2026.filter.divisions).toEqual(["KR-GJN", "KR-11"]);
    expect(to2026.problems).toEqual(["divisions: 'KR-29' is shown as 'KR-GJN' here", "divisions: 'KR-46' is shown as 'KR-GJN' here"]);
    const to2023 = check({ divisions: ["KR-GJN"] });
    expect(to2023.filter.divisions).toEqual(["KR-29", "KR-46"]);
    expect(to2023.problems).toEqual(["divisions: 'KR-GJN' is shown as 'KR-29', 'KR-46' here"]);
    // Tier values of the data, when given, replace the default list.
    expect(check({ tiers: ["gold"] }, { ...KNOWN_2023, tiers: ["gold", "none"] }).filter.tiers).toEqual(["gold"]);
  });

  it("never keeps a prototype key", () => {
    const hostile = JSON.parse('{"__proto__": {"crossOnly": true, "polluted": 1}, "constructor": {"prototype": {"x": 1}}, "divisions": ["KR-11"]}');
    const { filter, problems } = check(hostile);
    expect(filter).toEqual(filterOf({ divisions: ["KR-11"] }));
    expect(problems).toEqual(["ignored unknown fields '__proto__', 'constructor'"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    // Fields inherited rather than own are not read.
    expect(check(Object.create({ crossOnly: true, divisions: ["KR-11"] }))).toEqual({ filter: filterOf(), problems: [] });
    expect(check({ divisions: ["__proto__", "toString", "constructor"] }).filter.divisions).toEqual([]);
  });

  it("turns strings, objects and numbers where lists go into no selection", () => {
    const { filter, problems } = check({ divisions: "KR-11", industries: { 0: "chips", length: 1 }, tiers: 7, linkTypes: true });
    expect(filter).toEqual(filterOf());
    expect(problems).toEqual([
      "divisions: expected a list, got text 'KR-11'; ignored",
      "industries: expected a list, got an object; ignored",
      "tiers: expected a list, got number '7'; ignored",
      "linkTypes: expected a list, got boolean 'true'; ignored",
    ]);
  });

  it("fixes or drops bad numbers", () => {
    const huge = check(JSON.parse('{"yearFrom": 1e308, "yearTo": -1e308, "minWeight": 1e400}'));
    expect(huge.filter).toEqual(filterOf());
    expect(huge.problems).toEqual([
      "yearFrom: '1e+308' is not a year between 1900 and 2100; left open",
      "yearTo: '-1e+308' is not a year between 1900 and 2100; left open",
      "minWeight: number 'Infinity' is not a number of at least 0; no minimum",
    ]);
    const odd = check({ yearFrom: "2020.5", yearTo: 2023.7, minWeight: -4 });
    expect(odd.filter).toEqual(filterOf({ yearFrom: 2021, yearTo: 2023 }));
    expect(odd.problems).toEqual([
      "yearFrom: '2020.5' rounded to 2021",
      "yearTo: '2023.7' rounded to 2023",
      "minWeight: number '-4' is not a number of at least 0; no minimum",
    ]);
    expect(check({ minWeight: "12.5", yearFrom: "2020", yearTo: " 2022 " })).toEqual({ filter: filterOf({ minWeight: 12.5, yearFrom: 2020, yearTo: 2022 }), problems: [] });
    expect(check({ minWeight: "12kg", yearFrom: NaN, yearTo: [2020] }).problems).toEqual([
      "yearFrom: 'NaN' is not a year between 1900 and 2100; left open",
      "yearTo: '2020' is not a year between 1900 and 2100; left open",
      "minWeight: text '12kg' is not a number of at least 0; no minimum",
    ]);
  });

  it("swaps a reversed year range and pulls it in to the data's years", () => {
    expect(check({ yearFrom: 2023, yearTo: 2021 })).toEqual({ filter: filterOf({ yearFrom: 2021, yearTo: 2023 }), problems: ["year range 2023–2021 was reversed; swapped"] });
    // Before 2019 or after 2025 there are no links, so the same links stay.
    expect(check({ yearFrom: 1950, yearTo: 2099 })).toEqual({ filter: filterOf({ yearFrom: 2019, yearTo: 2025 }), problems: [] });
    expect(check({ yearFrom: 2030 }).problems).toEqual(["yearFrom: 2030 is after the last year in the data (2025); no dated link is kept"]);
    expect(check({ yearTo: 2000 }).problems).toEqual(["yearTo: 2000 is before the first year in the data (2019); no dated link is kept"]);
    expect(check({ yearFrom: 1950 }, { ...KNOWN_2023, years: null }).filter.yearFrom).toBe(1950);
  });

  it("checks the role and the cross-only switch", () => {
    expect(check({ divisionRole: "attacker", crossOnly: "yes" })).toEqual({
      filter: filterOf(),
      problems: ["divisionRole: text 'attacker' is not supplier, buyer or either; using either", "crossOnly: text 'yes' is not true or false; off"],
    });
    expect(check({ divisionRole: "supplier", crossOnly: "true" }).filter).toEqual(filterOf({ divisionRole: "supplier", crossOnly: true }));
  });

  it("never throws, whatever it is handed", () => {
    for (const input of ["hello", 42, true, [1, 2], () => 1, Symbol("s")]) {
      const { filter, problems } = check(input);
      expect(filter).toEqual(filterOf());
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^expected a filter object, got .*; no filter$/);
    }
    const getter = Object.defineProperty({}, "divisions", { enumerable: true, get: () => { throw new Error("boom"); } });
    expect(check(getter)).toEqual({ filter: filterOf(), problems: ["the filter could not be read; no filter"] });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error("boom"); } });
    expect(check(proxy).problems).toEqual(["the filter could not be read; no filter"]);
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expect(check(revocable.proxy).problems).toEqual(["the filter could not be read; no filter"]);
  });

  it("reads at most 10,000 entries of a list and keeps messages short", () => {
    const { filter, problems } = check({ divisions: new Array(50_000_000), industries: ["x".repeat(100_000), ...Array.from({ length: 8 }, (_, i) => `bad${i}`)] });
    expect(filter).toEqual(filterOf());
    expect(problems[0]).toBe("divisions: only the first 10000 entries were read");
    expect(problems[1]).toBe("divisions: dropped 10000 entries that are not text");
    expect(problems[2]).toBe(`industries: dropped unknown '${"x".repeat(40)}…', 'bad0', 'bad1', 'bad2', 'bad3' and 4 more`);
  });
});
