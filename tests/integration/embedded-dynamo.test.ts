import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '../../lambda/store/create-table';
import { dynamoProgressStore } from '../../lambda/store/dynamo-progress-store';
import { userKey } from '../../lambda/store/user-key';
import { startEmbeddedDynamo } from '../../scripts/lib/embedded-dynamo';
import { dynamoClient, localStoreClient, uniqueTableName } from '../support/dynamo';

// The store `npm start` runs on: dynalite in this process, on disk. Not DynamoDB Local, so it gets its own checks.
describe('embedded dynamo (dynalite)', () => {
  const tableName = uniqueTableName('embedded');
  const user = userKey('amzn1.ask.account.embedded');
  let path: string;

  beforeAll(async () => {
    path = await mkdtemp(join(tmpdir(), 'back-coach-dynalite-'));
  });
  afterAll(async () => {
    await rm(path, { recursive: true, force: true });
    await rm(`${path}.pid`, { force: true });
  });

  /** Starts the embedded store, runs `use` against it with the real DynamoDB store, and closes both. */
  async function withStore<T>(use: (store: ReturnType<typeof dynamoProgressStore>) => Promise<T>): Promise<T> {
    const embedded = await startEmbeddedDynamo({ path, tableName });
    const store = dynamoProgressStore({ tableName, client: localStoreClient(embedded.endpoint) });
    try {
      return await use(store);
    } finally {
      await store.destroy();
      await embedded.close();
    }
  }

  it('runs the progress store: atomic logs, duplicates, undo and profile', async () => {
    await withStore(async (store) => {
      const log = { week: '2026-W48', weekday: 2, activity: 'strength', minutes: 20, requestId: 'request-1' } as const;
      expect((await store.recordActivity(user, log)).outcome).toBe('recorded');
      expect((await store.recordActivity(user, log)).outcome).toBe('duplicate');
      const extra = { ...log, activity: 'walk', requestId: 'request-2' } as const;
      await store.recordActivity(user, extra);
      expect(await store.undoActivity(user, extra)).toBe('undone');
      expect(await store.undoActivity(user, extra)).toBe('not-found');
      await store.updateProfile(user, { level: 'beginner', restDay: 7 });

      const history = await store.history(user);
      expect(history.profile).toEqual({ level: 'beginner', restDay: 7 });
      expect(history.weeks).toEqual([
        {
          week: '2026-W48',
          sessions: { strength: 1, hiit: 0, cardio: 0, walk: 0, stretch: 0 },
          minutes: 20,
          extraSteps: 0,
          activeDays: 1,
          days: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 },
        },
      ]);
    });
  });

  it('saves a guided workout position on the week, and a log that ends the workout forgets it', async () => {
    const guided = userKey('amzn1.ask.account.embedded-guided');
    const position = { date: '2026-11-24', sessionId: 'tuesday-strength', index: 2 } as const;
    await withStore(async (store) => {
      await store.saveWorkout(guided, '2026-W48', position);
      await store.saveWorkout(guided, '2026-W48', { ...position, index: 3 });
      expect((await store.history(guided)).weeks).toMatchObject([{ week: '2026-W48', workout: { ...position, index: 3 } }]);
      await store.saveWorkout(guided, '2026-W48', null);
      expect((await store.history(guided)).weeks[0]).not.toHaveProperty('workout');

      await store.saveWorkout(guided, '2026-W48', position);
      const log = { week: '2026-W48', weekday: 2, activity: 'strength', requestId: 'guided-1', endsWorkout: true } as const;
      const logged = await store.recordActivity(guided, log);
      expect(logged.week?.sessions.strength).toBe(1);
      expect(logged.week).not.toHaveProperty('workout');
      await store.saveWorkout(guided, '2026-W47', null);
      expect((await store.history(guided)).weeks).toEqual([logged.week]);
    });
  });

  it('counts concurrent logs exactly, like DynamoDB', async () => {
    const busy = userKey('amzn1.ask.account.embedded-busy');
    const week = await withStore(async (store) => {
      await Promise.all(
        Array.from({ length: 30 }, (_, i) => store.recordActivity(busy, { week: '2026-W48', weekday: 1, activity: 'cardio', minutes: 2, requestId: `busy-${i}` })),
      );
      return (await store.history(busy)).weeks[0];
    });
    expect(week?.sessions.cardio).toBe(30);
    expect(week?.minutes).toBe(60);
  });

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
    const embedded = await startEmbeddedDynamo({ path, tableName });
    const client = dynamoClient(embedded.endpoint);
    try {
      expect(await ensureTable(client, tableName)).toEqual({ created: false, timeToLive: 'unsupported' });
    } finally {
      client.destroy();
      await embedded.close();
    }
  });

  it('refuses a folder another store is using, and takes over one left by a dead process', async () => {
    const embedded = await startEmbeddedDynamo({ path, tableName });
    await expect(startEmbeddedDynamo({ path, tableName })).rejects.toThrow(/in use by process/);
    await embedded.close();

    await writeFile(`${path}.pid`, '999999999');
    const restarted = await startEmbeddedDynamo({ path, tableName });
    await restarted.close();
  });
});
