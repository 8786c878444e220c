// The only place the URL code touches the browser: reading and rewriting the query string.
// Everything else works on URLSearchParams and runs in Node.
import { formatQuery } from "./codec.ts";

export interface LocationLike {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

export interface HistoryLike {
  replaceState(data: unknown, unused: string, url?: string | URL | null): void;
  pushState(data: unknown, unused: string, url?: string | URL | null): void;
}

export interface UrlAdapter {
  read(): URLSearchParams;
  /** Puts `params` in the address bar (replacing the entry unless `push`); no-op when unchanged. Returns whether it wrote. */
  write(params: URLSearchParams, options?: { push?: boolean }): boolean;
}

/** The window's URL; outside a browser (or if history is blocked) reads are empty and writes do nothing. */
export function browserUrl(
  win: { location: LocationLike; history: HistoryLike } | undefined = typeof window === "undefined" ? undefined : window,
): UrlAdapter {
  return {
    read: () => new URLSearchParams(win?.location.search ?? ""),
    write: (params, options = {}) => {
      if (!win) return false;
      const query = formatQuery(params);
      if (query === formatQuery(new URLSearchParams(win.location.search))) return false;
      const url = `${win.location.pathname}${query ? `?${query}` : ""}${win.location.hash}`;
      try {
        if (options.push) win.history.pushState(null, "", url);
        else win.history.replaceState(null, "", url);
        return true;
      } catch {
        // Browsers throttle history updates (SecurityError past ~100 calls per 10 s); the state stays in memory.
        return false;
      }
    },
  };
}
