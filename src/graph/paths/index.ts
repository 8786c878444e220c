export { supplyFocus, supplyTiers, tierEdges } from "./tiers.ts";
export type { SupplyFocus, TierDepth, TierOptions } from "./tiers.ts";
export { supplyPath } from "./path.ts";
export type { PathOptions, SupplyPath } from "./path.ts";
export type { KeepEdge, KeepNode, SupplyDirection, TraversalFilter } from "./types.ts";
export { chainList } from "./chainList.ts";
export type { ChainCompany, ChainList, ChainTier } from "./chainList.ts";
