export { supplyFocus, supplyTiers, tierEdges } from "./tiers.ts";
export type { SupplyFocus, TierDepth, TierDirection, TierOptions } from "./tiers.ts";
export { supplyPath } from "./path.ts";
export type { PathOptions, SupplyPath } from "./path.ts";
export type { KeepEdge, KeepNode, TraversalFilter } from "./types.ts";
