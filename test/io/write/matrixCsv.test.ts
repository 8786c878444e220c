import { describe, expect, it } from "vitest";
import { matrixGridCsv } from "../../../src/io/write/matrixCsv.ts";
import { matrixLayout } from "../../../src/render/analytics/matrixLayout.ts";
import { divisionLabel } from "../../../src/regions/divisions.ts";
import { translate } from "../../../src/i18n/index.ts";
import { flowMeasureValue } from "../../../src/model/flows.ts";
import { SAMPLE } from "../../render/handMatrix.ts";

/** RFC 4180 rows: quoted cells may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  return text
    .split("\r\n")
    .filter((line) => line !== "")
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].filter((m) => m.index! < line.length || m[1] !== "").map((m) => (m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!)));
}

function gridOf(lang: "ko" | "en", measure: "count" | "weight") {
  const layout = matrixLayout(SAMPLE, { sort: "total", measure, type: "all" });
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const text = matrixGridCsv({
    order: layout.order,
    cells: layout.cells,
    name: (code) => divisionLabel(code, lang, "short"),
    corner: t("matrix.csvCorner"),
    note: t("matrix.csvNote", { unit: t(measure === "weight" ? "matrix.unit.weight" : "matrix.unit.count"), types: t("matrix.allTypes"), vintage: t("vintage.2023") }),
  });
  return { layout, text, rows: parseCsv(text) };
}

describe("io/write/matrixCsv", () => {
  it("writes the grid as the screen shows it, in Korean: rows supply, columns buy, names on both axes, a note on the unit", () => {
    const { layout, text, rows } = gridOf("ko", "weight");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(rows[0]).toHaveLength(1);
    expect(rows[0]![0]).toContain("단위: 금액(백만 원)");
    expect(rows[0]![0]).toContain("거래유형: 모든 유형");
    expect(rows[0]![0]).toContain("17개 시도 (2023)");
    expect(rows[1]).toEqual(["공급 시도 \\ 수요 시도", ...layout.order.map((c) => divisionLabel(c, "ko", "short"))]);
    expect(rows[1]).toEqual(["공급 시도 \\ 수요 시도", "부산", "서울", "울산"]);
    expect(rows).toHaveLength(2 + layout.order.length);
  });

  it("reads back to the flows it was written from, diagonal included", () => {
    for (const measure of ["count", "weight"] as const) {
      const { layout, rows } = gridOf("en", measure);
      const names = rows[1]!.slice(1);
      const code = (name: string) => layout.order.find((c) => divisionLabel(c, "en", "short") === name)!;
      const read = new Map<string, number>();
      for (const row of rows.slice(2)) row.slice(1).forEach((v, j) => read.set(`${code(row[0]!)}>${code(names[j]!)}`, Number(v)));
      for (const f of SAMPLE.flows) expect(read.get(`${f.from}>${f.to}`), `${f.from}>${f.to}`).toBe(flowMeasureValue(f, measure, "all"));
      for (const [division, cell] of Object.entries(SAMPLE.internal)) expect(read.get(`${division}>${division}`)).toBe(cell![measure]);
      const total = [...read.values()].reduce((a, b) => a + b, 0);
      const expected = SAMPLE.flows.reduce((a, f) => a + f[measure], 0) + Object.values(SAMPLE.internal).reduce((a, c) => a + c![measure], 0);
      expect(total).toBe(expected);
      expect(rows[1]![0]).toBe("Supplying \\ buying division");
    }
  });

  it("writes summed amounts with two decimals at most, not their binary noise", () => {
    const text = matrixGridCsv({
      order: ["KR-11", "KR-26"],
      cells: [{ from: "KR-11", to: "KR-26", value: 0.1 + 0.2 + 1234.26 }],
      name: (code) => code,
      corner: "from / to",
      note: "unit",
    } as Parameters<typeof matrixGridCsv>[0]);
    expect(parseCsv(text)[2]).toEqual(["KR-11", "0", "1234.56"]);
  });
});
