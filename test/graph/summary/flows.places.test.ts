// The municipality level in summary mode: place-flows.csv rolled up to 시군구 (and each
// division's companies of unknown municipality) equals the app's own flows of the full data,
// through the filters and a what-if's region removal; a bundle without the table shows what it
// showed before (divisions' unknown-municipality units).
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { flowsOfGraph } from "../../../src/graph/flows/divisionFlows.ts";
import { compileFilter } from "../../../src/graph/filters/compile.ts";
import { NO_FILTER, type FilterState } from "../../../src/graph/filters/types.ts";
import { summaryFlowMatrix } from "../../../src/graph/summary/flows.ts";
import type { SummaryData } from "../../../src/graph/summary/columns.ts";
import { readFilesWithSnapshots } from "../../../src/io/read/readFiles.ts";
import type { FlowMatrix } from "../../../src/model/flows.ts";
import { vintageOf, type RegionScale } from "../../../src/model/scale.ts";
import { placeOf } from "../../../src/model/place.ts";
import type { Dataset } from "../../../src/model/types.ts";
import { MUNICIPALITIES } from "../../../src/regions/municipalities.ts";
import { unitOf } from "../../../src/regions/units.ts";
import { SUMMARY_FILES } from "../../../src/model/summary.ts";
import { bundleOf, rezip, syntheticDataset } from "../../io/summaryHelpers.ts";

/** The synthetic data with two companies in three placed in a 시군구 of their division. */
function withMunicipalities(d: Dataset): Dataset {
  return {
    ...d,
    companies: d.companies.map((c, i) => {
      const here = MUNICIPALITIES.filter((m) => m.division === c.division);
      return i % 3 === 2 || here.length === 0 ? c : { ...c, municipalityCode: here[(i * 5) % here.length]!.code };
    }),
  };
}

const plain = syntheticDataset(400, 2500, 11);
const full = withMunicipalities(plain);
const fullGraph = buildGraph(full, { positions: new Map() });
const SCALES: RegionScale[] = ["municipality@2023", "municipality@2026-07"];

async function summaryOf(zip: Uint8Array): Promise<SummaryData> {
  const { snapshots } = readFilesWithSnapshots([{ name: "national.zip", bytes: zip }]);
  return snapshots[0]!.summary as SummaryData;
}

/**
 * The matrix as numbers, its regions sorted: a region the scale does not list (a division's
 * unknown-municipality unit) joins the matrix where first met, the links' order in the graph
 * and the rows' order in the table.
 */
const canonical = (m: FlowMatrix) => ({
  divisions: [...m.divisions].sort(),
  flows: [...m.flows].sort((a, b) => (a.from + a.to < b.from + b.to ? -1 : 1)),
  internal: m.internal,
  totals: m.totals,
  links: m.links,
  crossLinks: m.crossLinks,
});

describe("graph/summary/flows at the municipality level", async () => {
  const made = await bundleOf(full, 4);
  const summary = await summaryOf(made.zip);

  it("has data with municipalities and with divisions' unknown-municipality companies", () => {
    const keys = new Set(full.companies.map(placeOf));
    expect([...keys].filter((k) => k.startsWith("KR-")).length).toBeGreaterThan(5);
    expect([...keys].filter((k) => !k.startsWith("KR-")).length).toBeGreaterThan(50);
    expect(summary.places!.count).toBeGreaterThan(0);
  });

  it.each(SCALES)("equals the full data's flows at %s", (scale) => {
    const got = summaryFlowMatrix(summary, scale);
    expect(canonical(got)).toEqual(canonical(flowsOfGraph(fullGraph, scale)));
    expect(got.flows.some((f) => !f.from.startsWith("KR-") && !f.to.startsWith("KR-"))).toBe(true);
  });

  const filters: Array<Partial<FilterState>> = [
    { linkTypes: ["production", "technology"] },
    { yearFrom: 2021, yearTo: 2023 },
    { yearFrom: 2022 },
    { divisions: ["KR-11"], divisionRole: "supplier" },
    { divisions: ["KR-26", "KR-41"], divisionRole: "both" },
    { divisions: ["KR-29"], divisionRole: "buyer" },
    { crossOnly: true, linkTypes: ["sales"] },
    { crossOnly: true },
  ];
  it.each(SCALES.flatMap((scale) => filters.map((patch) => ({ scale, patch, name: `${scale} ${JSON.stringify(patch)}` }))))(
    "applies the filters as the app applies them to links: $name",
    ({ scale, patch }) => {
      const filter = { ...NO_FILTER, ...patch };
      const expected = flowsOfGraph(fullGraph, scale, compileFilter(fullGraph, filter, vintageOf(scale)).keepEdge);
      expect(canonical(summaryFlowMatrix(summary, scale, filter))).toEqual(canonical(expected));
    },
  );

  /** The full data without the companies a removed region holds. */
  const without = (gone: (place: string) => boolean): FlowMatrix[] => {
    const kept = full.companies.filter((c) => !gone(placeOf(c)));
    const ids = new Set(kept.map((c) => c.id));
    const graph = buildGraph({ ...full, companies: kept, links: full.links.filter((l) => ids.has(l.source) && ids.has(l.target)) }, { positions: new Map() });
    return SCALES.map((scale) => flowsOfGraph(graph, scale));
  };

  it("takes a removed 시군구 off the flows and the counts", () => {
    const code = full.companies.find((c) => c.municipalityCode)!.municipalityCode!;
    const expected = without((place) => place === code);
    SCALES.forEach((scale, i) => {
      const got = summaryFlowMatrix(summary, scale, NO_FILTER, { division: code, parts: [], companies: [] });
      expect(canonical(got)).toEqual(canonical(expected[i]!));
    });
  });

  it("takes a removed division off with all its 시군구 and its unknown-municipality companies", () => {
    for (const [i, scale] of SCALES.entries()) {
      // Under 2026-07 the merged Gwangju-Jeonnam goes whole.
      const division = scale === "municipality@2023" ? "KR-11" : "KR-GJN";
      const expected = without((place) => unitOf(place, vintageOf(scale)) === division)[i]!;
      const got = summaryFlowMatrix(summary, scale, NO_FILTER, { division, parts: [], companies: [] });
      expect(canonical(got)).toEqual(canonical(expected));
    }
  });

  it("answers from the division rows when a bundle has no place table, as before it existed", async () => {
    const old = await summaryOf(rezip(made.zip, { [SUMMARY_FILES.placeFlows]: null, [SUMMARY_FILES.places]: null }));
    expect(old.places).toBeUndefined();
    const plainGraph = buildGraph({ ...full, companies: full.companies.map(({ municipalityCode: _m, ...c }) => c) }, { positions: new Map() });
    for (const scale of SCALES) {
      const got = summaryFlowMatrix(old, scale);
      expect(canonical(got)).toEqual(canonical(flowsOfGraph(plainGraph, scale)));
      expect(got.flows.every((f) => f.from.startsWith("KR-") && f.to.startsWith("KR-"))).toBe(true);
    }
  });

  it("leaves a company what-if to the division rows, which know its partners by division only", async () => {
    const old = await summaryOf(rezip(made.zip, { [SUMMARY_FILES.placeFlows]: null, [SUMMARY_FILES.places]: null }));
    const removal = { division: null, parts: [], companies: [full.companies[0]!.division] };
    expect(summaryFlowMatrix(summary, "municipality@2023", NO_FILTER, removal)).toEqual(summaryFlowMatrix(old, "municipality@2023", NO_FILTER, removal));
  });
});
