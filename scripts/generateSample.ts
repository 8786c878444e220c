// npm run data:sample
// Writes data/sample/companies.csv and data/sample/links.csv (UTF-8, no BOM), reproducibly.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { KOREA_TOPO } from "../src/geo/koreaTopo.ts";
import { createKoreaGeo } from "../src/geo/korea.ts";
import { buildSample } from "./lib/sample.ts";
import { sampleStats } from "./lib/sampleStats.ts";

const anchors = createKoreaGeo(KOREA_TOPO).anchors("2023");
const sample = buildSample(anchors);
const dir = join(process.cwd(), "data/sample");
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "companies.csv"), sample.companiesCsv);
writeFileSync(join(dir, "links.csv"), sample.linksCsv);
console.log(JSON.stringify(sampleStats(sample.companies, sample.links), null, 2));
