import { useEffect, useRef } from "react";
import { atlasStore } from "../state/store.ts";
import { mountAtlasView, type MapGeometry } from "../render/atlasView.ts";

/** The only place React touches sigma: one effect that mounts the view and cleans it up. */
export function AtlasCanvas({ geometry }: { geometry: MapGeometry }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const view = mountAtlasView(ref.current, atlasStore(), geometry);
    return view.clean;
  }, [geometry]);
  return <div ref={ref} className="atlas-canvas" data-testid="atlas-canvas" />;
}
