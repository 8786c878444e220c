/** Saves a blob as a file without any network: a blob URL clicked and revoked. */
export function downloadBlob(filename: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Long enough for a large file to start saving.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text as a file; CSV gets a BOM so Korean Excel opens UTF-8 as UTF-8 rather than CP949. */
export function downloadText(filename: string, text: string, type = "text/csv;charset=utf-8") {
  downloadBlob(filename, new Blob([type.startsWith("text/csv") ? "\uFEFF" : "", text], { type }));
}
