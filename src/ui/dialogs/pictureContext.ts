import { createContext, useContext, type RefObject } from "react";
import type { PictureScene } from "../../render/export/types.ts";

/** The mounted map's capture of what is on screen (AtlasCanvas fills it; the export dialog reads it). */
export type PictureCapture = RefObject<(() => PictureScene) | null>;

export const PictureContext = createContext<PictureCapture | null>(null);

export function usePictureCapture(): PictureCapture | null {
  return useContext(PictureContext);
}
