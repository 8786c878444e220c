// GEXF and GraphML as other tools write them, and files meant to hurt: each gives the same
// dataset as the CSV readers would, or a clear message naming the file and element.

import { describe, expect, it } from "vitest";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { brief, textFile } from "../helpers.ts";

// As Gephi 0.10 writes GEXF 1.3 (abridged): labels, typed attributes, viz, dynamic spells.
const GEPHI_GEXF = `<?xml version='1.0' encoding='UTF-8'?>
<gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz">
  <meta lastmodifieddate="2026-01-01"><creator>Gephi 0.10.1</creator></meta>
  <graph defaultedgetype="directed" mode="dynamic" timeformat="double">
    <attributes class="node" mode="static">
      <attribute id="시도" title="시도" type="string"/>
      <attribute id="업종" title="업종" type="string"/>
      <attribute id="memo" title="memo" type="string"><default>없음</default></attribute>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="거래유형" title="거래유형" type="string"/>
    </attributes>
    <nodes>
      <node id="a" label="구영테크"><attvalues><attvalue for="시도" value="대구"/><attvalue for="업종" value="배터리"/></attvalues>
        <viz:size value="10.0"/><viz:position x="1.5" y="-2.0"/><viz:color r="255" g="0" b="16"/></node>
      <node id="b" label="오토렉스"><attvalues><attvalue for="시도" value="울산"/><attvalue for="memo" value="=1+1"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="0" source="a" target="b" weight="350.0"><attvalues><attvalue for="거래유형" value="생산"/></attvalues>
        <spells><spell start="2023.0" end="2023.0"/></spells></edge>
    </edges>
  </graph>
</gexf>`;

// As NetworkX 3 writes GEXF 1.2draft for an undirected graph.
const NETWORKX_GEXF = `<?xml version='1.0' encoding='utf-8'?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph defaultedgetype="undirected" mode="static" name="">
<attributes class="node" mode="static"><attribute id="0" title="division" type="string"/></attributes>
<nodes><node id="x" label="서울에프앤비"><attvalues><attvalue for="0" value="KR-11"/></attvalues></node>
<node id="y" label="부산메탈"><attvalues><attvalue for="0" value="부산"/></attvalues></node></nodes>
<edges><edge source="x" target="y" id="0"/></edges></graph></gexf>`;

// As yEd writes GraphML: label and geometry inside graphics data.
const YED_GRAPHML = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d0" yfiles.type="nodegraphics"/>
  <key attr.name="region" attr.type="string" for="node" id="d1"/>
  <key attr.name="year" attr.type="int" for="edge" id="d2"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d1">경기</data><data key="d0"><y:ShapeNode><y:Geometry x="10" y="20" width="30" height="30"/><y:Fill color="#FFCC00" transparent="false"/><y:NodeLabel>삼성전자</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d1">충남</data><data key="d0"><y:ShapeNode><y:NodeLabel>한화</y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"><data key="d2">2024</data></edge>
  </graph>
</graphml>`;

describe("io/gexf and io/graphml: files from other tools", () => {
  it("reads Gephi's GEXF: Korean attribute titles, defaults, viz kept as attributes, the spell as the year", () => {
    const ds = readFiles([textFile("gephi.gexf", GEPHI_GEXF)]);
    expect(ds.report.rejected).toEqual([]);
    expect(ds.report.files[0]).toMatchObject({ kind: "gexf", rows: 3 });
    const [a, b] = ds.companies;
    expect(a).toMatchObject({ id: "a", name: "구영테크", division: "KR-27", industry: "배터리" });
    expect(a?.attributes).toEqual({ memo: "없음", color: "#ff0010", x: "1.5", y: "-2.0", size: "10.0" });
    expect(b?.attributes.memo).toBe("=1+1");
    expect(ds.links).toEqual([expect.objectContaining({ id: "0", source: "a", target: "b", type: "production", weight: 350, year: 2023 })]);
  });

  it("reads the amount from `amount` when a file has one, and from the GEXF weight in older files", () => {
    const edges = (declared: string, attvalue: string) => GEPHI_GEXF
      .replace('<attribute id="거래유형" title="거래유형" type="string"/>', `<attribute id="거래유형" title="거래유형" type="string"/>${declared}`)
      .replace('<attvalue for="거래유형" value="생산"/>', `<attvalue for="거래유형" value="생산"/>${attvalue}`);
    // Re-saved by Gephi: the drawing weight stays, as gexf_weight, beside the amount.
    const resaved = readFiles([textFile("g.gexf", edges('<attribute id="amount" title="amount" type="double"/>', '<attvalue for="amount" value="12842"/>'))]);
    expect(resaved.links).toEqual([expect.objectContaining({ weight: 12842, attributes: { gexf_weight: "350.0" } })]);
    // Declared but empty on this edge (a link without an amount): the drawing weight is not an amount.
    const empty = readFiles([textFile("g.gexf", edges('<attribute id="amount" title="amount" type="double"/>', ""))]);
    expect(empty.links[0]?.weight).toBeUndefined();
    // Our own older files: weight was the amount.
    expect(readFiles([textFile("g.gexf", GEPHI_GEXF.replace("Gephi 0.10.1", "Supply Atlas 0.9.0"))]).links[0]?.weight).toBe(350);
  });

  it("reads an undirected NetworkX GEXF 1.2 and says the direction is unknown", () => {
    const ds = readFiles([textFile("nx.gexf", NETWORKX_GEXF)]);
    expect(ds.companies.map((c) => [c.id, c.division])).toEqual([["x", "KR-11"], ["y", "KR-26"]]);
    expect(ds.links).toHaveLength(1);
    expect(ds.report.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining("undirected"));
    expect(ds.report.warnings.map((w) => w.reason)).toContain("undirected-graph");
  });

  it("reads yEd GraphML: labels, geometry and fill from the graphics data", () => {
    const ds = readFiles([textFile("yed.graphml", YED_GRAPHML)]);
    expect(ds.report.rejected).toEqual([]);
    expect(ds.companies[0]).toMatchObject({ id: "n0", name: "삼성전자", division: "KR-41", attributes: { x: "10", y: "20", color: "#FFCC00" } });
    expect(ds.links[0]).toMatchObject({ source: "n0", target: "n1", year: 2024 });
  });

  it("applies the same checks as CSV: unknown division, duplicate id, link to an unknown node", () => {
    const gexf = `<gexf version="1.3"><graph defaultedgetype="directed">
      <attributes class="node"><attribute id="0" title="division" type="string"/></attributes>
      <nodes><node id="a" label="A"><attvalues><attvalue for="0" value="경기북도"/></attvalues></node>
      <node id="b" label="B"><attvalues><attvalue for="0" value="서울"/></attvalues></node>
      <node id="b" label="B2"><attvalues><attvalue for="0" value="서울"/></attvalues></node>
      <node id="c" label="C"><attvalues><attvalue for="0" value="부산"/></attvalues></node></nodes>
      <edges><edge source="b" target="zz"/><edge source="b" target="c"/></edges></graph></gexf>`;
    const ds = readFiles([textFile("checks.gexf", gexf)]);
    expect(brief(ds.report.rejected)).toEqual([
      ["checks.gexf", 3, "duplicate-id"],
      ["checks.gexf", 1, "unknown-company"],
    ]);
    expect(ds.report.rejected[1]?.message).toMatch(/^edge 1: /);
    // An unknown division is said, and the node kept without one.
    expect(brief(ds.report.warnings)).toEqual([["checks.gexf", 1, "unknown-division"]]);
    expect(ds.report.warnings[0]?.message).toMatch(/^node 1: unknown division '경기북도'/);
    expect(ds.companies.map((c) => [c.id, c.division])).toEqual([["a", ""], ["b", "KR-11"], ["c", "KR-26"]]);
    expect(ds.links).toHaveLength(1);
  });
});

describe("io/gexf and io/graphml: hostile files", () => {
  it("refuses a DOCTYPE with entity definitions (billion laughs) without expanding anything", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "lollollollol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>
      <gexf><graph><nodes><node id="x" label="&c;"/></nodes></graph></gexf>`;
    const ds = readFiles([textFile("lol.gexf", lol)]);
    expect(ds.companies).toEqual([]);
    expect(ds.report.rejected).toEqual([expect.objectContaining({ file: "lol.gexf", row: 0, reason: "unknown-format", message: expect.stringContaining("DOCTYPE") })]);
  });

  it("names the wrong root element and malformed XML with its line", () => {
    const wrong = readFiles([textFile("wrong.graphml", `<?xml version="1.0"?><html><script>alert(1)</script></html>`)]);
    expect(wrong.report.rejected[0]?.message).toContain("root element is <html>, expected <graphml>");
    const broken = readFiles([textFile("broken.gexf", `<gexf>\n<graph>\n<nodes><node id="a" label="x"></nodes>`)]);
    expect(broken.report.rejected[0]).toMatchObject({ file: "broken.gexf", row: 0 });
    expect(broken.report.rejected[0]?.message).toMatch(/line 3/);
  });

  it("keeps the complete elements before a break and says how many", () => {
    const text = `<graphml><key id="d" for="node" attr.name="division"/><graph edgedefault="directed">
      <node id="a"><data key="d">서울</data><data key="n">A</data></node><node id="b"><data key="d">부산</data><data key="n">B</data></node><node id="c"><data key="d">`;
    const ds = readFiles([textFile("cut.graphml", text.replaceAll('key="n"', 'key="name"'))]);
    expect(ds.companies.map((c) => c.name)).toEqual(["A", "B"]);
    expect(ds.report.rejected[0]?.message).toMatch(/breaks off.*2 nodes and 0 edges/);
  });

  it("keeps hostile text as text: markup, CDATA ends and scripts are values, never run", () => {
    const gexf = `<gexf><graph defaultedgetype="directed"><attributes class="node"><attribute id="0" title="division"/><attribute id="1" title="note"/></attributes><nodes>
      <node id="&lt;script&gt;" label="]]&gt; &lt;script&gt;alert(1)&lt;/script&gt; &amp;"><attvalues><attvalue for="0" value="서울"/><attvalue for="1" value="=cmd|' /C calc'!A0"/></attvalues></node>
      </nodes></graph></gexf>`;
    const ds = readFiles([textFile("hostile.gexf", gexf)]);
    expect(ds.report.rejected).toEqual([]);
    expect(ds.companies[0]).toMatchObject({ id: "<script>", name: "]]> <script>alert(1)</script> &", attributes: { note: "=cmd|' /C calc'!A0" } });
  });

  it("reports a character XML forbids (a control character reference) as malformed, with its line", () => {
    const ds = readFiles([textFile("control.gexf", `<gexf><graph>\n<nodes><node id="a" label="&#x7;"/></nodes></graph></gexf>`)]);
    expect(ds.companies).toEqual([]);
    expect(ds.report.rejected).toEqual([expect.objectContaining({ file: "control.gexf", row: 0, reason: "unknown-format", message: expect.stringMatching(/not well-formed XML at line 2/) })]);
  });

  it("drops a huge attribute value with a warning naming the element, and reads the rest", () => {
    const huge = "가".repeat(100_000);
    const gexf = `<gexf><graph defaultedgetype="directed"><attributes class="node"><attribute id="0" title="division"/><attribute id="1" title="note"/></attributes><nodes>
      <node id="a" label="A"><attvalues><attvalue for="0" value="서울"/><attvalue for="1" value="${huge}"/></attvalues></node></nodes></graph></gexf>`;
    const ds = readFiles([textFile("huge.gexf", gexf)]);
    expect(ds.companies).toEqual([expect.objectContaining({ id: "a", attributes: {} })]);
    expect(ds.report.warnings).toContainEqual(expect.objectContaining({ file: "huge.gexf", row: 1, message: expect.stringMatching(/node 1: attribute 'note' is 100000 characters long/) }));
  });
});
