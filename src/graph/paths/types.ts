import type { KeepEdge, KeepNode } from "../types.ts";

/** Which way a supply chain is followed from a company: its suppliers, its buyers, or both. */
export type SupplyDirection = "upstream" | "downstream" | "both";

export interface TraversalFilter {
  /** Links it returns false for are not followed. */
  keepEdge?: KeepEdge | undefined;
  /**
   * Companies it returns false for are neither reached nor passed through. It is not asked
   * about the company (or the two ends) the caller named: those are what the user picked.
   */
  keepNode?: KeepNode | undefined;
}
