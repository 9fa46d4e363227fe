import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_READ_BUDGET_MS } from '../../lambda/conversation/turn';
import { dynamoProgressStore } from '../../lambda/store/dynamo-progress-store';
import { localStoreClient } from '../support/dynamo';
import { type FakeDynamo, closedPort, fakeDynamo, throttling } from '../support/fake-dynamo';
import { type Harness, expectWellFormed, resolvedSlot, spoken, startHarness } from '../support/skill-harness';

// The skill on the real DynamoDB store, its client's timeouts and retries included, against one fault at a time.
// What the skill says about a failed store is in tests/skill/progress-faults.test.ts; this is about time.

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
])('a DynamoDB store that is %s', (_, start) => {
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

  it('progress answers say so in time', async () => {
    const { result, ms } = await timed(() => harness.conversation().intent('WeeklyProgressIntent'));
    await expectWellFormed(result);
    expect(spoken(result)).toMatch(/^I couldn't reach your progress just now\./);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('a log is not claimed as saved, in time', async () => {
    const { result, ms } = await timed(() => harness.conversation().intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength') }));
    await expectWellFormed(result);
    expect(spoken(result)).toMatch(/so that isn't logged/);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('launch falls back to the defaults in time', async () => {
    const { result, ms } = await timed(() => harness.conversation().launch());
    expect(spoken(result)).toMatch(/^Welcome to Back Coach\./);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it("a one-shot question waits no longer than the first read's budget, says the notice, and the rest of the session never waits", async () => {
    const chat = harness.conversation();
    const { result, ms } = await timed(() => chat.intent('SpotReductionIntent'));
    await expectWellFormed(result);
    expect(spoken(result)).toMatch(/^Quick note: I'm a coach.*Spot reduction does not work/);
    expect(ms).toBeLessThan(FIRST_READ_BUDGET_MS + 200);
    const { result: later, ms: laterMs } = await timed(() => chat.intent('DietTipsIntent'));
    expect(spoken(later)).toMatch(/calorie deficit/);
    expect(laterMs).toBeLessThan(200);
  });
});
