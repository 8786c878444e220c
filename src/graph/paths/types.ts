import type { KeepEdge } from "../flowInputs.ts";
import type { CompanyNode } from "../types.ts";

export type { KeepEdge };

/** Decides which companies a traversal may pass through, e.g. the current filter. */
export type KeepNode = (node: string, attributes: CompanyNode) => boolean;

export interface TraversalFilter {
  /** Links it returns false for are not followed. */
  keepEdge?: KeepEdge | undefined;
  /**
   * Companies it returns false for are neither reached nor passed through. It is not asked
   * about the company (or the two ends) the caller named: those are what the user picked.
   */
  keepNode?: KeepNode | undefined;
}
