// The colour theme a presenter chose outlives a reload: kept in localStorage, like the column
// mappings (mappingService.ts), as it is small and must be known before the first paint.
import type { Theme } from "../../state/presentSlice.ts";

export interface ThemeMemory {
  /** The stored theme; light when none is stored, storage is blocked, or the value is not one we know. */
  read(): Theme;
  write(theme: Theme): void;
}

/** A stored value as a theme: anything but "dark" (missing, corrupt, from another version) is light. */
export function asTheme(value: unknown): Theme {
  return value === "dark" ? "dark" : "light";
}

export function localStorageTheme(key = "supply-atlas:theme"): ThemeMemory {
  return {
    read() {
      try {
        return asTheme(localStorage.getItem(key));
      } catch {
        return "light";
      }
    },
    write(theme) {
      try {
        localStorage.setItem(key, theme);
      } catch {
        // Storage blocked or full: the theme still applies to this page.
      }
    },
  };
}

export function memoryTheme(initial: Theme = "light"): ThemeMemory {
  let theme = initial;
  return { read: () => theme, write: (t) => void (theme = t) };
}
