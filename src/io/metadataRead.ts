// The metadata.json our CSV export writes beside nodes.csv and edges.csv: loading the three
// files together must not reject it as a broken graph. It holds no data; its content is
// handed back like a bundle's metadata.

import type { FormatReader } from "./formats.ts";
import { textPrefix } from "./formatsText.ts";
import { parseMetadata } from "./xmlGraph.ts";

// metadataJson() always starts this way; a graph file never does.
const OURS = /^\s*\{\s*"app"\s*:\s*"Supply Atlas"\s*,/;

export const metadataReader: FormatReader = {
  id: "snapshot-metadata",
  sniff: (name, bytes) => /\.json$/i.test(name) && OURS.test(textPrefix(bytes)),
  read(file) {
    return { kind: "unknown", tables: [], snapshot: { metadata: parseMetadata(new TextDecoder().decode(file.bytes)) } };
  },
};
