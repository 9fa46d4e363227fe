import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoProgressStore, STORE_TIMEOUTS, type DynamoProgressStoreOptions } from '../../lambda/store/dynamo-progress-store';
import type { ActivityLog } from '../../lambda/domain/progress';
import { StoreUnavailableError } from '../../lambda/store/progress-store';
import { userKey } from '../../lambda/store/user-key';
import { localStoreClient } from '../support/dynamo';
import { type FakeDynamo, closedPort, fakeDynamo } from '../support/fake-dynamo';

// Each fault is a tiny server on loopback standing in for DynamoDB; the store must give up in time and say why.
const WITHIN_MS = 3_500;
const user = userKey('amzn1.ask.account.faults');
const log: ActivityLog = { week: '2026-W48', weekday: 2, activity: 'walk', minutes: 10, requestId: 'amzn1.echo-api.request.faults' };

async function failureOf(call: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, ms: performance.now() - started };
}

function storeAt(endpoint: string, options: Partial<DynamoProgressStoreOptions> = {}) {
  return dynamoProgressStore({ tableName: 'back-coach-progress', ...options, client: { ...localStoreClient(endpoint), ...options.client } });
}

describe('when the store is unreachable', () => {
  it('fails fast with StoreUnavailableError', async () => {
    const store = storeAt(`http://127.0.0.1:${await closedPort()}`);
    const { error, ms } = await failureOf(store.history(user));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error).toMatchObject({ reason: 'network' });
    expect((error as Error).cause).toBeDefined();
    expect(ms).toBeLessThan(WITHIN_MS);
    await store.destroy();
  });
});

describe('when the store is slow', () => {
  let silent: FakeDynamo;
  // Accepts the request and never answers.
  beforeAll(async () => (silent = await fakeDynamo(() => undefined)));
  afterAll(() => silent?.close());

  it('times each attempt out and gives up within the deadline', async () => {
    const store = storeAt(silent.endpoint);
    const { error, ms } = await failureOf(store.recordActivity(user, log));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error).toMatchObject({ reason: 'timeout' });
    expect(ms).toBeGreaterThanOrEqual(STORE_TIMEOUTS.requestTimeoutMs - 50);
    expect(ms).toBeLessThan(WITHIN_MS);
    expect(silent.requests).toBe(STORE_TIMEOUTS.maxAttempts);
    await store.destroy();
  });

  it('stops at the overall deadline even when the SDK would wait longer', async () => {
    const store = storeAt(silent.endpoint, { deadlineMs: 300, client: { requestHandler: { requestTimeout: 10_000, throwOnRequestTimeout: true } } });
    const { error, ms } = await failureOf(store.history(user));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error).toMatchObject({ reason: 'timeout' });
    expect(ms).toBeLessThan(1_000);
    await store.destroy();
  });
});

describe('when the store throttles', () => {
  let throttling: FakeDynamo;
  beforeAll(
    async () =>
      (throttling = await fakeDynamo((_, response) => {
        const type = 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException';
        response.writeHead(400, { 'Content-Type': 'application/x-amz-json-1.0', 'x-amzn-ErrorType': type });
        response.end(JSON.stringify({ __type: type, message: 'The level of configured provisioned throughput for the table was exceeded.' }));
      })),
  );
  afterAll(() => throttling?.close());

  it('retries within bounds, then gives up with StoreUnavailableError', async () => {
    const store = storeAt(throttling.endpoint);
    const { error, ms } = await failureOf(store.recordActivity(user, log));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error).toMatchObject({ reason: 'throttled' });
    expect((error as Error).cause).toMatchObject({ name: 'ProvisionedThroughputExceededException' });
    expect(throttling.requests).toBe(STORE_TIMEOUTS.maxAttempts);
    expect(ms).toBeLessThan(WITHIN_MS);
    await store.destroy();
  });

  it('never names the user in the error', async () => {
    const store = storeAt(throttling.endpoint);
    const { error } = await failureOf(store.history(user));
    expect(String(error)).not.toContain(user);
    expect((error as Error).message).toBe('progress store unavailable: throttled');
    await store.destroy();
  });
});

describe('when a batch delete is only partly done', () => {
  const profile = { pk: { S: user }, sk: { S: 'PROFILE' } };
  const week = { pk: { S: user }, sk: { S: 'WEEK#2026-W40' } };
  let batches = 0;
  let unprocessedRounds = 0;
  let partial: FakeDynamo;
  beforeAll(
    async () =>
      (partial = await fakeDynamo((request, response) => {
        const answer = (body: unknown) => {
          response.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.0' });
          response.end(JSON.stringify(body));
        };
        if (request.headers['x-amz-target'] === 'DynamoDB_20120810.Query') return answer({ Items: [profile, week], Count: 2 });
        batches++;
        const unprocessed = batches <= unprocessedRounds ? { 'back-coach-progress': [{ DeleteRequest: { Key: week } }] } : {};
        answer({ UnprocessedItems: unprocessed });
      })),
  );
  afterAll(() => partial?.close());

  it('sends the unprocessed writes again: the marker, the deletes, the tombstone', async () => {
    batches = 0;
    unprocessedRounds = 2;
    const store = storeAt(partial.endpoint);
    expect(await store.deleteUser(user)).toBe(2);
    // The marker twice left unprocessed, then sent whole; the week's delete; the finished tombstone.
    expect(batches).toBe(5);
    await store.destroy();
  });

  it('keeps sending them with a growing pause, then gives up at the deletion’s deadline', async () => {
    batches = 0;
    unprocessedRounds = Infinity;
    const store = storeAt(partial.endpoint, { deletionDeadlineMs: 2_000 });
    const { error, ms } = await failureOf(store.deleteUser(user));
    expect(error).toMatchObject({ name: 'StoreUnavailableError', reason: 'timeout' });
    expect(batches).toBeGreaterThanOrEqual(5);
    expect(ms).toBeLessThan(WITHIN_MS);
    await store.destroy();
  });
});
