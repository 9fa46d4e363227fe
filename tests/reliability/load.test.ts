import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DynamoProgressStore, dynamoProgressStore } from '../../lambda/store/dynamo-progress-store';
import { ACTIVITIES, type Activity } from '../../lambda/domain/progress';
import { shortKey, userKey } from '../../lambda/store/user-key';
import { type DeviceProfile, type SlotInput, intentRequest, newRequestId, newSessionId } from '../../scripts/sim/envelope';
import { speechToText } from '../../scripts/sim/speech-text';
import { createProgressTable, dynamoClient, localStoreClient } from '../support/dynamo';
import { type Harness, resolvedSlot, startHarness } from '../support/skill-harness';
import { expectValidSsml } from '../support/ssml';

// Tuesday 24 November 2026, 10:00 in New York (the harness's clock): a HIIT day in the default week, ISO week 2026-W48.
const WEEK = '2026-W48';
const TUESDAY = 2;
const USERS = 20;
/**
 * This test is about what a burst does to the data, not how fast it goes: how long its answers take is measured by
 * `npm run bench` ("A burst"), beside the machine's load. So the store here waits as long as DynamoDB Local needs on a
 * busy machine, where its production timeouts (a second a call) would turn a slow answer into "couldn't reach".
 */
const PATIENT = { requestHandler: { connectionTimeout: 10_000, requestTimeout: 30_000, throwOnRequestTimeout: true } } as const;
const PATIENT_DEADLINE_MS = 60_000;

interface Log {
  readonly activity: Activity;
  readonly minutes?: number;
  readonly extraSteps?: number;
  /** @default TUESDAY */
  readonly weekday?: number;
}

/**
 * Every way to log, with and without minutes and steps; each user sends six of them, starting at a different one. Any
 * six in a row hold one session of each kind at most: a second one the same day is asked about before it is logged.
 */
const LOGS: readonly { slots: Record<string, SlotInput>; log: Log }[] = [
  { slots: { activity: resolvedSlot('activity', 'ActivityName', 'strength') }, log: { activity: 'strength' } },
  { slots: { activity: resolvedSlot('activity', 'ActivityName', 'hiit'), duration: 'PT25M' }, log: { activity: 'hiit', minutes: 25 } },
  { slots: { activity: resolvedSlot('activity', 'ActivityName', 'walk') }, log: { activity: 'walk' } },
  { slots: { activity: resolvedSlot('activity', 'ActivityName', 'cardio', 'swam'), duration: 'PT1H10M' }, log: { activity: 'cardio', minutes: 70 } },
  { slots: { activity: resolvedSlot('activity', 'ActivityName', 'walk'), steps: '3000' }, log: { activity: 'walk', extraSteps: 3_000 } },
  { slots: { steps: '1500' }, log: { activity: 'walk', extraSteps: 1_500 } },
  { slots: { activity: resolvedSlot('activity', 'ActivityName', 'stretch') }, log: { activity: 'stretch' } },
  { slots: { activity: resolvedSlot('activity', 'ActivityName', 'walk'), duration: 'PT30M' }, log: { activity: 'walk', minutes: 30 } },
  { slots: { activity: resolvedSlot('activity', 'ActivityName', 'walk'), duration: 'PT45M', steps: '2000' }, log: { activity: 'walk', minutes: 45, extraSteps: 2_000 } },
];
/** "I ran for 20 minutes yesterday": Monday's cardio, in the same week. */
const YESTERDAY: { slots: Record<string, SlotInput>; log: Log } = {
  slots: { activity: resolvedSlot('activity', 'ActivityName', 'cardio', 'ran'), duration: 'PT20M' },
  log: { activity: 'cardio', minutes: 20, weekday: 1 },
};
const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

interface Sent {
  readonly user: number;
  readonly request: RequestEnvelope;
  /** What the request logs, if it logs; a retry carries the same log and must not count it again. */
  readonly log?: Log;
  readonly retryOf?: RequestEnvelope;
}

let harness: Harness;
let store: DynamoProgressStore;
let tableName: string;

beforeAll(async () => {
  const endpoint = inject('dynamoEndpoint');
  tableName = await createProgressTable(endpoint, 'load');
  store = dynamoProgressStore({ tableName, client: { ...localStoreClient(endpoint), ...PATIENT }, deadlineMs: PATIENT_DEADLINE_MS });
  harness = await startHarness({ dependencies: { store } });
});
afterAll(async () => {
  await harness?.close();
  await store?.destroy();
});

/** A small deterministic shuffle, so the burst interleaves users and kinds the same way on every run. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  let state = 48_271;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 16_807) % 2_147_483_647;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** 9 requests for each of 20 users, plus one retried log each: 200 in all. */
function burst(devices: readonly DeviceProfile[]): Sent[] {
  const sent: Sent[] = [];
  devices.forEach((device, user) => {
    const request = (intent: string, slots: Record<string, SlotInput> = {}) =>
      intentRequest({ ...device, sessionId: newSessionId(), newSession: true, requestId: newRequestId() }, intent, slots);
    const logs = Array.from({ length: 6 }, (_, i) => LOGS[(user + i) % LOGS.length]!).map(({ slots, log }) => ({ user, request: request('LogActivityIntent', slots), log }));
    sent.push(...logs);
    sent.push({ user, request: request('WeeklyProgressIntent') });
    // Half the users change level; the other half log what they did yesterday.
    if (user < USERS / 2) sent.push({ user, request: request('SetLevelIntent', { level: resolvedSlot('level', 'LevelName', LEVELS[user % LEVELS.length]!) }) });
    else sent.push({ user, request: request('LogYesterdayIntent', YESTERDAY.slots), log: YESTERDAY.log });
    sent.push({ user, request: request(user % 2 ? 'AllStepsIntent' : 'ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', user % 3 ? 'superman' : 'hiit') }) });
    // Alexa retries a request it got no answer to with the same requestId: the same envelope again.
    const original = logs[user % logs.length]!;
    sent.push({ user, request: structuredClone(original.request), log: original.log, retryOf: original.request });
  });
  return shuffled(sent);
}

function expectedWeek(logs: readonly Log[]) {
  const sessions = Object.fromEntries(ACTIVITIES.map((activity) => [activity, logs.filter((log) => log.activity === activity).length]));
  const sum = (pick: (log: Log) => number | undefined) => logs.reduce((total, log) => total + (pick(log) ?? 0), 0);
  const days = Object.fromEntries([1, 2].map((day) => [day, logs.filter((log) => (log.weekday ?? TUESDAY) === day).length]));
  const activeDays = Object.values(days).filter((count) => count > 0).length;
  return { week: WEEK, sessions, minutes: sum((log) => log.minutes), extraSteps: sum((log) => log.extraSteps), activeDays, days, requests: logs.length };
}

const said = (response: ResponseEnvelope) => speechToText(response.response.outputSpeech);

describe('200 concurrent requests from 20 users', () => {
  const answers: { sent: Sent; response: ResponseEnvelope }[] = [];
  let devices: DeviceProfile[];
  let sent: Sent[];

  beforeAll(async () => {
    devices = Array.from({ length: USERS }, () => harness.device());
    sent = burst(devices);
    answers.push(...(await Promise.all(sent.map(async (one) => ({ sent: one, response: await harness.handler(one.request) })))));
  }, 180_000);

  it('sends what it should: 200 requests, 20 of them retries', () => {
    expect(sent).toHaveLength(200);
    expect(sent.filter((one) => one.retryOf)).toHaveLength(USERS);
    expect(new Set(sent.map((one) => one.request.request.requestId)).size).toBe(200 - USERS);
  });

  it('answers every one validly, with nothing lost to the store', async () => {
    for (const { sent: one, response } of answers) {
      expect(response.version).toBe('1.0');
      const speech = response.response.outputSpeech;
      expect(speech?.type, one.request.request.type).toBe('SSML');
      if (speech?.type === 'SSML') await expectValidSsml(speech.ssml);
      expect(said(response), 'the store kept up').not.toMatch(/couldn't reach|isn't logged|couldn't save|went wrong/i);
    }
  });

  it('answers a retried log as its first delivery, whichever of the two got there first (the week counts it once, below)', () => {
    for (const retry of answers.filter(({ sent: one }) => one.retryOf)) {
      const first = answers.find(({ sent: one }) => one.request === retry.sent.retryOf)!;
      const [firstSaid, retrySaid] = [said(first.response), said(retry.response)];
      expect(firstSaid).toMatch(/^Logged /);
      // What was logged is the same; where the week stands may have moved between the two.
      expect(retrySaid.split('. ')[0]).toBe(firstSaid.split('. ')[0]);
      expect(retry.response.sessionAttributes?.lastLog).toEqual(first.response.sessionAttributes?.lastLog);
    }
  });

  it('leaves every user with exactly what they logged, and nothing of anyone else’s', async () => {
    for (const [user, device] of devices.entries()) {
      const logged = sent.filter((one) => one.user === user && one.log && !one.retryOf).map((one) => one.log!);
      const { weeks, profile } = await store.history(userKey(device.userId));
      expect(weeks).toHaveLength(1);
      expect(weeks[0], `user ${user}`).toMatchObject(expectedWeek(logged));
      if (user < USERS / 2) expect(profile?.level).toBe(LEVELS[user % LEVELS.length]);
    }
  });

  it('keeps one request key and one entry per counted log on each week item, so counters, keys and entries agree', async () => {
    const client = dynamoClient(inject('dynamoEndpoint'));
    try {
      for (const [user, device] of devices.entries()) {
        const counted = sent.filter((one) => one.user === user && one.log && !one.retryOf).map((one) => one.request.request.requestId);
        const { Item } = await client.send(
          new GetItemCommand({ TableName: tableName, Key: { pk: { S: userKey(device.userId) }, sk: { S: `WEEK#${WEEK}` } }, ConsistentRead: true }),
        );
        expect(new Set(Item?.ids?.SS)).toEqual(new Set(counted.map(shortKey)));
        expect(Item?.logs?.SS).toHaveLength(counted.length);
        const sessions = ACTIVITIES.reduce((total, activity) => total + Number(Item?.[activity]?.N ?? 0), 0);
        expect(sessions).toBe(counted.length);
      }
    } finally {
      client.destroy();
    }
  });

  it('logs nothing that names a user', () => {
    expect(harness.logs.join('\n')).not.toMatch(/amzn1\.ask\.account|USER#/);
  });
});
