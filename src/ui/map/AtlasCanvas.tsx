import { useEffect, useRef } from "react";
import { mountAtlasView } from "../../render/bindings/atlasView.ts";
import type { MapGeometry } from "../../render/layers/mapGeometry.ts";
import { useApp } from "../useAtlas.ts";
import { usePictureCapture } from "../dialogs/pictureContext.ts";

/** The only place React touches sigma: one effect that mounts the view and cleans it up. */
export function AtlasCanvas({ geometry }: { geometry: MapGeometry }) {
  const ref = useRef<HTMLDivElement>(null);
  const app = useApp();
  const picture = usePictureCapture();
  useEffect(() => {
    if (!ref.current) return;
    const view = mountAtlasView(ref.current, app, geometry);
    if (picture) picture.current = view.capture;
    return () => {
      if (picture?.current === view.capture) picture.current = null;
      view.clean();
    };
  }, [app, geometry, picture]);
  return <div ref={ref} className="atlas-canvas" data-testid="atlas-canvas" />;
}
