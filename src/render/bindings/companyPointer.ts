// The pointer on companies: hovering one lights it and its partners (through the store), clicking
// one selects it.
import type { AtlasViewModel } from "../../app/createApp.ts";
import type { AtlasRenderer } from "../sigma/createRenderer.ts";
import { listen } from "../sigma/rendererEvents.ts";

/** How long a hover outlasts the pointer leaving its company: long enough to reach the next one. */
export const HOVER_LEAVE_MS = 80;

/** Binds hover and click on companies; returns the unbind. */
export function bindCompanyPointer(renderer: AtlasRenderer, actions: Pick<AtlasViewModel["actions"], "hover" | "select">): () => void {
  // A hover ends a moment after the pointer leaves the company: moving on to the next one, it
  // goes from one to the other, which redraws those two and their partners, rather than
  // undimming every company and dimming them all again (each pass about 25 ms at 10k).
  let leaving: ReturnType<typeof setTimeout> | null = null;
  const stayLeaving = () => {
    if (leaving !== null) clearTimeout(leaving);
    leaving = null;
  };
  const onEnter = ({ node }: { node: string }) => {
    stayLeaving();
    actions.hover(node);
  };
  const onLeave = () => {
    stayLeaving();
    leaving = setTimeout(() => {
      leaving = null;
      actions.hover(null);
    }, HOVER_LEAVE_MS);
  };
  const onClick = ({ node }: { node: string }) => actions.select(node);
  const unlisten = listen(renderer, { enterNode: onEnter, leaveNode: onLeave, clickNode: onClick });
  return () => {
    stayLeaving();
    unlisten();
  };
}
