import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dynamoProgressStore } from '../../lambda/store/dynamo-progress-store';
import type { ProgressStore } from '../../lambda/store/progress-store';
import { userKey } from '../../lambda/store/user-key';
import { Conversation } from '../../scripts/lib/envelope';
import { createProgressTable, localStoreClient } from '../support/dynamo';
import { type FakeDynamo, closedPort, fakeDynamo, throttling } from '../support/fake-dynamo';
import { type Harness, expectWellFormed, resolvedSlot, spoken, startHarness } from '../support/skill-harness';

/** Well under Alexa's 8 seconds, even with the Settings API's second on top. */
const BUDGET_MS = 4_000;

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

describe.each([
  ['unreachable', async () => ({ endpoint: `http://127.0.0.1:${await closedPort()}`, close: async () => undefined })],
  ['throttling', async (): Promise<Pick<FakeDynamo, 'endpoint' | 'close'>> => fakeDynamo(throttling)],
  ['silent', async (): Promise<Pick<FakeDynamo, 'endpoint' | 'close'>> => fakeDynamo(() => undefined)],
])('a store that is %s', (_, start) => {
  let harness: Harness;
  let fake: Pick<FakeDynamo, 'endpoint' | 'close'>;
  let store: ReturnType<typeof dynamoProgressStore>;
  beforeAll(async () => {
    fake = await start();
    store = dynamoProgressStore({ tableName: 'back-coach-progress', client: localStoreClient(fake.endpoint) });
    harness = await startHarness({ dependencies: { store } });
  });
  afterAll(async () => {
    await harness.close();
    await store.destroy();
    await fake.close();
  });

  it('progress answers say so, kindly and in time', async () => {
    const { result, ms } = await timed(() => harness.conversation().intent('WeeklyProgressIntent'));
    await expectWellFormed(result);
    expect(spoken(result)).toMatch(/^I couldn't reach your progress just now\./);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('a log is not claimed as saved', async () => {
    const { result, ms } = await timed(() => harness.conversation().intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength') }));
    await expectWellFormed(result);
    expect(spoken(result)).toMatch(/so that isn't logged/);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('launch and personal plans fall back to the defaults', async () => {
    const chat = harness.conversation();
    const { result: hello, ms } = await timed(() => chat.launch());
    expect(spoken(hello)).toMatch(/^Welcome to Back Coach\./);
    expect(ms).toBeLessThan(BUDGET_MS);
    const today = await chat.intent('WorkoutForDayIntent');
    expect(spoken(today)).toContain('Today is a HIIT day.');
  });

  it('content answers never notice', async () => {
    const { result, ms } = await timed(() => harness.conversation().intent('SpotReductionIntent'));
    expect(spoken(result)).toMatch(/Spot reduction does not work/);
    expect(ms).toBeLessThan(200);
  });

  it('logs what failed, never who', () => {
    const logs = harness.logs.join('\n');
    expect(logs).toMatch(/profile unavailable|could not/);
    expect(logs).not.toMatch(/amzn1\.ask\.account|amzn1\.ask\.device|USER#/);
  });
});

describe('week boundaries follow the user’s time zone', () => {
  let store: ProgressStore & { destroy(): Promise<void> };
  beforeAll(async () => {
    const endpoint = inject('dynamoEndpoint');
    store = dynamoProgressStore({ tableName: await createProgressTable(endpoint, 'skill-weeks'), client: localStoreClient(endpoint) });
  });
  afterAll(() => store.destroy());

  it('a log late on Sunday evening in Los Angeles lands in that week, on Sunday', async () => {
    // 06:00 UTC Monday 30 November is 22:00 Sunday 29 November in Los Angeles.
    const harness = await startHarness({ now: '2026-11-30T06:00:00Z', timeZone: 'America/Los_Angeles', dependencies: { store } });
    try {
      const device = harness.device();
      const chat = new Conversation({ handler: harness.handler, device });
      await chat.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'walk') });
      const { weeks } = await store.history(userKey(device.userId));
      expect(weeks.map((week) => week.week)).toEqual(['2026-W48']);
      expect(weeks[0]?.days[7]).toBe(1);
    } finally {
      await harness.close();
    }
  });

  it('the same instant in Berlin is already Monday of the next week', async () => {
    const harness = await startHarness({ now: '2026-11-30T06:00:00Z', timeZone: 'Europe/Berlin', dependencies: { store } });
    try {
      const device = harness.device();
      await new Conversation({ handler: harness.handler, device }).intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'walk') });
      const { weeks } = await store.history(userKey(device.userId));
      expect(weeks.map((week) => week.week)).toEqual(['2026-W49']);
      expect(weeks[0]?.days[1]).toBe(1);
    } finally {
      await harness.close();
    }
  });
});
