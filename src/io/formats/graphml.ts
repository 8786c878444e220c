// GraphML as Gephi, NetworkX, yEd and our own writer produce it. <data> values are named by
// their <key>'s attr.name (else the key id) and matched by the same header vocabulary as CSV;
// unknown ones are kept. yEd keeps label, position and colour inside graphics elements
// (y:NodeLabel, y:Geometry, y:Fill): they become label, x, y and color.

import type { FormatReader } from "./types.ts";
import { fileText, textPrefix } from "./textFile.ts";
import type { IssueLog } from "../read/issues.ts";
import { newItem, parseMetadata, setAttribute, valueFits, xmlGraphContent, type GraphItem, type XmlGraph } from "./xmlGraph.ts";
import { parseXml } from "./xmlSax.ts";

interface KeyDef {
  name: string;
  for: string;
  default?: string;
  /** yEd's graphics keys hold markup, not a value. */
  graphics: boolean;
}

const METADATA_KEY = "supply_atlas_metadata";
const MAX_TEXT = 1_000_000;

class GraphmlState {
  readonly graph: XmlGraph = { nodes: [], edges: [], undirected: false, ours: false };
  private readonly keys = new Map<string, KeyDef>();
  private key: KeyDef | null = null;
  private item: GraphItem | null = null;
  private itemKind: "node" | "edge" | "graph" = "graph";
  private data: KeyDef | null = null;
  private text: string | null = null;
  private depth = 0;
  private graphDepth = 0;
  private defaultDirected = false;
  private graphicsLabel: string | null = null;

  constructor(
    private readonly file: string,
    private readonly log: IssueLog,
  ) {}

  private row(): number {
    return this.itemKind === "edge" ? this.graph.edges.length + 1 : this.graph.nodes.length + 1;
  }

  private set(key: string, value: string | undefined): void {
    if (!this.item || value === undefined || this.itemKind === "graph") return;
    if (valueFits(this.log, this.file, this.itemKind, this.row(), key, value)) setAttribute(this.item, key, value);
  }

  open(name: string, a: Record<string, string>): void {
    this.depth++;
    if (this.data?.graphics) return this.openGraphics(name, a);
    switch (name) {
      case "key":
        if (a.id === undefined) break;
        this.key = { name: a["attr.name"] ?? a.id, for: a.for ?? "all", graphics: a["yfiles.type"] !== undefined };
        this.keys.set(a.id, this.key);
        break;
      case "default":
        if (this.key) this.text = "";
        break;
      case "graph":
        // Only the outermost graph sets the default; nested graphs (yEd groups) follow it.
        if (this.graphDepth++ === 0) {
          this.defaultDirected = a.edgedefault === "directed";
          if (!this.defaultDirected) this.graph.undirected = true;
        }
        break;
      case "node":
      case "edge":
        this.startItem(name, a);
        break;
      case "data": {
        const def = a.key === undefined ? undefined : this.keys.get(a.key);
        this.data = def ?? { name: a.key ?? "", for: "all", graphics: false };
        this.text = "";
        break;
      }
    }
  }

  private openGraphics(name: string, a: Record<string, string>): void {
    if (name === "Geometry") [this.set("x", a.x), this.set("y", a.y)];
    else if (name === "Fill" && a.color) this.set("color", a.color);
    else if ((name === "NodeLabel" || name === "EdgeLabel") && this.graphicsLabel === null) this.graphicsLabel = "";
  }

  private startItem(kind: "node" | "edge", a: Record<string, string>): void {
    this.itemKind = kind;
    this.item = newItem(a.id ?? "");
    if (kind === "edge") {
      this.item.source = a.source ?? "";
      this.item.target = a.target ?? "";
      const directed = a.directed === undefined ? this.defaultDirected : a.directed === "true";
      if (!directed) this.graph.undirected = true;
    }
  }

  close(name: string): void {
    this.depth--;
    if (this.data?.graphics && name !== "data") {
      if ((name === "NodeLabel" || name === "EdgeLabel") && this.graphicsLabel !== null) {
        if (this.graphicsLabel.trim()) this.set("label", this.graphicsLabel.trim());
      }
      return;
    }
    switch (name) {
      case "key":
        this.key = null;
        break;
      case "default":
        if (this.key && this.text !== null) this.key.default = this.text;
        this.text = null;
        break;
      case "data":
        this.closeData();
        break;
      case "node":
      case "edge":
        if (this.item && this.itemKind === name) this.finishItem();
        break;
      case "graph":
        this.graphDepth--;
        break;
    }
  }

  private closeData(): void {
    const def = this.data;
    const text = this.text;
    [this.data, this.text, this.graphicsLabel] = [null, null, null];
    if (!def || def.graphics || text === null) return;
    if (this.item && this.itemKind !== "graph") return this.set(def.name, text);
    if (def.name === METADATA_KEY) {
      this.graph.ours = true;
      this.graph.metadata = parseMetadata(text);
    } else if (def.name === "label" || def.name === "name") {
      if (text.trim()) this.graph.label = text.trim();
    }
  }

  private finishItem(): void {
    const item = this.item!;
    const kind = this.itemKind as "node" | "edge";
    for (const def of this.keys.values()) {
      if (def.default !== undefined && (def.for === kind || def.for === "all")) setAttribute(item, def.name, def.default);
    }
    // Drawing keys of our own files are derived from the data; elsewhere they are data.
    if (this.graph.ours) for (const k of ["x", "y", "color", "size"]) delete item.attributes[k];
    (kind === "node" ? this.graph.nodes : this.graph.edges).push(item);
    [this.item, this.itemKind] = [null, "graph"];
  }

  onText(t: string): void {
    if (this.data?.graphics) {
      if (this.graphicsLabel !== null && this.graphicsLabel.length < MAX_TEXT) this.graphicsLabel += t;
    } else if (this.text !== null && this.text.length < MAX_TEXT) {
      this.text += t;
    }
  }
}

export const graphmlReader: FormatReader = {
  id: "graphml",
  sniff: (name, bytes) => /\.graphml$/i.test(name) || /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<graphml[\s>]/.test(textPrefix(bytes)),
  read(file, name, log, summary, hints) {
    summary.kind = "graphml";
    const decoded = fileText(file.bytes, name, log);
    if (!decoded) return null;
    summary.encoding = decoded.encoding;
    const state = new GraphmlState(name, log);
    const outcome = parseXml(decoded.text, "graphml", {
      open: (n, a) => state.open(n, a),
      close: (n) => state.close(n),
      text: (t) => state.onText(t),
    });
    return xmlGraphContent(name, log, "graphml", outcome, state.graph, decoded.text.length, hints);
  },
};
