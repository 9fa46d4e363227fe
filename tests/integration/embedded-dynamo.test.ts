import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '../../lambda/store/create-table';
import { dynamoProgressStore } from '../../lambda/store/dynamo-progress-store';
import { userKey } from '../../lambda/store/user-key';
import { startEmbeddedDynamo } from '../../scripts/sim/embedded-dynamo';
import { dynamoClient, localStoreClient, uniqueTableName } from '../support/dynamo';
import { progressStoreContract } from '../support/progress-store-contract';

/** A fresh folder for one embedded store, removed with its pid file by the returned function. */
async function tempFolder(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'back-coach-dynalite-'));
  return {
    path,
    remove: async () => {
      await rm(path, { recursive: true, force: true });
      await rm(`${path}.pid`, { force: true });
    },
  };
}

// The store `npm start` runs on: dynalite in this process, on disk. Not DynamoDB Local, so it keeps the contract itself.
progressStoreContract('embedded (dynalite)', async () => {
  const folder = await tempFolder();
  const tableName = uniqueTableName('embedded-contract');
  const embedded = await startEmbeddedDynamo({ path: folder.path, tableName });
  const store = dynamoProgressStore({ tableName, client: localStoreClient(embedded.endpoint) });
  const unreachable = dynamoProgressStore({ tableName, client: localStoreClient('http://127.0.0.1:9') });
  return {
    store,
    unreachable,
    close: async () => {
      await store.destroy();
      await unreachable.destroy();
      await embedded.close();
      await folder.remove();
    },
  };
});

describe('embedded dynamo (dynalite)', () => {
  const tableName = uniqueTableName('embedded');
  let folder: Awaited<ReturnType<typeof tempFolder>>;

  beforeAll(async () => {
    folder = await tempFolder();
  });
  afterAll(() => folder?.remove());

  /** Starts the embedded store, runs `use` against it with the real DynamoDB store, and closes both. */
  async function withStore<T>(use: (store: ReturnType<typeof dynamoProgressStore>) => Promise<T>): Promise<T> {
    const embedded = await startEmbeddedDynamo({ path: folder.path, tableName });
    const store = dynamoProgressStore({ tableName, client: localStoreClient(embedded.endpoint) });
    try {
      return await use(store);
    } finally {
      await store.destroy();
      await embedded.close();
    }
  }

  it('keeps progress across a restart on the same folder', async () => {
    const returning = userKey('amzn1.ask.account.embedded-returning');
    await withStore(async (store) => {
      await store.updateProfile(returning, { level: 'advanced' });
      await store.recordActivity(returning, { week: '2026-W49', weekday: 1, activity: 'hiit', requestId: 'before-restart' });
    });
    const history = await withStore((store) => store.history(returning));
    expect(history).toMatchObject({ profile: { level: 'advanced' }, weeks: [{ week: '2026-W49', sessions: { hiit: 1 } }] });
  });

  it('has the table ready on start, and reports that it cannot expire items', async () => {
    const embedded = await startEmbeddedDynamo({ path: folder.path, tableName });
    const client = dynamoClient(embedded.endpoint);
    try {
      expect(await ensureTable(client, tableName)).toEqual({ created: false, timeToLive: 'unsupported' });
    } finally {
      client.destroy();
      await embedded.close();
    }
  });

  it('refuses a folder another store is using, and takes over one left by a dead process', async () => {
    const embedded = await startEmbeddedDynamo({ path: folder.path, tableName });
    await expect(startEmbeddedDynamo({ path: folder.path, tableName })).rejects.toThrow(/in use by process/);
    await embedded.close();

    await writeFile(`${folder.path}.pid`, '999999999');
    const restarted = await startEmbeddedDynamo({ path: folder.path, tableName });
    await restarted.close();
  });
});
