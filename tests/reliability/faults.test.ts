import { type AttributeValue, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DynamoProgressStore, dynamoProgressStore } from '../../lambda/store/dynamo-progress-store';
import { ACTIVITIES, type Activity } from '../../lambda/domain/progress';
import { MAX_RESPONSE_SECONDS } from '../../lambda/speech/workout';
import { decodeEntry } from '../../lambda/store/progress-store';
import { shortKey, userKey } from '../../lambda/store/user-key';
import { Conversation, type DeviceProfile, type Turn, intentRequest, newRequestId } from '../../scripts/sim/envelope';
import { createProgressTable, dynamoClient, localStoreClient } from '../support/dynamo';
import { closedPort } from '../support/fake-dynamo';
import { ACCESS_TOKEN, type Harness, expectWellFormed, resolvedSlot, spoken, startHarness } from '../support/skill-harness';
import { type DelayingProxy, delayingProxy } from './delaying-proxy';

// Single faults (store down, throttling, silent; the Settings API slow or failing) are covered in store-down.test.ts,
// tests/skill and tests/integration. These are the combinations, and what a timed-out write leaves behind.

// Tuesday 24 November 2026, 10:00 in New York (the harness's clock): ISO week 2026-W48, day 2.
const WEEK = '2026-W48';
const TUESDAY = 2;
/** Well inside Alexa's 8 seconds: one Settings API wait (1 s) and one store wait (2.5 s), with room to speak. */
const BUDGET_MS = 4_500;
/** When nothing answers at all there is nothing to wait for. */
const FAIL_FAST_MS = 1_000;

interface Log {
  readonly activity: Activity;
  readonly minutes?: number;
  readonly extraSteps?: number;
}

const activity = (id: Activity, said?: string) => ({ activity: resolvedSlot('activity', 'ActivityName', id, said) });

async function timed(work: () => Promise<Turn>): Promise<{ turn: Turn; ms: number }> {
  const started = performance.now();
  const turn = await work();
  return { turn, ms: performance.now() - started };
}

/** The device a turn was said on, to say the next turn there. */
function deviceOf(turn: Turn): DeviceProfile {
  const { System } = turn.request.context;
  return {
    skillId: System.application.applicationId,
    userId: System.user.userId,
    deviceId: System.device?.deviceId ?? '',
    apiEndpoint: System.apiEndpoint,
    apiAccessToken: System.apiAccessToken ?? '',
    locale: turn.request.request.locale ?? 'en-US',
    supportedInterfaces: System.device?.supportedInterfaces ?? {},
  };
}

let endpoint: string;
let tableName: string;

beforeAll(async () => {
  endpoint = inject('dynamoEndpoint');
  tableName = await createProgressTable(endpoint, 'faults');
});

async function weekItem(userId: string): Promise<Record<string, AttributeValue> | undefined> {
  const client = dynamoClient(endpoint);
  try {
    const key = { pk: { S: userKey(userId) }, sk: { S: `WEEK#${WEEK}` } };
    return (await client.send(new GetItemCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;
  } finally {
    client.destroy();
  }
}

/**
 * A week item is whole when its counters are exactly the sum of the logs whose entries it holds: each log landed
 * entirely (counters, minutes, steps, day, entry and request key in one write) or not at all. Returns the request ids
 * whose logs it counts.
 */
function expectWhole(item: Record<string, AttributeValue> | undefined, candidates: ReadonlyMap<string, Log>): string[] {
  const byKey = new Map([...candidates.keys()].map((id) => [shortKey(id), id]));
  const entries = (item?.logs?.SS ?? []).map(decodeEntry);
  const ids = entries.map((entry) => byKey.get(entry?.key ?? '') ?? `unknown entry ${entry?.key}`);
  expect(new Set(ids).size).toBe(ids.length);
  for (const key of item?.ids?.SS ?? []) expect([...byKey.keys()], `unknown request key ${key}`).toContain(key);
  for (const id of ids) expect(candidates.has(id), id).toBe(true);
  const landed = ids.map((id) => candidates.get(id)!);
  const counter = (name: string) => Number(item?.[name]?.N ?? 0);
  for (const name of ACTIVITIES) expect(counter(name), name).toBe(landed.filter((log) => log.activity === name).length);
  expect(counter('minutes')).toBe(landed.reduce((sum, log) => sum + (log.minutes ?? 0), 0));
  expect(counter('steps')).toBe(landed.reduce((sum, log) => sum + (log.extraSteps ?? 0), 0));
  expect(counter(`d${TUESDAY}`)).toBe(landed.length);
  return ids;
}

describe.each([
  {
    fault: 'slow',
    // Every store call reaches DynamoDB Local, and every answer comes back after the client has stopped waiting.
    storeDelay: () => ({ forwardAfterMs: 0, answerAfterMs: 3_000 }),
    api: { delayMs: 3_000 },
    budgetMs: BUDGET_MS,
  },
  { fault: 'down', storeDelay: undefined, api: { failWith: 503 }, budgetMs: FAIL_FAST_MS },
])('the Settings API and the store both $fault at once', ({ storeDelay, api, budgetMs }) => {
  let harness: Harness;
  let store: DynamoProgressStore;
  let proxy: DelayingProxy | undefined;

  beforeAll(async () => {
    proxy = storeDelay ? await delayingProxy(endpoint, storeDelay) : undefined;
    const storeEndpoint = proxy?.endpoint ?? `http://127.0.0.1:${await closedPort()}`;
    store = dynamoProgressStore({ tableName, client: localStoreClient(storeEndpoint) });
    harness = await startHarness({ dependencies: { store } });
    harness.api.setBehaviour({ ...api, defaultTimeZone: 'America/New_York', accessToken: ACCESS_TOKEN });
  });
  afterAll(async () => {
    await harness?.close();
    await store?.destroy();
    await proxy?.close();
  });

  // Each on a device of its own, so no answer profits from a time zone another one already waited for.
  const asks: Record<string, { ask: (chat: Conversation) => Promise<Turn>; log?: Log; says: RegExp; midWorkout?: boolean }> = {
    launch: { ask: (chat) => chat.launch(), says: /^Welcome to Back Coach\./ },
    'a log': { ask: (chat) => chat.intent('LogActivityIntent', { ...activity('cardio', 'swam'), duration: 'PT30M' }), log: { activity: 'cardio', minutes: 30 }, says: /isn't logged/ },
    'finished today': { ask: (chat) => chat.intent('FinishedTodayIntent'), log: { activity: 'hiit', minutes: 20 }, says: /isn't logged/ },
    progress: { ask: (chat) => chat.intent('WeeklyProgressIntent'), says: /^I couldn't reach your progress just now\./ },
    'set level': { ask: (chat) => chat.intent('SetLevelIntent', { level: resolvedSlot('level', 'LevelName', 'advanced') }), says: /^I'll use advanced for now, but I couldn't save it just now\./ },
    'set rest day': { ask: (chat) => chat.intent('SetRestDayIntent', { day: 'saturday' }), says: /^I couldn't save your rest day just now\./ },
    'start workout': { ask: (chat) => chat.intent('StartWorkoutIntent'), says: /Today is a HIIT day: .* Say next to keep going\.$/, midWorkout: true },
    "tomorrow's workout": { ask: (chat) => chat.intent('WorkoutForDayIntent', { date: '2026-11-25' }), says: /Tomorrow is a strength day\./ },
    'reset, confirmed': {
      ask: async (chat) => {
        await chat.intent('ResetWeekIntent');
        return chat.intent('AMAZON.YesIntent');
      },
      says: /^I couldn't reach your progress just now\./,
    },
  };
  const results = new Map<string, { turn: Turn; ms: number; userId: string }>();

  beforeAll(async () => {
    await Promise.all(
      Object.entries(asks).map(async ([name, { ask }]) => {
        const chat = harness.conversation();
        const { turn, ms } = await timed(() => ask(chat));
        results.set(name, { turn, ms, userId: turn.request.context.System.user.userId });
      }),
    );
  }, 30_000);

  it.each(Object.keys(asks))('%s still answers, kindly and within budget', async (name) => {
    const { turn, ms } = results.get(name)!;
    // A paced workout step may run past 30 seconds and ends on what to say next (as in tests/skill/guided-workout).
    await expectWellFormed(turn, asks[name]!.midWorkout ? { maxSeconds: MAX_RESPONSE_SECONDS, endsOnQuestion: false } : {});
    expect(spoken(turn)).toMatch(asks[name]!.says);
    expect(ms).toBeLessThan(budgetMs);
  });

  it('leaves nothing half-written', async () => {
    await proxy?.idle();
    for (const [name, { turn, userId }] of results) {
      const { log } = asks[name]!;
      expectWhole(await weekItem(userId), new Map(log ? [[turn.request.request.requestId, log]] : []));
    }
  });
});

type Attempt = 'late answer' | 'lands late' | 'lost';

describe('a log whose write times out', () => {
  let slow: Harness;
  let healthy: Harness;
  let slowStore: DynamoProgressStore;
  let healthyStore: DynamoProgressStore;
  let proxy: DelayingProxy;
  /** How the proxy treats each user's writes, attempt by attempt (the SDK makes two). */
  const plans = new Map<string, Attempt[]>();

  beforeAll(async () => {
    proxy = await delayingProxy(endpoint, (operation, payload) => {
      const user = (JSON.parse(payload) as { Key?: { pk?: { S?: string } } }).Key?.pk?.S ?? '';
      if (operation !== 'UpdateItem') return { forwardAfterMs: 0, answerAfterMs: 0 };
      switch (plans.get(user)?.shift() ?? 'late answer') {
        // Written at once; the answer arrives after the 1 s request timeout.
        case 'late answer':
          return { forwardAfterMs: 0, answerAfterMs: 1_500 };
        // Reaches the store only after the client gave up on the whole call.
        case 'lands late':
          return { forwardAfterMs: 2_600, answerAfterMs: 0 };
        case 'lost':
          return 'drop';
      }
    });
    slowStore = dynamoProgressStore({ tableName, client: localStoreClient(proxy.endpoint) });
    healthyStore = dynamoProgressStore({ tableName, client: localStoreClient(endpoint) });
    slow = await startHarness({ dependencies: { store: slowStore } });
    healthy = await startHarness({ dependencies: { store: healthyStore } });
  });
  afterAll(async () => {
    await Promise.all([slow?.close(), healthy?.close()]);
    await Promise.all([slowStore?.destroy(), healthyStore?.destroy()]);
    await proxy?.close();
  });

  const log: Log = { activity: 'walk', minutes: 25, extraSteps: 4_000 };
  const cases: readonly { attempts: readonly Attempt[]; landed: boolean }[] = [
    { attempts: ['late answer', 'late answer'], landed: true },
    { attempts: ['lands late', 'lands late'], landed: true },
    { attempts: ['lost', 'late answer'], landed: true },
    { attempts: ['lost', 'lost'], landed: false },
  ];
  const results = new Map<(typeof cases)[number], { turn: Turn; ms: number }>();

  beforeAll(async () => {
    await Promise.all(
      cases.map(async (one) => {
        const device = slow.device();
        plans.set(userKey(device.userId), [...one.attempts]);
        const chat = new Conversation({ handler: slow.handler, device });
        results.set(one, await timed(() => chat.intent('LogActivityIntent', { ...activity('walk'), duration: 'PT25M', steps: '4000' })));
      }),
    );
    await proxy.idle();
  }, 30_000);

  it.each(cases)('$attempts: said to be unsure, the week holds the whole log or none of it, a retry counts it once and answers as a log, and undo works', async (one) => {
    const { turn, ms } = results.get(one)!;
    await expectWellFormed(turn);
    // The write may have landed, and undo can take it off if it did.
    expect(spoken(turn)).toMatch(/^I'm not sure that saved/);
    expect(turn.response.sessionAttributes?.lastLog).toMatchObject({ activity: 'walk', minutes: 25, extraSteps: 4_000 });
    expect(ms).toBeLessThan(BUDGET_MS);

    const userId = turn.request.context.System.user.userId;
    const requestId = turn.request.request.requestId;
    expect(expectWhole(await weekItem(userId), new Map([[requestId, log]]))).toEqual(one.landed ? [requestId] : []);

    // Alexa heard nothing in time and sends the same request again; the store is well by now. Landed or not, the
    // answer is the log's, and it is counted once.
    const retry = await healthy.handler(turn.request);
    expect(JSON.stringify(retry.response.outputSpeech)).toContain('Logged a 25-minute walk with 4,000 extra steps.');
    expect(expectWhole(await weekItem(userId), new Map([[requestId, log]]))).toEqual([requestId]);

    const undo = await healthy.handler(
      intentRequest({ ...deviceOf(turn), sessionId: turn.request.session?.sessionId ?? '', newSession: false, attributes: retry.sessionAttributes ?? {}, requestId: newRequestId() }, 'UndoIntent'),
    );
    expect(JSON.stringify(undo.response.outputSpeech)).toContain('Done. I took off ');
    expect(expectWhole(await weekItem(userId), new Map([[requestId, log]]))).toEqual([]);
  });
});
