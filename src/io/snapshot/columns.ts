// The columns every export writes, once for all formats: GEXF attributes, GraphML keys, CSV
// and XLSX headers share these names and types, so the formats carry the same data.

import { regionLabel } from "../../regions/units.ts";
import { METRIC_KEYS, METRIC_PREFIX, NETWORK_METRIC_PREFIX } from "../../graph/metrics/keys.ts";
import type { Snapshot, SnapshotEdge, SnapshotNode } from "./types.ts";

export type ColumnType = "string" | "integer" | "double" | "boolean";
export type ColumnValue = string | number | boolean | undefined;

export interface Column<R> {
  name: string;
  type: ColumnType;
  value: (row: R) => ColumnValue;
}

const INTEGER_METRICS = new Set(["m_degree", "m_inDegree", "m_outDegree", "m_community", "m_partnerDivisions"]);
/** The metric a column holds, whether the view's (m_*) or the whole network's (network_m_*). */
const metricOf = (key: string) => (key.startsWith(NETWORK_METRIC_PREFIX) ? METRIC_PREFIX + key.slice(NETWORK_METRIC_PREFIX.length) : key);
const isInteger = (column: string) => {
  const key = metricOf(column);
  return INTEGER_METRICS.has(key) || /^m_cross(Partners|Links)(_|$)/.test(key);
};

const NODE_FIXED: Column<SnapshotNode>[] = [
  { name: "name", type: "string", value: (n) => n.company.name },
  { name: "name_en", type: "string", value: (n) => n.company.nameEn },
  { name: "division", type: "string", value: (n) => n.company.division },
  { name: "division_name", type: "string", value: (n) => regionLabel(n.company.division, "ko", "full") },
  { name: "division_2026", type: "string", value: (n) => n.division2026 },
  { name: "municipality", type: "string", value: (n) => n.company.municipality },
  // The code the readers resolved: reading a snapshot back places the company without guessing again.
  { name: "municipality_code", type: "string", value: (n) => n.company.municipalityCode },
  { name: "industry", type: "string", value: (n) => n.company.industry },
  { name: "tier", type: "string", value: (n) => n.company.tier },
  { name: "lat", type: "double", value: (n) => n.company.lat },
  { name: "lon", type: "double", value: (n) => n.company.lon },
];

const EDGE_FIXED: Column<SnapshotEdge>[] = [
  { name: "link_type", type: "string", value: (e) => e.type },
  // "amount", not "weight": Gephi draws an edge as thick as its weight (see write/gephiScale.ts);
  // every reader of ours takes "amount" as the link's amount, as it takes "weight" in old files.
  { name: "amount", type: "double", value: (e) => e.weight },
  { name: "year", type: "integer", value: (e) => e.year },
  { name: "cross_division", type: "boolean", value: (e) => e.cross },
  { name: "illustrative", type: "boolean", value: (e) => e.illustrative },
];

/** Extra attribute names in first-seen order, minus any that would shadow a column of ours. */
function extraNames(rows: Iterable<{ attributes: Record<string, string> }>, taken: ReadonlySet<string>): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const key of Object.keys(r.attributes)) if (!taken.has(key)) seen.add(key);
  return [...seen];
}

export function nodeColumns(snapshot: Snapshot): Column<SnapshotNode>[] {
  const metrics = [...snapshot.metadata.metrics.names, ...snapshot.metadata.networkMetrics].map(
    (key): Column<SnapshotNode> => ({ name: key, type: isInteger(key) ? "integer" : "double", value: (n) => n.metrics[key] }),
  );
  const taken = new Set([...NODE_FIXED, ...metrics].map((c) => c.name).concat(["id", "label"]));
  const extras = extraNames(
    snapshot.nodes.map((n) => n.company),
    taken,
  ).map((key): Column<SnapshotNode> => ({ name: key, type: "string", value: (n) => n.company.attributes[key] }));
  return [...NODE_FIXED, ...metrics, ...extras];
}

export function edgeColumns(snapshot: Snapshot): Column<SnapshotEdge>[] {
  // No extra "weight": read back, the exact field name would win over "amount"; in GEXF it is the drawing weight.
  const taken = new Set(EDGE_FIXED.map((c) => c.name).concat(["id", "source", "target", "label", "type", "weight"]));
  const extras = extraNames(snapshot.edges, taken).map(
    (key): Column<SnapshotEdge> => ({ name: key, type: "string", value: (e) => e.attributes[key] }),
  );
  return [...EDGE_FIXED, ...extras];
}

/** Metric keys in METRIC_KEYS order (network_m_* keys in the order of their m_* key), then any others by name. */
export function orderMetricKeys(keys: Iterable<string>): string[] {
  const present = new Set(keys);
  const network = [...present].some((k) => k.startsWith(NETWORK_METRIC_PREFIX));
  const known = METRIC_KEYS.map((k) => (network ? NETWORK_METRIC_PREFIX + k.key.slice(METRIC_PREFIX.length) : k.key)).filter((k) => present.has(k));
  const rest = [...present].filter((k) => !known.includes(k)).sort();
  return [...known, ...rest];
}
