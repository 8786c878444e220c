// Scenes in a share link (one `scenes` parameter), in saved sessions and in a snapshot bundle.
// Decoding never throws: anything malformed is dropped with a notice, names and captions are
// cleaned of control characters and clipped, and each scene's view query keeps only parameters
// the view codec knows. Values inside a query are checked later, when the scene is shown,
// by decodeView against the data loaded then.
import type { Scene } from "../presentSlice.ts";
import { VIEW_PARAMS } from "./codec.ts";
import { clip } from "./reader.ts";
import type { UrlNotice } from "./values.ts";

export const SCENES_PARAM = "scenes";
export const MAX_SCENES = 50;
export const MAX_SCENE_NAME = 120;
export const MAX_SCENE_CAPTION = 600;
export const MAX_SCENE_QUERY = 4096;
/** Longest `scenes` value read (about 50 full scenes); longer ones are ignored unread. */
export const MAX_SCENES_TEXT = 256 * 1024;
const JSON_FORMAT = 1;
const KNOWN = new Set(VIEW_PARAMS);

export interface DecodedScenes {
  scenes: Scene[];
  notices: UrlNotice[];
}

const notice = (message: string, value = ""): UrlNotice => ({ code: "bad-value", param: SCENES_PARAM, value: clip(value), message });

/** Text safe to show and to store: no control characters (tabs and newlines become spaces), clipped. */
export function cleanText(text: string, max: number): string {
  // Lone surrogates cannot be encoded as UTF-8; they become U+FFFD, as the view codec does.
  const clean = text
    .replace(/[\t\n\r]/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\uFFFE\uFFFF]/g, "")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  return clean.length > max ? clean.slice(0, max) : clean;
}

/** A scene's query with only view parameters kept, in a stable form. */
function cleanQuery(text: string, notices: UrlNotice[]): string {
  const params = new URLSearchParams(text.slice(0, MAX_SCENE_QUERY));
  const out = new URLSearchParams();
  for (const [name, value] of params) {
    if (KNOWN.has(name)) out.append(name, value);
    else notices.push({ code: "unknown-param", param: clip(name), value: clip(value), message: `scene parameter '${clip(name)}' ignored` });
  }
  return out.toString();
}

/** Scenes from plain [name, caption, query] triples of unknown shape. */
function scenesOfTriples(items: unknown, notices: UrlNotice[]): Scene[] {
  if (!Array.isArray(items)) {
    notices.push(notice("scenes are not a list"));
    return [];
  }
  if (items.length > MAX_SCENES) notices.push(notice(`more than ${MAX_SCENES} scenes; the rest were ignored`));
  const scenes: Scene[] = [];
  for (const item of items.slice(0, MAX_SCENES)) {
    const [name, caption, query] = Array.isArray(item) ? (item as unknown[]) : [];
    if (typeof name !== "string" || typeof caption !== "string" || typeof query !== "string") {
      notices.push(notice("a scene without a name, caption and view was ignored"));
      continue;
    }
    scenes.push({ id: `s${scenes.length + 1}`, name: cleanText(name, MAX_SCENE_NAME), caption: cleanText(caption, MAX_SCENE_CAPTION), query: cleanQuery(query, notices) });
  }
  return scenes;
}

const triples = (scenes: readonly Scene[]) => scenes.map((s) => [s.name, s.caption, s.query]);

function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The `scenes` parameter: base64url of the JSON list of [name, caption, query]; "" for none. */
export function encodeScenes(scenes: readonly Scene[]): string {
  return scenes.length === 0 ? "" : toBase64Url(JSON.stringify(triples(scenes)));
}

/** Reads a `scenes` parameter. Never throws. */
export function decodeScenes(text: string): DecodedScenes {
  const notices: UrlNotice[] = [];
  if (text.length > MAX_SCENES_TEXT) return { scenes: [], notices: [{ code: "too-long", param: SCENES_PARAM, value: "", message: "scenes parameter is too long; ignored" }] };
  const json = fromBase64Url(text);
  if (json === null) return { scenes: [], notices: [notice("scenes parameter is not base64url UTF-8", text)] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { scenes: [], notices: [notice("scenes parameter is not JSON", json)] };
  }
  return { scenes: scenesOfTriples(parsed, notices), notices };
}

/** Scenes as a JSON document, for the snapshot bundle. */
export function scenesToJson(scenes: readonly Scene[]): string {
  return JSON.stringify({ format: JSON_FORMAT, scenes: scenes.map((s) => ({ name: s.name, caption: s.caption, view: s.query })) }, null, 2);
}

/** Reads scenesToJson's output (or anything else) without throwing. */
export function scenesFromJson(text: string): DecodedScenes {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.length > MAX_SCENES_TEXT ? "" : text);
  } catch {
    return { scenes: [], notices: [notice("scenes file is not JSON")] };
  }
  const record = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  if (record.format !== JSON_FORMAT || !Array.isArray(record.scenes)) return { scenes: [], notices: [notice("scenes file has an unknown format")] };
  const notices: UrlNotice[] = [];
  const items = record.scenes.map((s: unknown) => {
    const o = typeof s === "object" && s !== null ? (s as Record<string, unknown>) : {};
    return [o.name, o.caption, o.view];
  });
  return { scenes: scenesOfTriples(items, notices), notices };
}
