import type { SigmaEvents } from "sigma/types";
import type { AtlasRenderer } from "./createRenderer.ts";

type Handlers = { [E in keyof SigmaEvents]?: SigmaEvents[E] };

/** Listens to several renderer events at once; returns the one call that stops them all. */
export function listen(renderer: AtlasRenderer, handlers: Handlers): () => void {
  const entries = Object.entries(handlers) as [keyof SigmaEvents, SigmaEvents[keyof SigmaEvents]][];
  for (const [event, handler] of entries) renderer.on(event, handler);
  return () => {
    for (const [event, handler] of entries) renderer.off(event, handler);
  };
}
