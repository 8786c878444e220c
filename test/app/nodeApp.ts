// The app as Node runs it in tests: files parsed in place, nothing kept, no workers (the force
// layout and the metrics never answer).
import { createAtlasApp, type AppDeps } from "../../src/app/createApp.ts";
import { memoryHint } from "../../src/app/load/sessionService.ts";
import { parseFiles } from "../../src/workers/parse/parseJob.ts";
import { memoryBackend } from "../../src/state/persist/backend.ts";
import { createSessionStore } from "../../src/state/persist/sessionStore.ts";
import type { NamedBuffer } from "../../src/model/types.ts";
import { syntheticNetwork } from "../../scripts/lib/synthetic.ts";

/** `deps` replaces any of these (a metrics run that answers, say). */
export function nodeApp(deps: AppDeps = {}) {
  return createAtlasApp({
    url: { read: () => new URLSearchParams(), write: () => true },
    parse: async (files, label, onProgress) => parseFiles(files, label, onProgress).data,
    sessions: createSessionStore(memoryBackend()),
    hint: memoryHint(),
    startForce: () => ({ stop: () => undefined }),
    runMetrics: () => ({ promise: new Promise(() => undefined), cancel: () => undefined }),
    ...deps,
  });
}

/** A generated network as the two CSV files a user would choose. */
export function generatedFiles(companies: number, links: number, seed: number): NamedBuffer[] {
  const net = syntheticNetwork({ companies, links, seed });
  return [
    { name: "companies.csv", buffer: new TextEncoder().encode(net.companiesCsv).buffer },
    { name: "links.csv", buffer: new TextEncoder().encode(net.linksCsv).buffer },
  ];
}
