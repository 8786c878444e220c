// The package ships its per-iteration kernel without typings; we drive it directly
// from a worker so the layout runs on flat arrays instead of a second graph copy.
declare module "graphology-layout-forceatlas2/iterate.js" {
  export default function iterate(
    options: Record<string, number | boolean>,
    nodeMatrix: Float32Array,
    edgeMatrix: Float32Array,
  ): unknown;
}
declare module "graphology-layout-forceatlas2/defaults.js" {
  const defaults: Record<string, number | boolean>;
  export default defaults;
}
