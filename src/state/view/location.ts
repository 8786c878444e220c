// The only place the URL code touches the browser: reading the address and rewriting its fragment.
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
  /**
   * Calls `onChange` when the address changes other than by `write`: a link pasted into the
   * tab, the hash edited by hand, back and forward. Returns the call that stops listening.
   */
  listen?(onChange: () => void): () => void;
}

export interface EventsLike {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/**
 * The view lives in the fragment (#v=force&sel=…): browsers never send it to the web host,
 * so company ids and industries in a shared link stay on the user's machine. A query
 * (?lang=en) is still read, for links written by hand; the first write moves it into the fragment.
 */
export function browserUrl(
  win: { location: LocationLike; history: HistoryLike } & Partial<EventsLike> | undefined = typeof window === "undefined" ? undefined : window,
): UrlAdapter {
  const current = (): URLSearchParams => {
    const params = new URLSearchParams(win?.location.search ?? "");
    const fragment = new URLSearchParams((win?.location.hash ?? "").replace(/^#/, ""));
    // The fragment wins over the query per name; repeated names (ind=a&ind=b) all stay, so lists
    // keep every value and a repeated single value still reaches the decoder's notice.
    for (const key of new Set(fragment.keys())) params.delete(key);
    for (const [key, value] of fragment) params.append(key, value);
    return params;
  };
  return {
    read: current,
    write: (params, options = {}) => {
      if (!win) return false;
      const query = formatQuery(params);
      if (query === formatQuery(current()) && !win.location.search) return false;
      const url = `${win.location.pathname}${query ? `#${query}` : ""}`;
      try {
        if (options.push) win.history.pushState(null, "", url);
        else win.history.replaceState(null, "", url);
        return true;
      } catch {
        // Browsers throttle history updates (SecurityError past ~100 calls per 10 s); the state stays in memory.
        return false;
      }
    },
    listen(onChange) {
      if (!win?.addEventListener || !win.removeEventListener) return () => undefined;
      // replaceState and pushState fire neither; a typed or pasted fragment fires both (in
      // Chromium), back and forward at least popstate: the caller skips an address it holds already.
      win.addEventListener("hashchange", onChange);
      win.addEventListener("popstate", onChange);
      return () => {
        win.removeEventListener?.("hashchange", onChange);
        win.removeEventListener?.("popstate", onChange);
      };
    },
  };
}
