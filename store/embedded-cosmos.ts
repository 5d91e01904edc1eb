import type { AddressInfo } from 'node:net';
import { createHttpServer } from '@vercel/cosmosdb-server';

/** The key every client of the embedded server uses (the emulator's well-known key; it protects nothing). */
export const EMBEDDED_COSMOS_KEY =
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

export interface EmbeddedCosmos {
  endpoint: string;
  key: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts @vercel/cosmosdb-server in this process over plain http with keep-alive (its bundled TLS
 * certificate expired long ago). Memory only: data lives as long as the process.
 */
export async function startEmbeddedCosmos(options: { port: number; host: string }): Promise<EmbeddedCosmos> {
  const server = createHttpServer({ keepAlive: true });
  // Node closes an idle kept-alive connection after 5 s; a client that reuses it at that moment reads ECONNRESET. Keep
  // idle connections much longer than any pause between the bot's requests (the sandbox tenant does the same).
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://${options.host}:${port}`,
    key: EMBEDDED_COSMOS_KEY,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
