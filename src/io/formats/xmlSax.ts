// Streaming XML for the GEXF and GraphML readers, through saxes: it runs in Node and in
// workers (no DOMParser there) and never expands DTD entities. A DOCTYPE is refused outright,
// since entity definitions are how "billion laughs" files blow up; nothing in a file is ever
// run. Element and attribute names are seen without their prefix ("viz:color" -> "color").

import { SaxesParser } from "saxes";

export interface XmlHandlers {
  /** The root element's local name is checked before any handler sees it. */
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  /** Character data and CDATA, as the parser gives it (several calls per element possible). */
  text(text: string): void;
}

export type XmlOutcome =
  | { ok: true }
  /** `started`: whether the root element was open, i.e. some content may have been read. */
  | { ok: false; started: boolean; message: string };

const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
};

class Stop extends Error {}

export function parseXml(text: string, root: string, handlers: XmlHandlers): XmlOutcome {
  const parser = new SaxesParser({ position: true });
  let started = false;
  let failure: string | null = null;
  const where = () => `line ${parser.line}, column ${parser.column}`;
  const stop = (message: string): never => {
    failure ??= message;
    throw new Stop(message);
  };
  parser.on("doctype", () => stop(`DOCTYPE declarations are not accepted (entity definitions could expand without limit), at ${where()}`));
  parser.on("error", (e) => stop(`not well-formed XML at ${where()}: ${e.message.replace(/^(?:.*?:)?\d+:\d+: /, "")}`));
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    if (!started) {
      if (name !== root) stop(`root element is <${tag.name}>, expected <${root}>`);
      started = true;
    }
    handlers.open(name, tag.attributes as Record<string, string>);
  });
  parser.on("closetag", (tag) => handlers.close(localName(tag.name)));
  parser.on("text", (t) => handlers.text(t));
  parser.on("cdata", (t) => handlers.text(t));
  try {
    parser.write(text).close();
  } catch (e) {
    if (!(e instanceof Stop)) failure ??= `${(e as Error).message}`;
  }
  if (!started && failure === null) failure = `no <${root}> element`;
  return failure === null ? { ok: true } : { ok: false, started, message: failure };
}
