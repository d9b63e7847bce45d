import net from 'node:net';

interface Pair {
  client: net.Socket;
  server: net.Socket;
  /** Bytes (or the end of the stream) held back while frozen, per direction. */
  toServer: (Buffer | 'end')[];
  toClient: (Buffer | 'end')[];
}

/**
 * A TCP proxy in front of PostgreSQL that can be told to freeze: it then forwards no
 * byte either way and closes nothing, as a server stopped with SIGSTOP would (the
 * kernel still accepts connections, nobody answers). `thaw()` delivers what was held
 * back. Tests of timeouts use it instead of stopping the shared server.
 */
export class FreezableProxy {
  private frozen = false;
  private readonly pairs = new Set<Pair>();
  private heldWaiters: (() => void)[] = [];

  private constructor(
    private readonly listener: net.Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<FreezableProxy> {
    let proxy: FreezableProxy | undefined;
    const listener = net.createServer({ allowHalfOpen: true }, (client) => proxy?.accept(client, target));
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    proxy = new FreezableProxy(listener, (listener.address() as net.AddressInfo).port);
    return proxy;
  }

  /** The same database URL, through this proxy. */
  urlFor(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  get connections(): number {
    return this.pairs.size;
  }

  freeze(): void {
    this.frozen = true;
  }

  /** Resolves once the app has sent something the frozen server would now have to answer. */
  waitForHeldRequest(): Promise<void> {
    if ([...this.pairs].some((pair) => pair.toServer.length > 0)) return Promise.resolve();
    return new Promise((resolve) => this.heldWaiters.push(resolve));
  }

  thaw(): void {
    this.frozen = false;
    for (const pair of this.pairs) {
      flush(pair.toServer.splice(0), pair.server);
      flush(pair.toClient.splice(0), pair.client);
    }
  }

  async stop(): Promise<void> {
    for (const pair of this.pairs) {
      pair.client.destroy();
      pair.server.destroy();
    }
    this.pairs.clear();
    await new Promise<void>((resolve) => this.listener.close(() => resolve()));
  }

  private accept(client: net.Socket, target: { host: string; port: number }): void {
    const server = net.connect({ host: target.host, port: target.port, allowHalfOpen: true });
    const pair: Pair = { client, server, toServer: [], toClient: [] };
    this.pairs.add(pair);
    const forward = (to: net.Socket, held: (Buffer | 'end')[]) => (chunk: Buffer | 'end') => {
      if (!this.frozen) {
        flush([chunk], to);
        return;
      }
      held.push(chunk);
      if (to === server) for (const wake of this.heldWaiters.splice(0)) wake();
    };
    client.on('data', forward(server, pair.toServer));
    server.on('data', forward(client, pair.toClient));
    client.on('end', () => forward(server, pair.toServer)('end'));
    server.on('end', () => forward(client, pair.toClient)('end'));
    const drop = () => {
      client.destroy();
      server.destroy();
      this.pairs.delete(pair);
    };
    client.on('error', drop);
    server.on('error', drop);
    client.on('close', () => {
      if (!this.frozen) drop();
    });
    server.on('close', () => {
      if (!this.frozen) drop();
    });
  }
}

function flush(chunks: (Buffer | 'end')[], to: net.Socket): void {
  for (const chunk of chunks) {
    if (to.destroyed) return;
    if (chunk === 'end') to.end();
    else to.write(chunk);
  }
}
