/**
 * One load's life cycle as the store keeps it (state/store.ts `loadStage`), and the pure steps
 * between its stages. The loader (app/load/loader.ts) moves it through the store's actions;
 * the rest of the app only reads it, through the helpers at the end.
 *
 *   idle ──start──▶ loading ──whole data shown──▶ idle
 *                      │ ╲──companies shown first──▶ linksPending ──links built──▶ idle
 *                      │ ╲──companies shown while the links are read──▶ linksReading ──links read──▶ linksPending
 *                      ╰──error or nothing valid──▶ failed ──start──▶ loading
 *
 * The stage also answers for companies left on screen without their links by a load that a
 * newer one replaced or that failed: they keep `linksReading` / `linksPending` (or `stranded`)
 * until other data is shown, so that nothing counts or lays out their missing links meanwhile.
 */

/** What a load in flight is doing, shown as its progress bar. */
export interface LoadProgress {
  step: "reading" | "building";
  /** 0..1 within the step. */
  fraction: number;
}

/** Companies on screen without their links: still read, or read and being built into the graph. */
export type LinksLacking = "linksReading" | "linksPending";

export type LoadStage =
  /** Nothing loading; the data shown, if any, is whole. */
  | { kind: "idle" }
  /** A load reads or builds its files; the data shown, if any, is whole. */
  | { kind: "loading"; progress: LoadProgress }
  /**
   * A very big network's companies are shown while their links are still read: the flows, the
   * link counts and the report are not known yet either. `progress`: the load in flight, if any.
   */
  | { kind: "linksReading"; progress: LoadProgress | null }
  /**
   * A big network's companies are shown (with the worker's flows, whole) while their links are
   * built into the graph: whatever counts or follows links waits.
   */
  | { kind: "linksPending"; progress: LoadProgress | null }
  /**
   * The last load failed; `error` is "nothing" when its files held nothing valid. What was shown
   * stays; `stranded` says when that is companies whose links will not come.
   */
  | { kind: "failed"; files: string[]; error: string; stranded: LinksLacking | null };

/** What data handed to the store (setData) holds: whole, or its companies with the links to come. */
export type DataStage = "whole" | LinksLacking;

export const IDLE_STAGE: LoadStage = { kind: "idle" };

/** The companies the stage leaves without links, whichever load put them there. */
function lacking(stage: LoadStage): LinksLacking | null {
  if (stage.kind === "linksReading" || stage.kind === "linksPending") return stage.kind;
  return stage.kind === "failed" ? stage.stranded : null;
}

/** A load reports progress (its start is reading at 0): companies shown without links stay so. */
export function progressed(stage: LoadStage, progress: LoadProgress): LoadStage {
  const kind = lacking(stage);
  return kind ? { kind, progress } : { kind: "loading", progress };
}

/** A load failed, or found nothing valid: what is shown stays, companies without links too. */
export function failed(stage: LoadStage, files: string[], error: string): LoadStage {
  return { kind: "failed", files, error, stranded: lacking(stage) };
}

/**
 * New data is shown. Whole: the load is done. Companies alone: the load goes on showing the
 * progress it had (none after a failure, whose error stays while the links are stranded).
 */
export function dataShown(stage: LoadStage, data: DataStage): LoadStage {
  if (data === "whole") return IDLE_STAGE;
  if (stage.kind === "failed") return { ...stage, stranded: data };
  return { kind: data, progress: stage.kind === "idle" ? null : stage.progress };
}

/** The links of companies shown while they were read are read; null (refused) unless they were being read. */
export function linksRead(stage: LoadStage): LoadStage | null {
  if (lacking(stage) !== "linksReading") return null;
  return stage.kind === "failed" ? { ...stage, stranded: "linksPending" } : { kind: "linksPending", progress: stage.kind === "linksReading" ? stage.progress : null };
}

/** The links of companies shown alone are in the graph: nothing loads any more. Null (refused) unless links were lacking. */
export function linksBuilt(stage: LoadStage): LoadStage | null {
  return lacking(stage) ? IDLE_STAGE : null;
}

/** A summary's ego networks replace its nation's empty graph: that graph holds every link it carries. */
export function egoShown(stage: LoadStage): LoadStage {
  if (stage.kind === "failed") return { ...stage, stranded: null };
  if (stage.kind === "linksReading" || stage.kind === "linksPending") return stage.progress ? { kind: "loading", progress: stage.progress } : IDLE_STAGE;
  return stage;
}

/** The graph shown holds its companies without (all) their links: whatever counts or follows links waits. */
export const linksPending = (stage: LoadStage): boolean => lacking(stage) !== null;

/** The companies shown have their links still read: no flow, link count or whole report yet. */
export const linksReading = (stage: LoadStage): boolean => lacking(stage) === "linksReading";

/** The progress bar of the load in flight; null when none is shown. */
export function loadProgress(stage: LoadStage): LoadProgress | null {
  return stage.kind === "loading" || stage.kind === "linksReading" || stage.kind === "linksPending" ? stage.progress : null;
}
