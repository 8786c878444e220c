// The buffer codecs of compressed Arrow IPC files (pandas' to_feather writes LZ4 by default,
// pyarrow and polars may write ZSTD), registered with flechette once. Pure JavaScript: the
// app's Content-Security-Policy allows no WebAssembly. Each decode is bounded, so a buffer
// that declares gigabytes is refused instead of allocated.

import { CompressionType, setCompressionCodec } from "@uwdata/flechette";
import { decompress as zstdDecompress } from "fzstd";
import { compress as lz4Compress, decompress as lz4Decompress } from "lz4js";

/** No buffer of a table of companies or links comes near this. */
export const MAX_BUFFER_BYTES = 256 * 1024 * 1024;

function checked(codec: string, size: number): number {
  if (!(size >= 0 && size <= MAX_BUFFER_BYTES)) throw new Error(`a ${codec} buffer declares ${size} bytes`);
  return size;
}

let registered = false;

export function registerArrowCodecs(): void {
  if (registered) return;
  registered = true;
  setCompressionCodec(CompressionType.LZ4_FRAME, {
    encode: (bytes: Uint8Array) => lz4Compress(bytes),
    decode: (bytes: Uint8Array, size: number) => lz4Decompress(bytes, checked("LZ4", size)),
  });
  setCompressionCodec(CompressionType.ZSTD, {
    encode: () => {
      throw new Error("ZSTD encoding is not available");
    },
    decode: (bytes: Uint8Array, size: number) => zstdDecompress(bytes, new Uint8Array(checked("ZSTD", size))),
  });
}
