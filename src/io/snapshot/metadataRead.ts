// The metadata.json our CSV export writes beside nodes.csv and edges.csv: loading the three
// files together must not reject it as a broken graph. It holds no data; its content is
// handed back like a bundle's metadata.

import type { FormatReader } from "../formats/types.ts";
import { textPrefix } from "../formats/textFile.ts";
import { parseMetadata } from "../formats/xmlGraph.ts";

// metadataJson() always starts this way; a graph file never does.
const OURS = /^\s*\{\s*"app"\s*:\s*"Supply Atlas"\s*,/;

export const metadataReader: FormatReader = {
  id: "snapshot-metadata",
  sniff: (name, bytes) => /\.json$/i.test(name) && OURS.test(textPrefix(bytes)),
  read(file) {
    return { kind: "unknown", tables: [], snapshot: { metadata: parseMetadata(new TextDecoder().decode(file.bytes)) } };
  },
};

/** What a snapshot's metric columns describe, read from its metadata of any version. */
export interface MetricsScope {
  /** What the m_* columns were computed on. */
  scope: "network" | "view";
  names: string[];
  /** network_m_* columns: the whole network's. */
  network: string[];
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/**
 * The metrics a snapshot's metadata declares. Files before metric scopes listed `metrics` as
 * names only, and their m_* columns were always the whole network's, even in a view's export.
 * Null when the metadata is not ours.
 */
export function metricsScopeOf(metadata: unknown): MetricsScope | null {
  if (typeof metadata !== "object" || metadata === null) return null;
  const m = metadata as Record<string, unknown>;
  if (Array.isArray(m.metrics)) return { scope: "network", names: strings(m.metrics), network: [] };
  if (typeof m.metrics !== "object" || m.metrics === null) return null;
  const metrics = m.metrics as Record<string, unknown>;
  return { scope: metrics.scope === "view" ? "view" : "network", names: strings(metrics.names), network: strings(m.networkMetrics) };
}
