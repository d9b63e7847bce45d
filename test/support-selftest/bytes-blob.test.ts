import { BytesBlob } from '../support/bytes-blob';

// PGlite reads the template through arrayBuffer(); the rest must not lie about the bytes either.
it('reads like a Blob of the same bytes', async () => {
  const bytes = new TextEncoder().encode('hello template');
  const blob = new BytesBlob(bytes);
  const plain = new Blob([bytes]);
  expect(blob.size).toBe(plain.size);
  expect(blob.type).toBe('');
  expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array(await plain.arrayBuffer()));
  expect(await blob.text()).toBe('hello template');
  expect(await blob.slice(6).text()).toBe('template');
  expect(blob).toBeInstanceOf(Blob);
});
