/**
 * Drops from a PGlite dump (a tar of its data directory) the WAL segments outside
 * `[first, last]`: PostgreSQL keeps recycled segments under future names, empty of anything a
 * start needs (it makes a missing one when it gets there), and they were 7 of the migrated
 * template's 18 MB, which every test app copies and unpacks.
 */
export function withoutSpareWal(tar: Uint8Array, first: string, last: string): Uint8Array {
  const kept: Uint8Array[] = [];
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = Number.parseInt(text(header, 124, 12).trim() || '0', 8);
    const end = offset + 512 + Math.ceil(size / 512) * 512;
    const segment = /(?:^|\/)pg_wal\/([0-9A-F]{24})$/.exec(text(header, 0, 100))?.[1];
    if (segment === undefined || (segment >= first && segment <= last)) kept.push(tar.subarray(offset, end));
    offset = end;
  }
  kept.push(new Uint8Array(1024));
  return Buffer.concat(kept);
}

function text(bytes: Uint8Array, start: number, length: number): string {
  const field = bytes.subarray(start, start + length);
  const nul = field.indexOf(0);
  return Buffer.from(nul === -1 ? field : field.subarray(0, nul)).toString('latin1');
}
