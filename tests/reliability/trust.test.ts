import { type AttributeValue, QueryCommand } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { UTC, formatIsoWeek, isoWeekOf, localDate, previousWeek } from '../../lambda/domain/calendar';
import { LIMITS } from '../../lambda/domain/progress';
import { type DynamoProgressStore, dynamoProgressStore } from '../../lambda/store/dynamo-progress-store';
import { userKey } from '../../lambda/store/user-key';
import { Conversation, type DeviceProfile, intentRequest, newRequestId, skillEvent } from '../../scripts/sim/envelope';
import { speechToText } from '../../scripts/sim/speech-text';
import { createProgressTable, dynamoClient, localStoreClient } from '../support/dynamo';
import { type Harness, resolvedSlot, spoken, startHarness } from '../support/skill-harness';
import { type DelayingProxy, delayingProxy } from './delaying-proxy';

// Issue 12's reproductions, each on DynamoDB Local through the real handler where a user would meet it.
// Tuesday 24 November 2026, 10:00 in New York (the harness's clock): ISO week 2026-W48.
const WEEK = '2026-W48';
const activity = (id: string, said?: string) => ({ activity: resolvedSlot('activity', 'ActivityName', id, said) });

let endpoint: string;
let tableName: string;
let store: DynamoProgressStore;

beforeAll(async () => {
  endpoint = inject('dynamoEndpoint');
  tableName = await createProgressTable(endpoint, 'trust');
  store = dynamoProgressStore({ tableName, client: localStoreClient(endpoint) });
});
afterAll(() => store?.destroy());

type Item = Record<string, AttributeValue>;

/** Every item kept under the user's key, as DynamoDB holds it. */
async function itemsOf(userId: string): Promise<Item[]> {
  const client = dynamoClient(endpoint);
  try {
    const { Items } = await client.send(
      new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: userKey(userId) } }, ConsistentRead: true }),
    );
    return Items ?? [];
  } finally {
    client.destroy();
  }
}

/** What an item tells about the user beyond its key: a tombstone left by a deletion carries nothing but when it was made and when it goes. */
const TOMBSTONE_FIELDS = new Set(['pk', 'sk', 'deletedAt', 'expiresAt']);
const dataOf = (items: readonly Item[]) => items.filter((item) => Object.keys(item).some((name) => !TOMBSTONE_FIELDS.has(name)));

/** An item's size as DynamoDB counts it: names and values in bytes. */
function itemBytes(item: Item): number {
  const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');
  const valueBytes = (value: AttributeValue): number => {
    if (value.S !== undefined) return utf8(value.S);
    if (value.N !== undefined) return utf8(value.N);
    if (value.SS) return value.SS.reduce((sum, entry) => sum + utf8(entry), 0);
    if (value.M) return 3 + Object.entries(value.M).reduce((sum, [name, inner]) => sum + utf8(name) + valueBytes(inner) + 1, 0);
    return 1;
  };
  return Object.entries(item).reduce((sum, [name, value]) => sum + utf8(name) + valueBytes(value), 0);
}

const weekItem = (items: readonly Item[], week = WEEK) => items.find((item) => item.sk?.S === `WEEK#${week}`);
const counter = (item: Item | undefined, name: string) => Number(item?.[name]?.N ?? 0);
const said = (response: { response: { outputSpeech?: unknown } }) => speechToText(response.response.outputSpeech as never);

describe('8,000 distinct logs in one week', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ dependencies: { store } });
  });
  afterAll(() => harness?.close());

  it('each is counted or refused, the counts match, and the week item stays small', async () => {
    // Time is not what this is about: a loaded machine's slow answer must not fail a write that landed.
    const patient = dynamoProgressStore({ tableName, client: { ...localStoreClient(endpoint), requestHandler: { requestTimeout: 10_000 } }, deadlineMs: 30_000 });
    onTestFinished(() => patient.destroy());
    const device = harness.device();
    const user = userKey(device.userId);
    const outcomes = new Map<string, number>();
    let next = 0;
    // Sixteen devices at once, so the bound holds under concurrency as well as one at a time.
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < 8_000) {
          const i = next++;
          // A request counted by an attempt whose answer came too late comes back as this request's own entry: counted.
          const outcome = await patient
            .recordActivity(user, { week: WEEK, weekday: 2, activity: 'walk', extraSteps: 10, requestId: newRequestId() })
            .then(
              (result) => (result.outcome === 'duplicate' && result.entry ? 'recorded' : result.outcome),
              (error: { reason?: string; name?: string }) => `failed: ${error.reason ?? error.name}`,
            );
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          if (i % 1_000 === 999) expect(itemBytes(weekItem(await itemsOf(device.userId)) ?? {})).toBeLessThan(12_000);
        }
      }),
    );
    expect(Object.fromEntries(outcomes)).toEqual({ recorded: LIMITS.maxLogsPerWeek, full: 8_000 - LIMITS.maxLogsPerWeek });
    const item = weekItem(await itemsOf(device.userId));
    expect(counter(item, 'walk')).toBe(LIMITS.maxLogsPerWeek);
    expect(counter(item, 'steps')).toBe(10 * LIMITS.maxLogsPerWeek);
    expect(itemBytes(item ?? {})).toBeLessThan(12_000);

    // One more, by voice: refused in words that are true.
    const refused = await new Conversation({ handler: harness.handler, device }).intent('LogActivityIntent', { ...activity('walk'), steps: '500' });
    expect(spoken(refused)).toMatch(/^You've logged \d+ times this week, as many as I keep for one week, so I didn't log this one\./);
    expect(counter(weekItem(await itemsOf(device.userId)), 'walk')).toBe(LIMITS.maxLogsPerWeek);
  }, 240_000);
});

describe('undo and retries go by the stored record', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ dependencies: { store } });
  });
  afterAll(() => harness?.close());

  it('a session that names another activity cannot take off the wrong counters', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('LogActivityIntent', activity('hiit'));
    await chat.intent('LogActivityIntent', activity('strength'));
    const lastLog = chat.attributes.lastLog as Record<string, unknown>;
    const tampered = { ...chat.attributes, lastLog: { ...lastLog, activity: 'hiit', minutes: 0 } };
    const undo = await harness.handler(
      intentRequest({ ...device, sessionId: chat.sessionId ?? 'session', newSession: false, attributes: tampered, requestId: newRequestId() }, 'UndoIntent'),
    );
    expect(said(undo)).toMatch(/^There is nothing to undo right now/);
    const item = weekItem(await itemsOf(device.userId));
    expect([counter(item, 'hiit'), counter(item, 'strength')]).toEqual([1, 1]);
  });

  it('a retried log answers as the first did, and keeps undo', async () => {
    const device = harness.device();
    const request = intentRequest({ ...device, sessionId: `amzn1.echo-api.session.${randomUUID()}`, newSession: true, requestId: newRequestId() }, 'LogActivityIntent', {
      ...activity('cardio', 'ran'),
      duration: 'PT20M',
    });
    const first = await harness.handler(request);
    const again = await harness.handler(request);
    expect(said(first)).toMatch(/^Logged a 20-minute run\./);
    expect(said(again)).toBe(said(first));
    expect(counter(weekItem(await itemsOf(device.userId)), 'cardio')).toBe(1);

    const undo = await harness.handler(
      intentRequest({ ...device, sessionId: request.session?.sessionId ?? '', newSession: false, attributes: again.sessionAttributes ?? {}, requestId: newRequestId() }, 'UndoIntent'),
    );
    expect(said(undo)).toMatch(/^Done\. I took off (the |\d|[a-z])[^.]*\./);
    const item = weekItem(await itemsOf(device.userId));
    expect([counter(item, 'cardio'), counter(item, 'minutes')]).toEqual([0, 0]);
  });
});

describe('deletion that cannot half-fail', () => {
  /**
   * A profile and the 56 weeks before this one: 57 items, three batches' worth. The weeks are recent by the wall clock,
   * as DynamoDB Local removes items whose TTL has passed (a week is kept 400 days), so none can vanish mid-test.
   */
  const SEEDED = 57;
  async function seed(userId: string): Promise<void> {
    const user = userKey(userId);
    await store.updateProfile(user, { level: 'advanced', noticeHeard: true });
    let week = previousWeek(isoWeekOf(localDate(new Date(), UTC)));
    for (let n = 1; n < SEEDED; n++, week = previousWeek(week)) {
      await store.recordActivity(user, { week: formatIsoWeek(week), weekday: 3, activity: 'walk', extraSteps: 100, requestId: newRequestId() });
    }
    expect(await itemsOf(userId)).toHaveLength(SEEDED);
  }

  let proxy: DelayingProxy;
  let throttledStore: DynamoProgressStore;
  /** How many more BatchWriteItem calls get through before every one is throttled; Infinity lets all through. */
  let batchesAllowed = Number.POSITIVE_INFINITY;
  /** Throttle this many BatchWriteItem calls, then let the rest through. */
  let batchesToThrottle = 0;
  beforeAll(async () => {
    proxy = await delayingProxy(endpoint, (operation) => {
      if (operation !== 'BatchWriteItem') return { forwardAfterMs: 0, answerAfterMs: 0 };
      if (batchesToThrottle > 0) {
        batchesToThrottle -= 1;
        return 'throttle';
      }
      if (batchesAllowed <= 0) return 'throttle';
      batchesAllowed -= 1;
      return { forwardAfterMs: 0, answerAfterMs: 0 };
    });
    throttledStore = dynamoProgressStore({ tableName, client: localStoreClient(proxy.endpoint) });
  });
  afterAll(async () => {
    await throttledStore?.destroy();
    await proxy?.close();
  });

  it('a throttle that passes is waited out, within the answer’s time', async () => {
    const harness = await startHarness({ dependencies: { store: throttledStore } });
    try {
      const device = harness.device();
      await seed(device.userId);
      batchesToThrottle = 3;
      const chat = new Conversation({ handler: harness.handler, device });
      await chat.intent('DeleteDataIntent');
      const started = performance.now();
      const yes = await chat.intent('AMAZON.YesIntent');
      expect(performance.now() - started).toBeLessThan(6_000);
      expect(spoken(yes)).toBe("Done. I've deleted everything I kept about you. If you have reminders from me, you can cancel them in the Alexa app. Goodbye.");
      expect(dataOf(await itemsOf(device.userId))).toEqual([]);
    } finally {
      batchesToThrottle = 0;
      await harness.close();
    }
  });

  it('a throttled SkillDisabled leaves a pending deletion that the next request completes; the log names no one', async () => {
    const throttled = await startHarness({ dependencies: { store: throttledStore } });
    const healthy = await startHarness({ dependencies: { store } });
    try {
      const device = throttled.device();
      await seed(device.userId);
      batchesAllowed = 1;
      const event = skillEvent({ ...device, sessionId: 'none', newSession: true, requestId: newRequestId() }, 'AlexaSkillEvent.SkillDisabled');
      // Left to fail, so Alexa delivers the event again.
      await expect(throttled.handler(event)).rejects.toThrow();
      const logs = throttled.logs.join('\n');
      expect(logs).toMatch(/"level":"error".*deletion/);
      expect(logs).not.toMatch(/amzn1\.ask\.account|USER#/);
      expect(dataOf(await itemsOf(device.userId)).length).toBeGreaterThan(0);

      // The user comes back before Alexa's retry: the pending deletion is finished first, and they are new here.
      healthy.setNow('2026-11-25T15:00:00Z');
      const back = await new Conversation({ handler: healthy.handler, device, clock: () => new Date('2026-11-25T15:00:00Z') }).launch();
      expect(spoken(back), healthy.logs.join('\n')).toMatch(/^Welcome to Back Coach\./);
      // Only the launch's own first visit is kept: the seeded items are gone.
      const left = dataOf(await itemsOf(device.userId));
      expect(left.map((item) => item.sk?.S)).toEqual(['PROFILE']);
      expect(left[0]?.level).toBeUndefined();
    } finally {
      batchesAllowed = Number.POSITIVE_INFINITY;
      await Promise.all([throttled.close(), healthy.close()]);
    }
  });

  it('a session still open on another device cannot bring the data back when it ends', async () => {
    const harness = await startHarness({ dependencies: { store } });
    try {
      const phone = harness.device();
      const echo: DeviceProfile = { ...phone, deviceId: `${phone.deviceId}-kitchen` };
      const workout = new Conversation({ handler: harness.handler, device: echo });
      await workout.intent('StartWorkoutIntent');
      await workout.intent('AMAZON.NextIntent');

      const other = new Conversation({ handler: harness.handler, device: phone });
      await other.intent('LogActivityIntent', activity('walk'));
      await other.intent('DeleteDataIntent');
      expect(spoken(await other.intent('AMAZON.YesIntent'))).toMatch(/^Done\. I've deleted everything/);

      harness.setNow('2026-11-24T15:05:00Z');
      await workout.end('EXCEEDED_MAX_REPROMPTS');
      expect(dataOf(await itemsOf(phone.userId))).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});

describe('the time zone when the Settings API is down', () => {
  // Sunday 29 November 2026, 23:30 in Los Angeles, is already Monday of the next ISO week in UTC.
  const SUNDAY_LATE = '2026-11-30T07:30:00Z';
  const SUNDAY_NOON = '2026-11-29T20:00:00Z';

  it('a device whose zone was known logs into its own Sunday, even in a new container', async () => {
    const before = await startHarness({ now: SUNDAY_NOON, timeZone: 'America/Los_Angeles', dependencies: { store } });
    const after = await startHarness({ now: SUNDAY_LATE, dependencies: { store } });
    try {
      const device = before.device();
      await new Conversation({ handler: before.handler, device }).intent('LogActivityIntent', activity('walk'));
      after.api.setBehaviour({ failWith: 503 });
      const late = await new Conversation({ handler: after.handler, device: { ...device, apiEndpoint: after.api.endpoint } }).intent('LogActivityIntent', activity('strength'));
      expect(spoken(late)).toMatch(/^Logged your strength session\./);
      const item = weekItem(await itemsOf(device.userId), '2026-W48');
      expect([counter(item, 'strength'), counter(item, 'd7')]).toEqual([1, 2]);
      expect(weekItem(await itemsOf(device.userId), '2026-W49')).toBeUndefined();
    } finally {
      await Promise.all([before.close(), after.close()]);
    }
  });

  it('the session carries the zone it learned', async () => {
    const up = await startHarness({ now: SUNDAY_LATE, timeZone: 'America/Los_Angeles', dependencies: { store } });
    const down = await startHarness({ now: SUNDAY_LATE, dependencies: { store } });
    try {
      down.api.setBehaviour({ failWith: 503 });
      const device = up.device();
      const opened = await new Conversation({ handler: up.handler, device }).intent('WorkoutForDayIntent');
      // The next turn of the same session reaches another container, whose Settings API call fails.
      const next: RequestEnvelope = intentRequest(
        { ...device, apiEndpoint: down.api.endpoint, sessionId: opened.request.session?.sessionId ?? '', newSession: false, attributes: opened.response.sessionAttributes ?? {}, requestId: newRequestId() },
        'LogActivityIntent',
        activity('hiit'),
      );
      const logged = await down.handler(next);
      expect(said(logged)).toMatch(/^Logged a HIIT session\. That's 1 of 2/);
      expect(counter(weekItem(await itemsOf(device.userId), '2026-W48'), 'd7')).toBe(1);
    } finally {
      await Promise.all([up.close(), down.close()]);
    }
  });

  it('a log made with no known zone says which day it went to', async () => {
    const harness = await startHarness({ now: SUNDAY_LATE, dependencies: { store } });
    try {
      harness.api.setBehaviour({ failWith: 503 });
      const turn = await harness.conversation().intent('LogActivityIntent', activity('stretch'));
      expect(spoken(turn)).toContain('for Monday, November 30');
    } finally {
      await harness.close();
    }
  });
});
