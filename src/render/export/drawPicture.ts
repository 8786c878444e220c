// The picture, drawn through a pen in the screen's order: provinces and their names, links,
// flows (under or over the companies, as on screen), companies, company labels where the screen
// placed them, division names again over everything, community halos and names, then the
// legend, title, caption and source line. The PNG painter and the SVG writer both run this walk,
// so the two files agree element for element. A generator: a large network is drawn in slices.
import { drawDivisionNames, drawProvinces } from "../layers/provinceLayer.ts";
import { drawFlowScene } from "../layers/flowLayer.ts";
import { drawHalos } from "../layers/clusterOverlays.ts";
import { mapTheme } from "../../style/mapTheme.ts";
import type { Pen } from "../pen/types.ts";
import { edgeShape } from "./geometry.ts";
import type { PictureLayout } from "./layout.ts";
import { drawLegend } from "./drawLegend.ts";
import type { PictureOptions, PictureScene } from "./types.ts";

const CHUNK = 4000;

/** Work items of a picture, for progress. */
export function pictureWork(scene: PictureScene): number {
  return scene.provinces.shapes.length + scene.edges.length + scene.flows.flows.length + scene.nodes.length + scene.labels.length + 4;
}

/** Steps of the walk; each yields how many work items it covered. */
export function* drawPicture(pen: Pen, scene: PictureScene, layout: PictureLayout, options: PictureOptions): Generator<number> {
  const { ink } = options;
  const theme = mapTheme(scene.theme);
  pen.rect(0, 0, layout.units.width, layout.units.height, scene.background);
  if (layout.title) pen.text(layout.title.text, layout.title.x, layout.title.y + layout.title.size, { size: layout.title.size, weight: "700", fill: ink.text });
  const { map } = layout;
  pen.open("map", { translate: { x: map.x, y: map.y }, clip: { width: map.width, height: map.height } });
  // The picture starts where the panels over the map leave it in sight.
  pen.open("view", { translate: { x: -scene.view.x, y: -scene.view.y } });

  const { provinces } = scene;
  if (provinces.visible) {
    pen.open("provinces");
    drawProvinces(pen, provinces.shapes, scene.transform, { fill: (code) => provinces.fills.get(code) ?? theme.land, stroke: provinces.stroke, names: provinces.names });
    pen.close();
  }
  yield provinces.shapes.length;

  pen.open("links");
  for (let start = 0; start < scene.edges.length; start += CHUNK) {
    for (const e of scene.edges.slice(start, start + CHUNK)) {
      const { end, arrow } = edgeShape(e);
      pen.curve({ x0: e.x0, y0: e.y0, cx: e.cx, cy: e.cy, x1: end.x, y1: end.y }, e.color, e.width);
      if (arrow) pen.polygon(arrow, e.color);
    }
    yield Math.min(CHUNK, scene.edges.length - start);
  }
  pen.close();

  const flows = function* () {
    pen.open("flows");
    drawFlowScene(pen, { ...scene.flows, highlight: null }, scene.transform);
    pen.close();
    yield scene.flows.flows.length;
  };
  if (!scene.companiesUnderFlows) yield* flows();
  pen.open("companies");
  for (let start = 0; start < scene.nodes.length; start += CHUNK) {
    for (const n of scene.nodes.slice(start, start + CHUNK)) pen.circle(n.x, n.y, n.r, n.color);
    yield Math.min(CHUNK, scene.nodes.length - start);
  }
  pen.close();
  if (scene.companiesUnderFlows) yield* flows();

  pen.open("company-labels");
  for (const l of scene.labels) pen.text(l.text, l.x, l.y, scene.labelStyle);
  pen.close();
  pen.open("division-names");
  drawDivisionNames(pen, scene.divisionNames, scene.transform, provinces.names);
  pen.close();
  pen.open("halos");
  drawHalos(pen, scene.halos, theme);
  pen.close();
  pen.close();
  pen.close();
  yield scene.labels.length;

  if (layout.legend && options.legend) drawLegend(pen, layout.legend, layout.legend, ink);
  const { caption, source } = layout;
  if (caption) {
    pen.open("caption");
    caption.lines.forEach((line, i) => pen.text(line, caption.x, caption.y + (i + 1) * (caption.size + 6) - 6, { size: caption.size, weight: "400", fill: ink.text }));
    pen.close();
  }
  if (source) {
    pen.open("source");
    pen.text(source.text, source.x, source.y + source.size, { size: source.size, weight: "400", fill: ink.muted });
    pen.close();
  }
  yield 4;
}
