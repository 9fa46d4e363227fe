import { DescribeTableCommand, GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTableInput, ensureTable } from '../../lambda/store/create-table';
import { dynamoProgressStore, type DynamoProgressStore } from '../../lambda/store/dynamo-progress-store';
import { RETENTION_DAYS, TOMBSTONE_SECONDS, encodeEntry, entryOf } from '../../lambda/store/progress-store';
import { shortKey } from '../../lambda/store/user-key';
import { createProgressTable, dynamoClient, localStoreClient, uniqueTableName } from '../support/dynamo';
import { logOf, newUser, placeOf, progressStoreContract } from '../support/progress-store-contract';

const endpoint = inject('dynamoEndpoint');

progressStoreContract('DynamoDB Local', async () => {
  const client = localStoreClient(endpoint);
  const tableName = await createProgressTable(endpoint, 'contract');
  const store = dynamoProgressStore({ tableName, client });
  // Nothing listens on port 9 here: every call fails to connect.
  const unreachable = dynamoProgressStore({ tableName, client: localStoreClient('http://127.0.0.1:9') });
  return {
    store,
    unreachable,
    close: async () => {
      await store.destroy();
      await unreachable.destroy();
    },
  };
});

// What only the DynamoDB store has: the items' shape, expiry, and reading items it did not write itself.
describe('dynamoProgressStore items', () => {
  let tableName: string;
  let store: DynamoProgressStore;
  let raw: DynamoDBClient;

  beforeAll(async () => {
    tableName = await createProgressTable(endpoint, 'progress-store');
    store = dynamoProgressStore({ tableName, client: localStoreClient(endpoint) });
    raw = dynamoClient(endpoint);
  });

  afterAll(async () => {
    await store?.destroy();
    raw?.destroy();
  });

  async function weekOf(user: string, week = '2026-W48') {
    const { weeks } = await store.history(user);
    return weeks.find((w) => w.week === week);
  }

  async function rawWeekItem(user: string, week = '2026-W48') {
    const { Item } = await raw.send(
      new GetItemCommand({ TableName: tableName, Key: { pk: { S: user }, sk: { S: `WEEK#${week}` } }, ConsistentRead: true }),
    );
    return Item;
  }

  /** Monday after 2026-W48 (Mon 23 – Sun 29 November) plus the retention, in epoch seconds. */
  const W48_EXPIRES_AT = Date.UTC(2026, 10, 30) / 1000 + RETENTION_DAYS * 86_400;

  it('marks a logged week to expire about a year after it ends, and keeps a short key of the request and its entry', async () => {
    const user = newUser();
    const log = logOf({ week: '2026-W48' });
    await store.recordActivity(user, log);
    const item = await rawWeekItem(user);
    expect(Number(item?.expiresAt?.N)).toBe(W48_EXPIRES_AT);
    expect(item?.ids?.SS).toEqual([shortKey(log.requestId)]);
    expect(item?.logs?.SS).toEqual([encodeEntry(entryOf(log))]);
    expect(Number(item?.requests?.N)).toBe(1);
  });

  it('drops the full request ids a week kept before the bound, at its next log', async () => {
    const user = newUser();
    const old = Array.from({ length: 500 }, (_, i) => `amzn1.echo-api.request.${String(i).padStart(36, '0')}`);
    await raw.send(
      new PutItemCommand({ TableName: tableName, Item: { pk: { S: user }, sk: { S: 'WEEK#2026-W48' }, walk: { N: '500' }, d2: { N: '500' }, requestIds: { SS: old } } }),
    );
    expect((await store.recordActivity(user, logOf({ activity: 'walk' }))).outcome).toBe('recorded');
    const item = await rawWeekItem(user);
    expect(item?.requestIds).toBeUndefined();
    expect(Number(item?.walk?.N)).toBe(501);
    expect((await weekOf(user))?.entries).toHaveLength(1);
  });

  it('deletes into tombstones that hold nothing but when, and expire a day later', async () => {
    const user = newUser();
    await store.updateProfile(user, { level: 'advanced' });
    await store.recordActivity(user, logOf({ week: '2026-W48' }));
    await store.recordActivity(user, logOf({ week: '2026-W40' }));
    const at = Date.UTC(2026, 10, 24, 10);
    expect(await store.deleteUser(user, { at, guardWeeks: ['2026-W48'] })).toBe(3);
    const tombstone = { deletedAt: { N: String(at) }, expiresAt: { N: String(at / 1000 + TOMBSTONE_SECONDS) } };
    expect(await rawWeekItem(user)).toEqual({ pk: { S: user }, sk: { S: 'WEEK#2026-W48' }, ...tombstone });
    expect(await rawWeekItem(user, '2026-W40')).toBeUndefined();
    const { Item: profile } = await raw.send(new GetItemCommand({ TableName: tableName, Key: { pk: { S: user }, sk: { S: 'PROFILE' } }, ConsistentRead: true }));
    expect(profile).toEqual({ pk: { S: user }, sk: { S: 'PROFILE' }, ...tombstone });
  });

  it('marks a week a saved workout creates to expire like a logged one, and a later log keeps that date', async () => {
    const user = newUser();
    await store.saveWorkout(user, '2026-W48', placeOf());
    expect(Number((await rawWeekItem(user))?.expiresAt?.N)).toBe(W48_EXPIRES_AT);
    await store.recordActivity(user, logOf());
    expect(Number((await rawWeekItem(user))?.expiresAt?.N)).toBe(W48_EXPIRES_AT);
  });

  it('never takes a day count below zero undoing a log its week kept no day count for, so the day\'s first session is still checked', async () => {
    const user = newUser();
    const legacy = logOf();
    const entry = entryOf(legacy);
    // A week written before the store kept counts of each activity on each day: the session and the day, no d2strength.
    await raw.send(
      new PutItemCommand({
        TableName: tableName,
        Item: {
          pk: { S: user },
          sk: { S: 'WEEK#2026-W48' },
          strength: { N: '1' },
          d2: { N: '1' },
          minutes: { N: String(entry.minutes) },
          steps: { N: '0' },
          requests: { N: '1' },
          ids: { SS: [entry.key] },
          logs: { SS: [encodeEntry(entry)] },
        },
      }),
    );
    expect(await store.undoActivity(user, legacy)).toBe('undone');
    expect(Number((await rawWeekItem(user))?.d2strength?.N ?? 0)).toBe(0);
    const outcomes = await Promise.all([store.recordActivity(user, logOf({ firstOfDay: true })), store.recordActivity(user, logOf({ firstOfDay: true }))]);
    expect(outcomes.map(({ outcome }) => outcome).sort()).toEqual(['recorded', 'same-day']);
  });

  it('reads a malformed workout place as none instead of failing', async () => {
    const user = newUser();
    await raw.send(
      new PutItemCommand({
        TableName: tableName,
        Item: {
          pk: { S: user },
          sk: { S: 'WEEK#2026-W48' },
          walk: { N: '2' },
          workout: { M: { date: { S: '2026-02-30' }, sessionId: { S: 's' }, index: { N: '0' } } },
        },
      }),
    );
    const week = await weekOf(user);
    expect(week?.sessions.walk).toBe(2);
    expect(week).not.toHaveProperty('workout');
  });

  it('ignores a malformed profile field instead of failing', async () => {
    const user = newUser();
    // `workout` once lived on the profile; an old item's copy is not a profile field any more.
    const workout = { M: { date: { S: '2026-11-24' }, sessionId: { S: 'strength-a' }, index: { N: '0' } } };
    await raw.send(
      new PutItemCommand({
        TableName: tableName,
        Item: { pk: { S: user }, sk: { S: 'PROFILE' }, level: { S: 'olympian' }, restDay: { N: '3' }, workout },
      }),
    );
    expect((await store.history(user)).profile).toEqual({ restDay: 3 });
  });
});

describe('ensureTable', () => {
  it('creates the table with TTL once, and is a no-op after', async () => {
    const raw = dynamoClient(endpoint);
    try {
      const name = uniqueTableName('ensure-table');
      expect(await ensureTable(raw, name)).toEqual({ created: true, timeToLive: 'enabled' });
      expect(await ensureTable(raw, name)).toEqual({ created: false, timeToLive: 'already-enabled' });
      const { Table } = await raw.send(new DescribeTableCommand({ TableName: name }));
      expect(Table?.KeySchema).toEqual(createTableInput(name).KeySchema);
      expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    } finally {
      raw.destroy();
    }
  });
});
