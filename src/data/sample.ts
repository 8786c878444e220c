// The embedded sample: shipped inside the bundle, so the app opens with data and no request.
import companies from "../../data/sample/companies.csv?raw";
import links from "../../data/sample/links.csv?raw";
import type { NamedBuffer } from "../model/types.ts";

export { SAMPLE_LABEL } from "../model/types.ts";

export function sampleFiles(): NamedBuffer[] {
  const encoder = new TextEncoder();
  return [
    { name: "companies.csv", buffer: encoder.encode(companies).buffer as ArrayBuffer },
    { name: "links.csv", buffer: encoder.encode(links).buffer as ArrayBuffer },
  ];
}
