/** Saves text as a file without any network: a blob URL clicked and revoked. */
export function downloadText(filename: string, text: string, type = "text/csv;charset=utf-8") {
  // A BOM so Korean Excel opens UTF-8 CSV as UTF-8 rather than CP949.
  const blob = new Blob([type.startsWith("text/csv") ? "\uFEFF" : "", text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
