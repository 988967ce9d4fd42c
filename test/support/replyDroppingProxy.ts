import { createServer, Socket, type AddressInfo, type Server } from "node:net";

/** A TCP proxy in front of a real server that can lose one reply: see {@link replyDroppingProxy}. */
export interface ReplyDroppingProxy {
  /** The port clients connect to (on 127.0.0.1). */
  readonly port: number;
  /**
   * The next request holding `marker` reaches the server (which executes it), and the connection is
   * cut before its reply reaches the client: a network failure after the server committed.
   */
  dropReplyTo(marker: string): void;
  /**
   * Every connection open now is cut at its next request, before the request reaches the server:
   * connections a server restart, a failover or a firewall dropped while they sat idle in a pool,
   * which the client learns only when it next uses them. Connections opened later are not cut.
   */
  cutIdleConnections(): void;
  /** Requests cut before reaching the server so far. */
  readonly cutRequests: number;
  /** Replies dropped so far. */
  readonly dropped: number;
  close(): Promise<void>;
}

/**
 * Proxies 127.0.0.1:<port> to `host:port` byte for byte, so tests can lose a reply of a real server
 * (PostgreSQL, Redis) exactly where production loses one: after the server did the work. No protocol
 * is parsed; a request is recognised by a marker in its bytes.
 */
export async function replyDroppingProxy(host: string, port: number): Promise<ReplyDroppingProxy> {
  let marker: string | undefined;
  let dropped = 0;
  let cutRequests = 0;
  const sockets = new Set<Socket>();
  /** Per open connection: cut it at its next request. */
  const cutNext = new Set<{ cut: boolean }>();
  const server: Server = createServer((client) => {
    const upstream = new Socket();
    sockets.add(client).add(upstream);
    let dropNextReply = false;
    const state = { cut: false };
    cutNext.add(state);
    const cut = (): void => {
      cutNext.delete(state);
      client.destroy();
      upstream.destroy();
    };
    client.on("data", (chunk) => {
      if (state.cut) {
        cutRequests++;
        cut();
        return;
      }
      if (marker !== undefined && chunk.includes(marker)) {
        marker = undefined;
        dropNextReply = true;
      }
      upstream.write(chunk);
    });
    upstream.on("data", (chunk) => {
      if (!dropNextReply) {
        client.write(chunk);
        return;
      }
      dropped++;
      cut();
    });
    for (const s of [client, upstream]) {
      s.on("error", cut);
      s.on("close", () => {
        sockets.delete(s);
        cut();
      });
    }
    upstream.connect(port, host);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    dropReplyTo(m) {
      marker = m;
    },
    cutIdleConnections() {
      for (const state of cutNext) state.cut = true;
    },
    get cutRequests() {
      return cutRequests;
    },
    get dropped() {
      return dropped;
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
