// The hot loop of division flows: every link lands in a typed-array cell indexed by small
// integers, so half a million links cost two Map lookups and four array writes each, with no
// per-link objects or key strings. Objects are made only when the matrix is materialised.

import { LINK_TYPES, NO_DIVISION, type DivisionCode, type LinkType } from "../../model/types.ts";
import type { RegionScale } from "../../model/scale.ts";
import { unitCodesOf, unitOf } from "../../regions/units.ts";
import type { FlowCell, FlowStat } from "../../model/flows.ts";

const TYPES = LINK_TYPES.length;
const TYPE_INDEX = new Map<string, number>(LINK_TYPES.map((t, i) => [t, i]));
// A graph read from a foreign file may carry a type the readers never produce; count it, as "other".
const OTHER = LINK_TYPES.indexOf("other");

/**
 * Index of NO_DIVISION: a company the data does not place is in no division, so its links
 * form no flow and count neither as internal nor as cross links: add() counts them in `links` only.
 */
export const UNPLACED = -2;

export class FlowAccumulator {
  /** The scale the links are aggregated under (the field keeps its old name: bundles and matrices use it). */
  readonly vintage: RegionScale;
  /** Display codes: the scale's regions in registry order, then unknown codes as first seen. */
  readonly codes: DivisionCode[];
  /** Links added: cross, internal, and those with an unplaced end (in no cell, but links all the same). */
  links = 0;
  /** Place key (municipality or stored division code) -> display index; unitOf runs once per key, not per link. */
  private readonly index = new Map<string, number>();
  private readonly display = new Map<string, number>();
  private stride: number;
  // Cell (from, to, type) lives at ((from * stride) + to) * TYPES + type.
  private counts: Float64Array;
  private weights: Float64Array;

  constructor(scale: RegionScale) {
    this.vintage = scale;
    this.codes = unitCodesOf(scale);
    this.codes.forEach((code, i) => this.display.set(code, i));
    this.stride = this.codes.length;
    this.counts = new Float64Array(this.stride * this.stride * TYPES);
    this.weights = new Float64Array(this.stride * this.stride * TYPES);
  }

  /**
   * Display index of a place key (a company's `place`: municipality code, or stored division
   * code). A unit the scale does not list (a hand-made graph's code, KR-GJN stored under vintage
   * 2023, a division's companies without a municipality at the municipality level) becomes a
   * region of its own rather than silently losing its links.
   */
  divisionIndex(key: DivisionCode): number {
    if (key === NO_DIVISION) return UNPLACED;
    const known = this.index.get(key);
    if (known !== undefined) return known;
    const unit = unitOf(key, this.vintage);
    let i = this.display.get(unit);
    if (i === undefined) {
      i = this.codes.length;
      this.codes.push(unit);
      this.display.set(unit, i);
      if (this.codes.length > this.stride) this.grow(this.stride * 2);
    }
    this.index.set(key, i);
    return i;
  }

  /** Display index of a place key whose region the scale lists (or was met before); undefined otherwise, and nothing is added. */
  knownIndex(key: DivisionCode): number | undefined {
    if (key === NO_DIVISION) return UNPLACED;
    const known = this.index.get(key);
    if (known !== undefined) return known;
    const i = this.display.get(unitOf(key, this.vintage));
    if (i !== undefined) this.index.set(key, i);
    return i;
  }

  /** One link from division index `from` to `to`; a missing or non-finite weight adds 0. */
  add(from: number, to: number, type: LinkType, weight: number | undefined): void {
    this.addIndexed(from, to, TYPE_INDEX.get(type) ?? OTHER, weight);
  }

  /** One link, its type given as its index in LINK_TYPES. */
  addIndexed(from: number, to: number, type: number, weight: number | undefined): void {
    if (from < 0 || to < 0) {
      this.links++;
      return;
    }
    const k = (from * this.stride + to) * TYPES + type;
    this.counts[k]!++;
    if (weight !== undefined && Number.isFinite(weight)) this.weights[k]! += weight;
    this.links++;
  }

  /** `count` links at once (an aggregate's row) with their summed weight. */
  addCount(from: number, to: number, type: LinkType, count: number, weight: number): void {
    if (from < 0 || to < 0) {
      this.links += count;
      return;
    }
    const k = (from * this.stride + to) * TYPES + (TYPE_INDEX.get(type) ?? OTHER);
    this.counts[k]! += count;
    if (Number.isFinite(weight)) this.weights[k]! += weight;
    this.links += count;
  }

  /** Links between two display indexes, all types. */
  count(from: number, to: number): number {
    const base = (from * this.stride + to) * TYPES;
    let n = 0;
    for (let t = 0; t < TYPES; t++) n += this.counts[base + t]!;
    return n;
  }

  cell(from: number, to: number): FlowCell {
    const base = (from * this.stride + to) * TYPES;
    const byType = {} as Record<LinkType, FlowStat>;
    let count = 0;
    let weight = 0;
    LINK_TYPES.forEach((type, t) => {
      const stat = { count: this.counts[base + t]!, weight: this.weights[base + t]! };
      byType[type] = stat;
      count += stat.count;
      weight += stat.weight;
    });
    return { count, weight, byType };
  }

  private grow(stride: number): void {
    const counts = new Float64Array(stride * stride * TYPES);
    const weights = new Float64Array(stride * stride * TYPES);
    for (let f = 0; f < this.stride; f++) {
      for (let t = 0; t < this.stride; t++) {
        const from = (f * this.stride + t) * TYPES;
        const to = (f * stride + t) * TYPES;
        counts.set(this.counts.subarray(from, from + TYPES), to);
        weights.set(this.weights.subarray(from, from + TYPES), to);
      }
    }
    [this.stride, this.counts, this.weights] = [stride, counts, weights];
  }
}
