// The load life cycle's steps, each from every stage: the legal ones move on, the others are
// refused (null) or leave what is shown as it is, as the store did before it kept one stage.
import { describe, expect, it } from "vitest";
import {
  dataShown,
  egoShown,
  failed,
  IDLE_STAGE,
  linksBuilt,
  linksPending,
  linksRead,
  linksReading,
  loadProgress,
  progressed,
  type LoadProgress,
  type LoadStage,
} from "../../src/state/loadStage.ts";

const reading: LoadProgress = { step: "reading", fraction: 0.4 };
const building: LoadProgress = { step: "building", fraction: 0.7 };
const files = ["links.csv"];

const idle: LoadStage = IDLE_STAGE;
const loading: LoadStage = { kind: "loading", progress: reading };
const companiesReading: LoadStage = { kind: "linksReading", progress: reading };
const companiesBuilding: LoadStage = { kind: "linksPending", progress: building };
/** Companies left without links by a load that a newer one replaced, nothing else in flight. */
const strandedReading: LoadStage = { kind: "linksReading", progress: null };
const strandedPending: LoadStage = { kind: "linksPending", progress: null };
const error: LoadStage = { kind: "failed", files, error: "boom", stranded: null };
const errorReading: LoadStage = { kind: "failed", files, error: "boom", stranded: "linksReading" };
const errorPending: LoadStage = { kind: "failed", files, error: "boom", stranded: "linksPending" };

const every = { idle, loading, companiesReading, companiesBuilding, strandedReading, strandedPending, error, errorReading, errorPending };

describe("state/loadStage", () => {
  it("reads links pending, links reading and the progress off each stage", () => {
    const table = Object.entries(every).map(([name, stage]) => [name, linksPending(stage), linksReading(stage), loadProgress(stage)]);
    expect(table).toEqual([
      ["idle", false, false, null],
      ["loading", false, false, reading],
      ["companiesReading", true, true, reading],
      ["companiesBuilding", true, false, building],
      ["strandedReading", true, true, null],
      ["strandedPending", true, false, null],
      ["error", false, false, null],
      ["errorReading", true, true, null],
      ["errorPending", true, false, null],
    ]);
  });

  it("a load's progress (its start too) keeps companies shown without links so", () => {
    expect(progressed(idle, reading)).toEqual({ kind: "loading", progress: reading });
    expect(progressed(loading, building)).toEqual({ kind: "loading", progress: building });
    expect(progressed(error, reading)).toEqual({ kind: "loading", progress: reading });
    expect(progressed(companiesReading, building)).toEqual({ kind: "linksReading", progress: building });
    expect(progressed(companiesBuilding, reading)).toEqual({ kind: "linksPending", progress: reading });
    expect(progressed(strandedReading, reading)).toEqual({ kind: "linksReading", progress: reading });
    expect(progressed(strandedPending, reading)).toEqual({ kind: "linksPending", progress: reading });
    expect(progressed(errorReading, reading)).toEqual({ kind: "linksReading", progress: reading });
    expect(progressed(errorPending, reading)).toEqual({ kind: "linksPending", progress: reading });
  });

  it("a failure shows its error from any stage, keeping companies without links stranded", () => {
    const to = (stage: LoadStage) => failed(stage, ["a.csv"], "nothing");
    for (const stage of [idle, loading, error]) expect(to(stage)).toEqual({ kind: "failed", files: ["a.csv"], error: "nothing", stranded: null });
    for (const stage of [companiesReading, strandedReading, errorReading]) expect(to(stage)).toMatchObject({ kind: "failed", stranded: "linksReading" });
    for (const stage of [companiesBuilding, strandedPending, errorPending]) expect(to(stage)).toMatchObject({ kind: "failed", stranded: "linksPending" });
  });

  it("whole data ends the load from any stage", () => {
    for (const stage of Object.values(every)) expect(dataShown(stage, "whole")).toEqual(IDLE_STAGE);
  });

  it("companies shown alone keep the load's progress, or its error", () => {
    expect(dataShown(loading, "linksReading")).toEqual({ kind: "linksReading", progress: reading });
    expect(dataShown(loading, "linksPending")).toEqual({ kind: "linksPending", progress: reading });
    expect(dataShown(companiesReading, "linksPending")).toEqual({ kind: "linksPending", progress: reading });
    expect(dataShown(strandedPending, "linksReading")).toEqual({ kind: "linksReading", progress: null });
    // Nothing loading: no progress to show (the store's tests hand it companies this way).
    expect(dataShown(idle, "linksPending")).toEqual({ kind: "linksPending", progress: null });
    expect(dataShown(error, "linksPending")).toEqual({ ...error, stranded: "linksPending" });
    expect(dataShown(errorPending, "linksReading")).toEqual({ ...error, stranded: "linksReading" });
  });

  it("links read: only companies whose links were being read move on to building them", () => {
    expect(linksRead(companiesReading)).toEqual({ kind: "linksPending", progress: reading });
    expect(linksRead(strandedReading)).toEqual({ kind: "linksPending", progress: null });
    expect(linksRead(errorReading)).toEqual(errorPending);
    for (const stage of [idle, loading, companiesBuilding, strandedPending, error, errorPending]) expect(linksRead(stage)).toBeNull();
  });

  it("links built: companies without links become whole, nothing else is taken", () => {
    for (const stage of [companiesReading, companiesBuilding, strandedReading, strandedPending, errorReading, errorPending]) expect(linksBuilt(stage)).toEqual(IDLE_STAGE);
    for (const stage of [idle, loading, error]) expect(linksBuilt(stage)).toBeNull();
  });

  it("a summary's ego networks leave no links pending, and the load's progress or error as it was", () => {
    expect(egoShown(idle)).toEqual(idle);
    expect(egoShown(loading)).toEqual(loading);
    expect(egoShown(error)).toEqual(error);
    expect(egoShown(errorPending)).toEqual(error);
    expect(egoShown(companiesBuilding)).toEqual({ kind: "loading", progress: building });
    expect(egoShown(strandedReading)).toEqual(idle);
  });

  it("a whole life cycle: companies while the links are read, then built", () => {
    let stage = progressed(IDLE_STAGE, { step: "reading", fraction: 0 });
    stage = dataShown(stage, "linksReading");
    stage = progressed(stage, reading);
    stage = linksRead(stage)!;
    stage = progressed(stage, building);
    expect(stage).toEqual({ kind: "linksPending", progress: building });
    expect(linksBuilt(stage)).toEqual(IDLE_STAGE);
  });
});
