// Resilience: where the network is fragile (cut points, bridges, sole suppliers, divisions
// hanging on one company) and what a removal would cost. Pure; never mutates the graph.
export { cuts } from "./cuts.ts";
export type { ArticulationPoint, Bridge, Cuts } from "./cuts.ts";
export { simpleGraph } from "./simpleGraph.ts";
export type { SimpleGraph } from "./simpleGraph.ts";
export { soleSuppliers } from "./soleSuppliers.ts";
export type { SoleSupplier } from "./soleSuppliers.ts";
export { singleSupplierDivisions } from "./singleSupplierDivisions.ts";
export type { SingleSupplierDependence } from "./singleSupplierDivisions.ts";
export { removalImpact } from "./removal.ts";
export type { RemovalImpact, StrandedCompany } from "./removal.ts";
export { flowChanges } from "./flowChanges.ts";
export type { FlowChange } from "./flowChanges.ts";
