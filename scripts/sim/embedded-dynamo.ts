import dynalite from 'dynalite';
import type { Server } from 'node:http';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable } from '../../lambda/store/create-table';
import { PROGRESS_TABLE } from '../../lambda/store/table';
import { localCredentials, localRegion } from './dynamodb-local';

/** Git-ignored, so a developer's progress survives restarts without ever being committed. */
const DEFAULT_PATH = fileURLToPath(new URL('../../.data/dynalite', import.meta.url));

export interface EmbeddedDynamoOptions {
  /** On-disk folder for the data. @default '.data/dynalite' at the repo root */
  readonly path?: string;
  /** @default a free port */
  readonly port?: number;
  /** @default PROGRESS_TABLE.defaultName */
  readonly tableName?: string;
}

export interface EmbeddedDynamo {
  readonly endpoint: string;
  /** Where the server is bound: loopback only. */
  readonly address: AddressInfo;
  close(): Promise<void>;
}

/**
 * A DynamoDB-compatible store in this process (dynalite on LevelDB), for `npm start`: no Java, starts in milliseconds,
 * and the table is ready when this resolves. It has no TTL, so nothing expires here.
 */
export async function startEmbeddedDynamo(options: EmbeddedDynamoOptions = {}): Promise<EmbeddedDynamo> {
  const path = options.path ?? DEFAULT_PATH;
  await mkdir(path, { recursive: true });
  const release = await claim(path);
  const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const close = async () => {
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    await release();
  };
  try {
    const address = await listen(server, options.port ?? 0);
    const endpoint = `http://127.0.0.1:${address.port}`;
    const client = new DynamoDBClient({ endpoint, region: localRegion, credentials: localCredentials });
    try {
      await ensureTable(client, options.tableName ?? PROGRESS_TABLE.defaultName);
    } finally {
      client.destroy();
    }
    return { endpoint, address, close };
  } catch (error) {
    await (server.listening ? close() : release());
    throw error;
  }
}

function listen(server: Server, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the dev store has no real authentication.
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Another process holds the store's folder. */
export class StoreInUseError extends Error {
  override readonly name = 'StoreInUseError';
}

/**
 * LevelDB lets one process at a time use a folder, and dynalite answers a second one by crashing the process
 * ("Database is closed"). A pid file beside the folder turns that into a clear error; one left by a dead process is taken over.
 */
async function claim(path: string): Promise<() => Promise<void>> {
  const pidFile = `${path}.pid`;
  for (let attempt = 1; ; attempt++) {
    try {
      await writeFile(pidFile, String(process.pid), { flag: 'wx' });
      return () => rm(pidFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 1) throw error;
      const owner = Number(await readFile(pidFile, 'utf8').catch(() => ''));
      if (isRunning(owner)) throw new StoreInUseError(`The embedded store at ${path} is in use by process ${owner}; stop that one first, or give this one another --data folder.`);
      await rm(pidFile, { force: true });
    }
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
