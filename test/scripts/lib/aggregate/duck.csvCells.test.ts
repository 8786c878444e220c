// The engine's CSV cells (sql/aggregate/75_csv_cells.sql) against the app's csvCell, on the
// values that tell them apart: formula starts, quotes, Unicode white space, and doubles of
// every magnitude that DuckDB and JavaScript spell differently.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Duck, sqlText } from "../../../../scripts/lib/aggregate/duck.ts";
import { WHITESPACE } from "../../../../scripts/lib/aggregate/whitespace.ts";
import { csvCell } from "../../../../src/io/write/csvCell.ts";
import { tempDir } from "./helpers.ts";

let duck: Duck;
beforeAll(async () => {
  duck = await Duck.open({ tempDir: tempDir(), memoryLimit: "256MB", threads: 1 });
  await duck.file("75_csv_cells.sql", { whitespace: WHITESPACE });
});
afterAll(() => duck.close());

/** Deterministic doubles spread over magnitudes 1e-12 .. 1e24, both signs, whole and not. */
function doubles(): number[] {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out = [0, -0, 1, -1, 0.1, 0.5, 1 / 3, 2 / 3, 1e-6, 1e-7, 1.5e-7, 0.00001, 0.0001234, 123456.789, 2 ** 53, 2 ** 53 + 2, 1e21, 1.5e21, 123456789012345680000, 1e-300, 5e-324, 37.5665, 126.978];
  for (let e = -12; e <= 24; e++) {
    for (let k = 0; k < 12; k++) {
      const v = (rand() * 9 + 1) * 10 ** e;
      out.push(v, -v, Math.round(v), Number(v.toPrecision(3)));
    }
  }
  return out;
}

describe("aggregate CSV cells in SQL", () => {
  it("writes every double as String(number) does", async () => {
    const values = doubles();
    await duck.table("nums", [{ name: "k", type: "INTEGER" }, { name: "x", type: "DOUBLE" }], values.map((v, k) => [k, v]));
    const rows = await duck.rows<{ k: number; cell: string }>("SELECT k, csv_number(x) AS cell FROM nums ORDER BY k");
    const wrong = rows.filter((r) => r.cell !== csvCell(values[r.k]!)).map((r) => `${values[r.k]} -> ${r.cell}`);
    expect(wrong).toEqual([]);
    expect(rows).toHaveLength(values.length);
    expect((await duck.rows<{ cell: string }>("SELECT csv_number(CAST(NULL AS DOUBLE)) AS cell"))[0]!.cell).toBe("");
  });

  it("neutralises and quotes text as csvCell does", async () => {
    const texts = [
      "plain", "한글 회사", "=cmd|calc", "+82", "-5", "@home", "\tlead tab", "\rlead cr", "a,b", 'say "hi"', "line\nbreak",
      " lead space", "trail space ", "\u3000전각", "끝\u00a0", "\ufeffbom", "mid space ok", "", "'already", "=\"quoted\",x",
    ];
    await duck.table("texts", [{ name: "k", type: "INTEGER" }, { name: "v", type: "VARCHAR" }], texts.map((v, k) => [k, v]));
    const rows = await duck.rows<{ k: number; cell: string }>("SELECT k, csv_text(v) AS cell FROM texts ORDER BY k");
    expect(rows.map((r) => r.cell)).toEqual(texts.map((t) => csvCell(t)));
    expect((await duck.rows<{ cell: string }>(`SELECT csv_text(CAST(NULL AS VARCHAR)) AS cell, ${sqlText("x")} AS y`))[0]!.cell).toBe("");
  });
});
