// CSV text for the generated data files, written with the app's one CSV cell rule
// (src/io/report.ts: quoting and formula neutralising), so generated files read back as written.
import { csvLine } from "../../src/io/write/csvCell.ts";

export type CsvValue = string | number | boolean | undefined;

/** Header plus rows, "\n" line ends, final newline. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return lines.join("\n") + "\n";
}
