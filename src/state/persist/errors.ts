import type { StoreError } from "./types.ts";

/** Thrown inside the session store for an entry it cannot read; reported as "corrupt". */
export class CorruptEntryError extends Error {
  override name = "CorruptEntryError";
}

/** Thrown inside the session store for a call with unusable arguments; reported as "unknown". */
export class BadInputError extends Error {
  override name = "BadInputError";
}

const QUOTA = new Set(["QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED"]);
/** Names IndexedDB uses when it cannot be opened or used at all (private modes, blocked, broken profile). */
const UNAVAILABLE = new Set([
  "UnavailableError",
  "TimeoutError",
  "InvalidStateError",
  "SecurityError",
  "NotAllowedError",
  "UnknownError",
  "NotFoundError",
  "VersionError",
]);
/** Legacy DOMException codes of a quota error (22; 1014 in old Firefox). */
const QUOTA_CODES = new Set([22, 1014]);

function field(error: unknown, key: "name" | "message" | "code"): unknown {
  if (typeof error !== "object" || error === null) return undefined;
  try {
    return (error as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** Sorts whatever a backend threw (DOMException, Error, anything) into the four codes. */
export function toStoreError(error: unknown, doing: string): StoreError {
  const name = String(field(error, "name") ?? "");
  const rawMessage = field(error, "message");
  const detail = typeof rawMessage === "string" && rawMessage ? rawMessage : name || String(error);
  const message = `${doing}: ${name && !detail.startsWith(name) ? `${name}: ` : ""}${detail}`;
  if (error instanceof CorruptEntryError) return { code: "corrupt", message };
  const code = field(error, "code");
  if (QUOTA.has(name) || (typeof code === "number" && QUOTA_CODES.has(code))) return { code: "quota", message };
  if (UNAVAILABLE.has(name)) return { code: "unavailable", message };
  return { code: "unknown", message };
}
