// GEXF 1.1-1.3 as Gephi, Gephi Lite, NetworkX and our own writer produce it. Nodes become
// companies and edges links through the same row readers as CSV: attribute titles are
// matched by the same header vocabulary ("label" is the name, "link_type" the type, ...).
// Unknown attributes are kept; viz position, colour and size are kept as x, y, color, size
// (the app places companies by division anyway); a link without a year takes its spell's.
// When the file declares an edge attribute `amount` (or an edge has one), the amount is there
// and the GEXF weight is a drawing weight (ours since 2026-12, see write/gephiScale.ts): dropped for our files, kept as
// `gexf_weight` for others. Without `amount` the weight is the amount, as in older files.

import type { FormatReader } from "./types.ts";
import { fileText, textPrefix } from "./textFile.ts";
import type { IssueLog } from "../read/issues.ts";
import { newItem, parseMetadata, rgbHex, setAttribute, valueFits, xmlGraphContent, yearOf, type GraphItem, type XmlGraph } from "./xmlGraph.ts";
import { parseXml } from "./xmlSax.ts";

interface AttributeDef {
  title: string;
  default?: string;
}

/** SAX state of one GEXF file. */
class GexfState {
  readonly graph: XmlGraph = { nodes: [], edges: [], undirected: false, ours: false };
  private readonly defs = { node: new Map<string, AttributeDef>(), edge: new Map<string, AttributeDef>() };
  private defClass: "node" | "edge" | null = null;
  private def: AttributeDef | null = null;
  private item: GraphItem | null = null;
  private itemKind: "node" | "edge" = "node";
  private defaultDirected = true;
  private text: string | null = null;
  private textOf: "creator" | "description" | "default" | null = null;
  private spellYear: string | undefined;
  private edgeWeight: string | undefined;
  /** Known at the first edge: declarations come before the edges. */
  private amountDeclared: boolean | undefined;

  constructor(
    private readonly file: string,
    private readonly log: IssueLog,
  ) {}

  private row(): number {
    return this.itemKind === "node" ? this.graph.nodes.length + 1 : this.graph.edges.length + 1;
  }

  private set(key: string, value: string | undefined): void {
    if (!this.item || value === undefined) return;
    if (valueFits(this.log, this.file, this.itemKind, this.row(), key, value)) setAttribute(this.item, key, value);
  }

  open(name: string, a: Record<string, string>): void {
    switch (name) {
      case "graph":
        this.defaultDirected = (a.defaultedgetype ?? "undirected") === "directed";
        if (!this.defaultDirected) this.graph.undirected = true;
        break;
      case "creator":
      case "description":
        this.text = "";
        this.textOf = name;
        break;
      case "attributes":
        this.defClass = a.class === "edge" ? "edge" : a.class === "node" ? "node" : null;
        break;
      case "attribute":
        if (this.defClass && a.id !== undefined) {
          this.def = { title: a.title ?? a.id };
          this.defs[this.defClass].set(a.id, this.def);
        }
        break;
      case "default":
        if (this.def) [this.text, this.textOf] = ["", "default"];
        break;
      case "node":
        this.startItem("node", a);
        break;
      case "edge":
        this.startItem("edge", a);
        break;
      case "attvalue": {
        const key = a.for ?? a.id;
        if (key === undefined || !this.item) break;
        this.set(this.defs[this.itemKind].get(key)?.title ?? key, a.value);
        break;
      }
      case "spell":
        this.spellYear ??= yearOf(a.start ?? a.end);
        break;
      case "color":
        if (!this.graph.ours) this.set("color", a.hex ?? rgbHex(a.r, a.g, a.b));
        break;
      case "position":
        if (!this.graph.ours) [this.set("x", a.x), this.set("y", a.y)];
        break;
      case "size":
      case "thickness":
        if (!this.graph.ours) this.set("size", a.value);
        break;
    }
  }

  private startItem(kind: "node" | "edge", a: Record<string, string>): void {
    this.itemKind = kind;
    this.spellYear = undefined;
    this.edgeWeight = undefined;
    this.item = newItem(a.id ?? "");
    if (a.label !== undefined) this.set("label", a.label);
    if (kind === "edge") {
      this.item.source = a.source ?? "";
      this.item.target = a.target ?? "";
      this.edgeWeight = a.weight;
      const type = a.type;
      if (type === "undirected" || type === "mutual" || (type === undefined && !this.defaultDirected)) this.graph.undirected = true;
      this.spellYear = yearOf(a.start);
    }
  }

  close(name: string): void {
    if ((name === "node" || name === "edge") && this.item && name === this.itemKind) return this.finishItem();
    if (name === "attribute") this.def = null;
    if (name === "attributes") this.defClass = null;
    if (this.textOf && name === this.textOf && this.text !== null) {
      if (name === "creator") this.graph.ours = this.text.trim().startsWith("Supply Atlas");
      if (name === "description" && this.graph.ours) this.graph.metadata = parseMetadata(this.text);
      if (name === "default" && this.def) this.def.default = this.text;
      [this.text, this.textOf] = [null, null];
    }
  }

  private finishItem(): void {
    const item = this.item!;
    for (const def of this.defs[this.itemKind].values()) {
      if (def.default !== undefined) setAttribute(item, def.title, def.default);
    }
    if (this.itemKind === "edge" && this.spellYear !== undefined) setAttribute(item, "year", this.spellYear);
    if (this.itemKind === "edge" && this.edgeWeight !== undefined) {
      const amountDeclared = this.amountDeclared ??= [...this.defs.edge.values()].some((d) => d.title === "amount");
      if (!amountDeclared && !Object.hasOwn(item.attributes, "amount")) this.set("weight", this.edgeWeight);
      else if (!this.graph.ours) this.set("gexf_weight", this.edgeWeight);
    }
    // Our writer puts the name in both label and a "name" attribute; one copy is enough.
    if (item.attributes.label !== undefined && item.attributes.label === item.attributes.name) delete item.attributes.label;
    (this.itemKind === "node" ? this.graph.nodes : this.graph.edges).push(item);
    this.item = null;
  }

  onText(t: string): void {
    if (this.text !== null && this.text.length <= 1_000_000) this.text += t;
  }
}

export const gexfReader: FormatReader = {
  id: "gexf",
  sniff: (name, bytes) => /\.gexf$/i.test(name) || /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<gexf[\s>]/.test(textPrefix(bytes)),
  read(file, name, log, summary, hints) {
    summary.kind = "gexf";
    const decoded = fileText(file.bytes, name, log);
    if (!decoded) return null;
    summary.encoding = decoded.encoding;
    const state = new GexfState(name, log);
    const outcome = parseXml(decoded.text, "gexf", {
      open: (n, a) => state.open(n, a),
      close: (n) => state.close(n),
      text: (t) => state.onText(t),
    });
    return xmlGraphContent(name, log, "gexf", outcome, state.graph, decoded.text.length, hints);
  },
};
