import type { MultiDirectedGraph } from "graphology";
import type { Company, DivisionCode, LinkType } from "../model/types.ts";

/** Node attributes: the company itself plus what the renderer reads. */
export interface CompanyNode {
  company: Company;
  label: string;
  division: DivisionCode;
  /** The company's place key (model/place.ts): municipality code, else division. Regions at every level derive from it. */
  place: string;
  /** Current drawn position (graph space, y up). */
  x: number;
  y: number;
  /** Position on the province map; kept so the force view can return to it. */
  mapX: number;
  mapY: number;
  size: number;
  color: string;
  superRegional: boolean;
}

export interface LinkEdge {
  linkType: LinkType;
  weight?: number;
  year?: number;
  illustrative: boolean;
  /** Supplier and buyer sit in different divisions (17-division vintage). */
  cross: boolean;
  size: number;
  color: string;
  curvature: number;
  attributes: Record<string, string>;
}

export type SupplyGraph = MultiDirectedGraph<CompanyNode, LinkEdge>;

/** Which companies a view, a table or a traversal keeps, e.g. the current filter. */
export type KeepNode = (node: string, attributes: CompanyNode) => boolean;
/** Which links a view, a flow aggregation or a traversal keeps. */
export type KeepEdge = (edge: string, attributes: LinkEdge) => boolean;

export interface Point {
  x: number;
  y: number;
}
