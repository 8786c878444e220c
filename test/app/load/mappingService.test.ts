import { describe, expect, it } from "vitest";
import { createAtlasApp } from "../../../src/app/createApp.ts";
import { memoryHint } from "../../../src/app/load/sessionService.ts";
import { memoryMappings } from "../../../src/app/load/mappingService.ts";
import { previewMapping } from "../../../src/io/mapping/preview.ts";
import { headerSignature } from "../../../src/io/mapping/columnMapping.ts";
import { parseFiles } from "../../../src/workers/parse/parseJob.ts";
import { memoryBackend } from "../../../src/state/persist/backend.ts";
import { createSessionStore } from "../../../src/state/persist/sessionStore.ts";

const file = (name: string, text: string) => new File([text], name);
const firms = () => file("firms.csv", "id,name,division\na1,가나,서울\na2,다라,부산\na3,마바,울산\n");
const deals = (name = "deals.csv") => file(name, "보낸곳,받은곳\na1,a2\na2,a3\n");

function app() {
  const mappings = memoryMappings();
  const sessions = createSessionStore(memoryBackend());
  const atlas = createAtlasApp({
    url: { read: () => new URLSearchParams(), write: () => true },
    sessions,
    hint: memoryHint(),
    mappings,
    parse: async (files, label, onProgress, given) => parseFiles(files, label, onProgress, given).data,
    preview: async ({ file, mapping, context }) => previewMapping(file, mapping, { context }),
  });
  return { atlas, mappings, sessions };
}

describe("app/mapping service", () => {
  it("previews with live counts, loads with the mapping, remembers it for the same header, and saves it with the data", async () => {
    const { atlas, mappings, sessions } = app();
    await atlas.actions.loadFiles([firms(), deals()]);
    expect(atlas.store.getState().graph?.size).toBe(0);
    expect(atlas.mapping.fileNames()).toEqual(["firms.csv", "deals.csv"]);

    const mapping = { supplier: "보낸곳", buyer: "받은곳" };
    const preview = await atlas.mapping.preview("deals.csv", mapping);
    expect(preview.counts.links).toBe(2);
    expect(preview.without.links).toBe(0);

    await atlas.mapping.apply("deals.csv", mapping, preview.tables[0]!.headers);
    expect(atlas.store.getState().graph?.size).toBe(2);
    expect(mappings.all()[headerSignature(["보낸곳", "받은곳"])]).toEqual(mapping);

    // Another file with the same header reads the same way, with no dialog.
    await atlas.actions.loadFiles([firms(), deals("more-deals.csv")]);
    expect(atlas.store.getState().graph?.size).toBe(2);

    const saved = await sessions.startup();
    expect(saved.ok && saved.value.dataset?.mappings).toEqual(expect.objectContaining({ [headerSignature(["보낸곳", "받은곳"])]: mapping }));
  });
});
