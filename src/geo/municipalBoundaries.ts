// The municipality (시군구) boundaries, loaded on first use: the JSON is imported dynamically so
// the bundler emits it as a chunk of its own, fetched (from the app's own assets) only when
// the municipality level is first drawn. Cold start does not pay for it.
// Data: src/geo/data/municipalities.topo.json, built by `npm run data:municipalities` from
// KOSTAT SGIS boundaries via vuski/admdongkor (src/regions/MUNICIPALITIES-SOURCE.md).

import type { GeometryCollection, Topology } from "topojson-specification";
import type { DivisionCode } from "../model/types.ts";

export interface MunicipalProperties {
  /** Current five-digit interior-ministry code (군위군: "27720"), as in src/regions/municipalities.ts. */
  code: string;
  /** ISO code of its province, vintage "2023". */
  division: DivisionCode;
}

/** One object `municipalities`, one geometry per registry unit; arcs shared, coordinates quantised (lon/lat). */
export type MunicipalTopology = Topology<{ municipalities: GeometryCollection<MunicipalProperties> }>;

let pending: Promise<MunicipalTopology> | null = null;

/** The boundaries; the first call fetches them, later calls share the same promise. */
export function loadMunicipalTopology(): Promise<MunicipalTopology> {
  pending ??= import("./data/municipalities.topo.json").then((m) => m.default as unknown as MunicipalTopology);
  // A failed load (offline reload of a stale page) may be retried by the next call.
  pending.catch(() => {
    pending = null;
  });
  return pending;
}
