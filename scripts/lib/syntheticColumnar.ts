// The synthetic network's two CSV tables as Parquet or Arrow IPC files with the same columns,
// typed as a researcher's tool would type them (weight double, year int32, illustrative
// bool, text as UTF-8, empty cells as null), for benchmarks and tests of the columnar readers.
import Papa from "papaparse";
import { bool, float64, int32, tableFromArrays, tableToIPC, utf8, type DataType } from "@uwdata/flechette";
import { parquetWriteBuffer, type BasicType } from "hyparquet-writer";
import type { InputFile } from "../../src/model/types.ts";
import { syntheticNetwork } from "./synthetic.ts";

export type ColumnarFormat = "parquet" | "arrow";
type Kind = "string" | "double" | "int" | "bool";
const LINK_KINDS: Record<string, Kind> = { weight: "double", year: "int", illustrative: "bool" };

function columnsOf(csv: string, kinds: Record<string, Kind>) {
  const [header, ...rows] = Papa.parse<string[]>(csv.trimEnd(), { delimiter: "," }).data;
  return header!.map((name, j) => {
    const kind = kinds[name] ?? "string";
    const values = rows.map((r) => {
      const text = r[j] ?? "";
      if (text === "") return null;
      return kind === "string" ? text : kind === "bool" ? text === "true" : Number(text);
    });
    return { name, kind, values };
  });
}

const PARQUET: Record<Kind, BasicType> = { string: "STRING", double: "DOUBLE", int: "INT32", bool: "BOOLEAN" };
const ARROW: Record<Kind, () => DataType> = { string: utf8, double: float64, int: int32, bool };

function write(format: ColumnarFormat, columns: ReturnType<typeof columnsOf>): Uint8Array {
  if (format === "parquet") {
    return new Uint8Array(parquetWriteBuffer({ columnData: columns.map((c) => ({ name: c.name, type: PARQUET[c.kind], data: c.values })) }));
  }
  const types = Object.fromEntries(columns.map((c) => [c.name, ARROW[c.kind]()]));
  return tableToIPC(tableFromArrays(columns.map((c) => [c.name, c.values] as [string, unknown[]]), { types }), { format: "file" })!;
}

export function syntheticColumnarFiles(companies: number, links: number, format: ColumnarFormat, seed = 7): InputFile[] {
  const net = syntheticNetwork({ companies, links, seed });
  const ext = format === "parquet" ? "parquet" : "arrow";
  return [
    { name: `companies.${ext}`, bytes: write(format, columnsOf(net.companiesCsv, {})) },
    { name: `links.${ext}`, bytes: write(format, columnsOf(net.linksCsv, LINK_KINDS)) },
  ];
}
