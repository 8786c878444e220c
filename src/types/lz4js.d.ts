// lz4js ships without typings: the two frame functions the Arrow IPC codec uses.
declare module "lz4js" {
  /** Decompresses one LZ4 frame into at most maxSize bytes. */
  export function decompress(src: Uint8Array, maxSize?: number): Uint8Array;
  export function compress(src: Uint8Array, maxSize?: number): Uint8Array;
}
