// A dataset's links as typed-array columns, for the parse worker's hand-off to the main thread.
// Posting 50k Link objects (each with its own attributes object) cost 45-90 ms of structured-clone
// deserialisation in one main-thread task at 10k / 50k; the columns are moved with the
// transfer list, the ids travel as one string and only the links with attributes as objects.
// The graph builder reads the columns through a LinkTable, so no Link object is made again.
// Kept out of the worker entry so Node tests can run the same path with structuredClone.
import { LINK_TYPES, type Company, type Link, type LinkType } from "../../model/types.ts";

export interface LinkTransfer {
  /** Number of links; every column has this length. */
  count: number;
  /** Index into dataset.companies of the supplier, or -1 when no company has that id. */
  source: Int32Array;
  /** Index into dataset.companies of the buyer, or -1 when no company has that id. */
  target: Int32Array;
  /** Index into LINK_TYPES. */
  type: Uint8Array;
  /** NaN where the link has no weight. */
  weight: Float64Array;
  /** NaN where the link has no year. */
  year: Float64Array;
  /** 1 where the link is illustrative. */
  illustrative: Uint8Array;
  /** Every link id, concatenated in link order. */
  idText: string;
  /** idEnds[i]: where link i's id ends in idText (UTF-16 units, like String.prototype.slice). */
  idEnds: Int32Array;
  /** Only the links whose attributes object has a key, in increasing index order. */
  attributes: { index: number; attributes: Record<string, string> }[];
}

export interface PackedLinks {
  payload: LinkTransfer;
  /** Pass as postMessage's transfer list (or structuredClone's `transfer`). */
  transfer: ArrayBuffer[];
}

/** Read access to links by index, whether they are Link objects or received columns. */
export interface LinkTable {
  count: number;
  id(i: number): string;
  /** Company id of the supplier; undefined when the link names no known company. */
  source(i: number): string | undefined;
  target(i: number): string | undefined;
  type(i: number): LinkType;
  weight(i: number): number | undefined;
  year(i: number): number | undefined;
  illustrative(i: number): boolean;
  attributes(i: number): Record<string, string>;
}

const fail = (why: string): never => {
  throw new Error(`graph/linkTransfer: ${why}`);
};

/**
 * Packs links as columns. source and target are indexes into `companies` (the first company
 * with that id). The payload's arrays are fresh, so transferring them detaches nothing else.
 */
export function packLinks(links: readonly Link[], companies: readonly Company[]): PackedLinks {
  const index = new Map<string, number>();
  companies.forEach((c, i) => {
    if (!index.has(c.id)) index.set(c.id, i);
  });
  const typeIndex = new Map<string, number>(LINK_TYPES.map((t, i) => [t, i]));
  const m = links.length;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const type = new Uint8Array(m);
  const weight = new Float64Array(m);
  const year = new Float64Array(m);
  const illustrative = new Uint8Array(m);
  const idEnds = new Int32Array(m);
  const ids = new Array<string>(m);
  const attributes: LinkTransfer["attributes"] = [];
  let end = 0;
  for (let i = 0; i < m; i++) {
    const link = links[i]!;
    source[i] = index.get(link.source) ?? -1;
    target[i] = index.get(link.target) ?? -1;
    type[i] = typeIndex.get(link.type) ?? fail(`link ${link.id} has unknown type '${link.type}'`);
    weight[i] = link.weight ?? Number.NaN;
    year[i] = link.year ?? Number.NaN;
    illustrative[i] = link.illustrative === true ? 1 : 0;
    ids[i] = link.id;
    idEnds[i] = end += link.id.length;
    for (const _key in link.attributes) {
      attributes.push({ index: i, attributes: link.attributes });
      break;
    }
  }
  const payload: LinkTransfer = { count: m, source, target, type, weight, year, illustrative, idText: ids.join(""), idEnds, attributes };
  return { payload, transfer: [source, target, type, weight, year, illustrative, idEnds].map((a) => a.buffer as ArrayBuffer) };
}

/** Links as they are, behind the LinkTable interface. */
export function linkTableOf(links: readonly Link[]): LinkTable {
  return {
    count: links.length,
    id: (i) => links[i]!.id,
    source: (i) => links[i]!.source,
    target: (i) => links[i]!.target,
    type: (i) => links[i]!.type,
    weight: (i) => links[i]!.weight,
    year: (i) => links[i]!.year,
    illustrative: (i) => links[i]!.illustrative === true,
    attributes: (i) => links[i]!.attributes,
  };
}

const isTyped = (value: unknown, kind: typeof Int32Array | typeof Uint8Array | typeof Float64Array, length: number) =>
  value instanceof kind && value.length === length;

/**
 * A LinkTable over received columns, for the companies they were packed against. Throws if the
 * payload is malformed: wrong array kinds or lengths, indexes out of range, ids that do not
 * fit idText, or a sparse attribute entry out of range or out of order.
 */
export function unpackLinks(payload: LinkTransfer, companies: readonly Company[]): LinkTable {
  if (typeof payload !== "object" || payload === null) fail("the packed links are not an object");
  const { count: m, source, target, type, weight, year, illustrative, idText, idEnds, attributes } = payload;
  if (!Number.isInteger(m) || m < 0) fail("the packed links have no valid count");
  if (!isTyped(source, Int32Array, m) || !isTyped(target, Int32Array, m) || !isTyped(idEnds, Int32Array, m)) fail("source, target or idEnds is not an Int32Array of the link count");
  if (!isTyped(type, Uint8Array, m) || !isTyped(illustrative, Uint8Array, m)) fail("type or illustrative is not a Uint8Array of the link count");
  if (!isTyped(weight, Float64Array, m) || !isTyped(year, Float64Array, m)) fail("weight or year is not a Float64Array of the link count");
  if (typeof idText !== "string" || !Array.isArray(attributes)) fail("idText or attributes is missing");
  const n = companies.length;
  let previousEnd = 0;
  for (let i = 0; i < m; i++) {
    const s = source[i]!;
    const t = target[i]!;
    if (s < -1 || s >= n || t < -1 || t >= n) fail(`link ${i} points at a company outside the dataset`);
    if (type[i]! >= LINK_TYPES.length) fail(`link ${i} has an unknown type index ${type[i]}`);
    const end = idEnds[i]!;
    if (end < previousEnd) fail(`link ${i}'s id ends before the previous one`);
    previousEnd = end;
  }
  if (previousEnd !== idText.length) fail("the link ids do not fill idText");
  const sparse = new Map<number, Record<string, string>>();
  let previous = -1;
  for (const entry of attributes) {
    const index = entry?.index;
    if (!Number.isInteger(index) || index <= previous || index >= m || typeof entry.attributes !== "object" || entry.attributes === null) {
      fail("an attributes entry is out of range, out of order or not an object");
    }
    sparse.set(index, entry.attributes);
    previous = index;
  }
  const company = (k: number) => (k < 0 ? undefined : companies[k]!.id);
  const number = (v: number) => (Number.isNaN(v) ? undefined : v);
  return {
    count: m,
    id: (i) => idText.slice(i === 0 ? 0 : idEnds[i - 1]!, idEnds[i]!),
    source: (i) => company(source[i]!),
    target: (i) => company(target[i]!),
    type: (i) => LINK_TYPES[type[i]!]!,
    weight: (i) => number(weight[i]!),
    year: (i) => number(year[i]!),
    illustrative: (i) => illustrative[i] === 1,
    // A fresh object per empty link, as a Link read from a file has its own.
    attributes: (i) => sparse.get(i) ?? {},
  };
}
