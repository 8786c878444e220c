/** Byte arrays joined end to end (a bundle written in chunks, files built from parts in several encodings). */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const concatBytes = (...parts: Uint8Array[]): Uint8Array => joinBytes(parts);
