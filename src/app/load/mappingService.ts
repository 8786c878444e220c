import { headerSignature, type ColumnMapping, type MappingSet } from "../../io/mapping/columnMapping.ts";
import type { PreviewResult } from "../../io/mapping/preview.ts";
import type { MappingRequest } from "../../workers/mapping/mapping.worker.ts";
import type { SessionService } from "./sessionService.ts";

/** Mappings remembered by header signature, so the next file with the same header reads the same way. */
export interface MappingMemory {
  all(): MappingSet;
  remember(signature: string, mapping: ColumnMapping): void;
}

export type PreviewFn = (request: MappingRequest) => Promise<PreviewResult>;

export interface MappingService {
  /** Names of the files on screen that a mapping can be given for. */
  fileNames(): string[];
  /** What loading with `mapping` would give, worked out in a worker. */
  preview(fileName: string, mapping: ColumnMapping | undefined): Promise<PreviewResult>;
  /** Loads the files on screen again with `mapping` for this file, and remembers it for files with the same header. */
  apply(fileName: string, mapping: ColumnMapping, headers: readonly string[]): Promise<void>;
  /** Every remembered mapping, for the next load of any file. */
  remembered(): MappingSet;
}

export function createMappingService(session: SessionService, memory: MappingMemory, previewFn: PreviewFn): MappingService {
  const filesOf = () => session.lastLoad()?.files ?? [];
  return {
    fileNames: () => filesOf().map((f) => f.name),
    async preview(fileName, mapping) {
      const files = filesOf();
      const file = files.find((f) => f.name === fileName);
      if (!file) throw new Error(`app/mapping: '${fileName}' is not on screen`);
      // Every other file of the load is context: a links file names the companies of its neighbour.
      return previewFn({ file, mapping, context: files.filter((f) => f !== file) });
    },
    async apply(fileName, mapping, headers) {
      const last = session.lastLoad();
      if (!last) return;
      const signature = headerSignature(headers);
      memory.remember(signature, mapping);
      const mappings: MappingSet = { ...memory.all(), ...last.mappings, [fileName]: mapping, [signature]: mapping };
      const buffers = last.files.map(({ name, bytes }) => ({ name, buffer: bytes.slice().buffer }));
      await session.loadAndKeep(buffers, last.label, mappings);
    },
    remembered: () => memory.all(),
  };
}

const isMapping = (v: unknown): v is ColumnMapping =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every((h) => typeof h === "string");

/** In localStorage: small, synchronous, and read before a load starts. */
export function localStorageMappings(key = "supply-atlas:mappings"): MappingMemory {
  const read = (): Record<string, ColumnMapping> => {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? "{}");
      if (typeof parsed !== "object" || parsed === null) return {};
      return Object.fromEntries(Object.entries(parsed).filter(([k, v]) => k !== "__proto__" && isMapping(v)));
    } catch {
      return {};
    }
  };
  return {
    all: read,
    remember(signature, mapping) {
      try {
        localStorage.setItem(key, JSON.stringify({ ...read(), [signature]: mapping }));
      } catch {
        // Storage blocked or full: the mapping still applies to this load.
      }
    },
  };
}

export function memoryMappings(): MappingMemory {
  const map = new Map<string, ColumnMapping>();
  return { all: () => Object.fromEntries(map), remember: (s, m) => void map.set(s, m) };
}
