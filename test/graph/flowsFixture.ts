// Shared by the flow tests: a small dataset worked out by hand, and the sample read from disk.

import { readFileSync } from "node:fs";
import { readFiles } from "../../src/io/read/readFiles.ts";
import type { Dataset } from "../../src/model/types.ts";
import { company, dataset, link } from "./helpers.ts";

/**
 * Seoul s1 s2, Busan b1, Gwangju g1, Jeonnam j1 j2, Daegu d1, Jeju e1 (no links).
 * Vintage 2023 by hand: internal KR-11 1 (w10), KR-46 1 (w4); 8 cross links in 7 flows:
 *   11→26 2 (w12: technology 5, production 7)   29→46 1 (w20)   29→11 1 (w8)
 *   46→29 1 (w3)   46→11 1 (w2)   27→29 1 (w1, other)   26→11 1 (no weight)
 * Vintage 2026-07: 29→46 and 46→29 become internal to KR-GJN (with j1→j2: 3 links, w27);
 * 29→11 and 46→11 merge into GJN→11 2 (w10).
 */
export const HAND = dataset(
  [
    company("s1", "KR-11"),
    company("s2", "KR-11"),
    company("b1", "KR-26"),
    company("g1", "KR-29"),
    company("j1", "KR-46"),
    company("j2", "KR-46"),
    company("d1", "KR-27"),
    company("e1", "KR-49"),
  ],
  [
    link("1", "s1", "s2", "production", { weight: 10 }),
    link("2", "s1", "b1", "technology", { weight: 5 }),
    link("3", "s1", "b1", "production", { weight: 7 }),
    link("4", "b1", "s1", "sales"),
    link("5", "g1", "j1", "production", { weight: 20 }),
    link("6", "j1", "g1", "technology", { weight: 3 }),
    link("7", "j1", "j2", "sales", { weight: 4 }),
    link("8", "g1", "s1", "production", { weight: 8 }),
    link("9", "j2", "s2", "production", { weight: 2 }),
    link("10", "d1", "g1", "other", { weight: 1 }),
  ],
);

const sampleFile = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(new URL(`../../data/sample/${name}`, import.meta.url))),
});

export function readSample(): Dataset {
  return readFiles([sampleFile("companies.csv"), sampleFile("links.csv")]);
}
