/**
 * A Blob over bytes kept in memory, whose `arrayBuffer()` is one copy of them. Node's own Blob
 * copies its parts when made and hands its bytes back in 64 KB chunks, each through a
 * promise: for the 18 MB template every test app unpacks (PGlite's `loadDataDir` reads it
 * through `arrayBuffer()`), about a quarter of a second of CPU per test file. Each read gets
 * its own copy, so no database can change another's bytes.
 */
export class BytesBlob extends Blob {
  readonly #bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    super([]);
    this.#bytes = bytes;
    // Blob's `size` is a getter of its own bytes, of which this has none.
    Object.defineProperty(this, 'size', { value: bytes.byteLength });
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    const { buffer, byteOffset, byteLength } = this.#bytes;
    return (buffer as ArrayBuffer).slice(byteOffset, byteOffset + byteLength);
  }

  override async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.arrayBuffer());
  }

  override async text(): Promise<string> {
    return new TextDecoder().decode(this.#bytes);
  }

  override slice(start?: number, end?: number, type?: string): Blob {
    return new Blob([this.#bytes.subarray(start, end)], type === undefined ? {} : { type });
  }

  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    return new Blob([this.#bytes]).stream();
  }
}
