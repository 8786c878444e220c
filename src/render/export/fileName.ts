// A picture's file name says what it shows: its title (or the scene's name), the view and the
// size in pixels, so a folder of exports reads without opening each one.

/** Letters of any script and digits stay (Korean titles stay Korean); anything else becomes one "-". */
export function fileSlug(text: string, max = 60): string {
  const slug = text
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return [...slug].slice(0, max).join("").replace(/-+$/, "");
}

export function pictureFileName(parts: { title: string; view: "map" | "flow-map" | "force"; width: number; height: number; format: "png" | "svg" }): string {
  const title = fileSlug(parts.title);
  return `${title ? `${title}-` : "supply-atlas-"}${parts.view}-${parts.width}x${parts.height}.${parts.format}`;
}
