import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreFailure } from '../../lambda/store/progress-store';
import { userKey } from '../../lambda/store/user-key';
import { Conversation, skillEvent } from '../../scripts/sim/envelope';
import { type Harness, expectWellFormed, resolvedSlot, spoken, startHarness } from '../support/skill-harness';

// What the skill says when the store fails, on the in-memory store made to fail. The same faults on the real
// DynamoDB store, timeouts and all, are timed in tests/reliability/store-down.test.ts.
describe.each([
  ['unreachable', 'network'],
  ['throttling', 'throttled'],
  ['too slow', 'timeout'],
] as const satisfies readonly (readonly [string, StoreFailure])[])('a store that is %s', (_, reason) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
    harness.store.failWith(reason);
  });
  afterAll(() => harness.close());

  it('progress answers say so, kindly', async () => {
    const result = await harness.conversation().intent('WeeklyProgressIntent');
    await expectWellFormed(result);
    expect(spoken(result)).toMatch(/^I couldn't reach your progress just now\./);
  });

  it('a log is not claimed as saved', async () => {
    const result = await harness.conversation().intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength') });
    await expectWellFormed(result);
    expect(spoken(result)).toMatch(/so that isn't logged/);
  });

  it('launch and personal plans fall back to the defaults', async () => {
    const chat = harness.conversation();
    expect(spoken(await chat.launch())).toMatch(/^Welcome to Back Coach\./);
    const today = await chat.intent('WorkoutForDayIntent');
    expect(spoken(today)).toContain('Today is a HIIT day.');
  });

  it('content answers never notice; the notice is said, as for a user never heard from', async () => {
    const result = await harness.conversation().intent('SpotReductionIntent');
    await expectWellFormed(result);
    expect(spoken(result)).toMatch(/^Quick note: I'm a coach.*Spot reduction does not work/);
  });

  it('a deletion that fails is logged for the FailedDeletions alarm, asked for or by disabling the skill', async () => {
    const chat = harness.conversation();
    await chat.intent('DeleteDataIntent');
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/^I couldn't reach your progress just now\./);
    const disabled = skillEvent({ ...harness.device(), sessionId: 'none', newSession: true }, 'AlexaSkillEvent.SkillDisabled');
    // Thrown on, so Alexa delivers the event again.
    await expect(harness.handler(disabled)).rejects.toThrow();
    const failures = harness.logs.map((line) => JSON.parse(line)).filter((entry) => entry.message === 'deletion failed');
    expect(failures).toEqual([
      { level: 'error', message: 'deletion failed', trigger: 'asked' },
      { level: 'error', message: 'deletion failed', trigger: 'skill disabled', error: 'StoreUnavailableError' },
    ]);
  });

  // Found in review (December 6): the reminders are cancelled beside the deletion; with the store down, the answer said
  // only "try again", as if nothing had gone.
  it('a deletion that fails after the reminders were cancelled says they went, and that the rest is still there', async () => {
    harness.api.reminders.granted = true;
    const chat = harness.conversation();
    await chat.intent('SetReminderIntent', { time: '07:00' });
    await chat.intent('AMAZON.YesIntent');
    expect(harness.api.reminders.alerts.length).toBeGreaterThan(0);
    await chat.intent('DeleteDataIntent');
    const yes = await chat.intent('AMAZON.YesIntent');
    await expectWellFormed(yes);
    expect(spoken(yes)).toMatch(/^I cancelled your workout reminders, but I couldn't reach the rest of your data just now, so it's still there\./);
    expect(harness.api.reminders.alerts).toEqual([]);
    harness.api.reminders.granted = false;
  });

  it('logs what failed, never who', () => {
    const logs = harness.logs.join('\n');
    expect(logs).toMatch(/profile unavailable|could not/);
    expect(logs).not.toMatch(/amzn1\.ask\.account|amzn1\.ask\.device|USER#/);
  });
});

describe('week boundaries follow the user’s time zone', () => {
  it('a log late on Sunday evening in Los Angeles lands in that week, on Sunday', async () => {
    // 06:00 UTC Monday 30 November is 22:00 Sunday 29 November in Los Angeles.
    const harness = await startHarness({ now: '2026-11-30T06:00:00Z', timeZone: 'America/Los_Angeles' });
    try {
      const device = harness.device();
      const chat = new Conversation({ handler: harness.handler, device });
      await chat.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'walk') });
      const { weeks } = await harness.store.history(userKey(device.userId));
      expect(weeks.map((week) => week.week)).toEqual(['2026-W48']);
      expect(weeks[0]?.days[7]).toBe(1);
    } finally {
      await harness.close();
    }
  });

  it('the same instant in Berlin is already Monday of the next week', async () => {
    const harness = await startHarness({ now: '2026-11-30T06:00:00Z', timeZone: 'Europe/Berlin' });
    try {
      const device = harness.device();
      await new Conversation({ handler: harness.handler, device }).intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'walk') });
      const { weeks } = await harness.store.history(userKey(device.userId));
      expect(weeks.map((week) => week.week)).toEqual(['2026-W49']);
      expect(weeks[0]?.days[1]).toBe(1);
    } finally {
      await harness.close();
    }
  });
});
