import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../lambda/content/types';
import type { Weekday } from '../../lambda/domain/calendar';
import type { Activity } from '../../lambda/domain/progress';
import type { ProfileChanges } from '../../lambda/store/progress-store';
import { userKey } from '../../lambda/store/user-key';
import { type StoreCall, countingStore, isWrite } from '../../scripts/sim/counting-store';
import type { Conversation, Turn } from '../../scripts/sim/envelope';
import { memoryProgressStore } from '../../scripts/sim/memory-store';
import { type Harness, expectWellFormed, resolvedSlot, spoken, startHarness, unmatchedSlot } from '../support/skill-harness';

// Tuesday 24 November 2026, 10:00 in New York (ISO week 2026-W48); the default week rests on Sunday:
// strength on Monday, Wednesday and Friday, HIIT on Tuesday and Saturday, cardio on Thursday.
let harness: Harness;
const store = memoryProgressStore();
const counted = { calls: [] as StoreCall[] };
let users = 0;

beforeAll(async () => {
  const counting = countingStore(store);
  counted.calls = counting.calls;
  harness = await startHarness({ store, dependencies: { store: counting.store } });
});
afterAll(() => harness.close());

/** A user with a history: what each week held, day by day, and a profile. */
async function userWith(weeks: Readonly<Record<string, Partial<Record<Weekday, readonly Activity[]>>>>, profile: ProfileChanges = {}): Promise<{ chat: Conversation; key: string; userId: string }> {
  users += 1;
  const userId = `amzn1.ask.account.COACH${users}`;
  const key = userKey(userId);
  let request = 0;
  for (const [week, days] of Object.entries(weeks)) {
    for (const [weekday, activities] of Object.entries(days)) {
      for (const activity of activities ?? []) {
        request += 1;
        await store.recordActivity(key, { week, weekday: Number(weekday) as Weekday, activity, requestId: `amzn1.echo-api.request.seed-${users}-${request}` });
      }
    }
  }
  await store.updateProfile(key, { noticeHeard: true, createdAt: '2026-11-01T08:00:00.000Z', ...profile });
  return { chat: harness.conversation({ userId }), key, userId };
}

const FULL_WEEK = { 1: ['strength'], 2: ['hiit'], 3: ['strength'], 4: ['cardio'], 5: ['strength'], 6: ['hiit'] } as const;

/** One turn, within one read and one write, and well formed (a workout's paced step is checked by its own tests). */
async function say(chat: Conversation, intent: string, slots: Parameters<Conversation['intent']>[1] = {}, { pacedStep = false } = {}): Promise<Turn> {
  const before = counted.calls.length;
  const turn = intent === 'launch' ? await chat.launch() : await chat.intent(intent, slots);
  const calls = counted.calls.slice(before);
  expect(calls.filter((call) => !isWrite(call)).length, intent).toBeLessThanOrEqual(1);
  expect(calls.filter(isWrite).length, intent).toBeLessThanOrEqual(1);
  if (!pacedStep) await expectWellFormed(turn);
  return turn;
}

const profileOf = async (key: string) => (await store.history(key)).profile;
const logged = (activity: Activity) => ({ activity: resolvedSlot('activity', 'ActivityName', activity) });

describe('rest notes', () => {
  it('a strength log the day after strength gets one short, kind note, once', async () => {
    const { chat } = await userWith({ '2026-W48': { 1: ['strength'] } });
    const second = await say(chat, 'LogActivityIntent', logged('strength'));
    expect(spoken(second)).toContain("That's strength two days running. Muscles get stronger while they rest, so keep tomorrow light: a walk, or a stretch.");
    const third = await say(chat, 'LogActivityIntent', logged('strength'));
    expect(spoken(third)).not.toContain('two days running');
  });

  // Found by a helper trying the console (December 5): on a Wednesday, a strength day, "I did strength on Tuesday" after
  // Monday's got "keep tomorrow light": its tomorrow was today, gone by as advice.
  it('a log for a day gone by gets no rest note: its tomorrow is not ahead', async () => {
    const { chat } = await userWith({ '2026-W47': { 7: ['strength'] } });
    const yesterday = await say(chat, 'LogYesterdayIntent', logged('strength'));
    expect(spoken(yesterday)).toMatch(/^Logged your strength session\. That's for Monday, November 23\./);
    expect(spoken(yesterday)).not.toMatch(/two days running|seven active days/);
  });

  it('sees yesterday across the week’s end', async () => {
    harness.setNow('2026-11-23T15:00:00Z');
    try {
      const { chat } = await userWith({ '2026-W47': { 7: ['strength'] } });
      expect(spoken(await say(chat, 'LogActivityIntent', logged('strength')))).toContain('two days running');
    } finally {
      harness.setNow('2026-11-24T15:00:00Z');
    }
  });

  it('a seventh active day in a row, with no rest or stretch day, gets one note', async () => {
    const week47 = { 3: ['hiit'], 4: ['strength'], 5: ['cardio'], 6: ['hiit'], 7: ['walk'] } as const;
    const { chat } = await userWith({ '2026-W47': week47, '2026-W48': { 1: ['strength'] } });
    const seventh = await say(chat, 'LogActivityIntent', logged('hiit'));
    expect(spoken(seventh)).toContain("That's seven active days in a row. Great going. Take a rest or stretch day soon");
    expect(spoken(await say(chat, 'LogActivityIntent', logged('walk')))).not.toContain('seven active days');
  });

  it('never otherwise: a stretch day in the run, a day off, or other activities on days running', async () => {
    const stretched = await userWith({ '2026-W47': { 3: ['hiit'], 4: ['stretch'], 5: ['cardio'], 6: ['hiit'], 7: ['walk'] }, '2026-W48': { 1: ['strength'] } });
    expect(spoken(await say(stretched.chat, 'LogActivityIntent', logged('hiit')))).not.toMatch(/seven active days|two days running/);
    const gap = await userWith({ '2026-W47': { 4: ['strength'], 5: ['cardio'], 6: ['hiit'], 7: ['walk'] }, '2026-W48': { 1: ['strength'] } });
    expect(spoken(await say(gap.chat, 'LogActivityIntent', logged('hiit')))).not.toMatch(/seven active days|two days running/);
    const mixed = await userWith({ '2026-W48': { 1: ['cardio'] } });
    expect(spoken(await say(mixed.chat, 'LogActivityIntent', logged('strength')))).not.toMatch(/seven active days|two days running/);
  });

  it('the rest day’s answer explains recovery: sleep, stretching, foam rolling', async () => {
    const { chat } = await userWith({});
    const sunday = await say(chat, 'WorkoutForDayIntent', { date: '2026-11-29' });
    expect(spoken(sunday)).toMatch(/Sunday is your rest day\. Rest is when your muscles repair and get stronger\. Sleep well.*Stretch or do yoga, foam roll tight spots/);
  });
});

describe('the weekly look back', () => {
  it('opens the first session of a new week with last week against the plan and one focus, once', async () => {
    const { chat, key } = await userWith({ '2026-W47': { 1: ['strength'], 2: ['hiit'], 3: ['strength'], 5: ['strength'] } }, { remindersOffered: true });
    const launch = await say(chat, 'launch');
    expect(spoken(launch)).toBe(
      'Welcome back. Last week you did 4 of 6 planned sessions. This week, focus on getting both HIIT sessions in. Today is a HIIT day, and this week is a fresh start. What would you like?',
    );
    expect((await profileOf(key))?.lookedBack).toBe('2026-W48');
    await chat.end();
    expect(spoken(await say(chat, 'launch'))).toBe("Welcome back. Today is a HIIT day, and this week is a fresh start. What would you like?");
  });

  // Found by a helper trying the console: two walks logged today, then "Welcome back… this week is a fresh start".
  it('a week with walks but no session yet is no fresh start', async () => {
    const { chat } = await userWith({ '2026-W48': { 2: ['walk', 'walk'] } }, { remindersOffered: true, lookedBack: '2026-W48' });
    expect(spoken(await say(chat, 'launch'))).toBe(
      "Welcome back. Today is a HIIT day, and you've been moving this week, with no workout session yet. What would you like?",
    );
  });

  // Found by a helper trying the console: "this week is a fresh start" was said on a Thursday with nothing logged.
  it('a week with nothing logged yet is a fresh start only at its start; later, there is still time', async () => {
    const { chat } = await userWith({}, { remindersOffered: true, lookedBack: '2026-W48' });
    harness.setNow('2026-11-26T15:00:00Z');
    try {
      expect(spoken(await say(chat, 'launch'))).toBe("Welcome back. Today is a cardio day, and nothing is logged yet this week, but there's still time. What would you like?");
      // On the Sunday rest day no training day is left: no "still time" (found by a helper trying the console, December 5).
      await chat.end();
      harness.setNow('2026-11-29T15:00:00Z');
      expect(spoken(await say(chat, 'launch'))).toBe('Welcome back. Today is your rest day, and nothing is logged this week: Monday is a fresh start. What would you like?');
    } finally {
      harness.setNow('2026-11-24T15:00:00Z');
    }
  });

  it('says the streak when last week met the plan, and a week with nothing logged plainly', async () => {
    const met = await userWith({ '2026-W47': FULL_WEEK, '2026-W46': FULL_WEEK, '2026-W45': { 1: ['walk'] } }, { remindersOffered: true, stepUpOffered: 'beginner' });
    expect(spoken(await say(met.chat, 'launch'))).toMatch(/^Welcome back\. Last week you met the plan: 6 sessions\. That's 2 weeks in a row\. This week, keep the same steady rhythm\. Today/);
    const away = await userWith({ '2026-W44': FULL_WEEK }, { remindersOffered: true });
    expect(spoken(await say(away.chat, 'launch'))).toMatch(/^Welcome back\. Last week had no sessions logged\. This week, focus on getting all 3 strength sessions in\. Today/);
  });

  it('is not for a first visit, nor for a user whose first week this is', async () => {
    const { chat } = await userWith({}, { createdAt: '2026-11-23T09:00:00.000Z' });
    expect(spoken(await say(chat, 'launch'))).not.toMatch(/Last week/);
  });

  // Found by a helper trying the console (December 6): begun on the Sunday evening, the Monday launch said "Last week had
  // no sessions logged".
  it('to a user who began late last week with nothing logged, says this is their first full week', async () => {
    const { chat } = await userWith({}, { createdAt: '2026-11-22T19:00:00.000Z', remindersOffered: true });
    expect(spoken(await say(chat, 'launch'))).toMatch(/^Welcome back\. This is your first full week with me\. This week, focus on getting all 3 strength sessions in\. Today/);
    // Begun at the start of last week, that was a full week (found in review: it said "first full week" too).
    const early = await userWith({}, { createdAt: '2026-11-16T09:00:00.000Z', remindersOffered: true });
    expect(spoken(await say(early.chat, 'launch'))).toMatch(/^Welcome back\. Last week had no sessions logged\./);
  });
});

describe('steady progression', () => {
  const twoGoodWeeks = { '2026-W47': FULL_WEEK, '2026-W46': FULL_WEEK };

  it('after two weeks meeting the strength sessions at one level, suggests the next level once, as a yes/no', async () => {
    const { chat, key } = await userWith(twoGoodWeeks, { remindersOffered: true });
    const launch = await say(chat, 'launch');
    expect(spoken(launch)).toBe(
      "Welcome back. Last week you met the plan: 6 sessions. That's 2 weeks in a row. Today is a HIIT day, and this week is a fresh start. You've done all your strength sessions two weeks running at beginner. Ready to move up to intermediate?",
    );
    expect((await profileOf(key))?.level).toBeUndefined();
    const yes = await say(chat, 'AMAZON.YesIntent');
    expect(spoken(yes)).toMatch(/^Got it: intermediate\./);
    expect(await profileOf(key)).toMatchObject({ level: 'intermediate', levelSince: '2026-W48', stepUpOffered: 'beginner' });
  });

  it('the level never changes without a yes, and the suggestion is not made again at that level', async () => {
    const { chat, key } = await userWith(twoGoodWeeks, { remindersOffered: true });
    await say(chat, 'launch');
    const no = await say(chat, 'AMAZON.NoIntent');
    expect(spoken(no)).toMatch(/^Okay, you'll stay at beginner\./);
    const elsewhere = await userWith(twoGoodWeeks, { remindersOffered: true });
    await say(elsewhere.chat, 'launch');
    await say(elsewhere.chat, 'WeeklyPlanIntent');
    expect((await profileOf(elsewhere.key))?.level).toBeUndefined();
    // Next week, with a third good week, the same level is not suggested again.
    harness.setNow('2026-12-01T15:00:00Z');
    try {
      await store.recordActivity(key, { week: '2026-W48', weekday: 1, activity: 'strength', requestId: 'amzn1.echo-api.request.w48-1' });
      await chat.end();
      expect(spoken(await say(chat, 'launch'))).not.toMatch(/move up/);
      expect((await profileOf(key))?.level).toBeUndefined();
    } finally {
      harness.setNow('2026-11-24T15:00:00Z');
    }
  });

  it('at the top level, offers a harder variation instead', async () => {
    const { chat } = await userWith(twoGoodWeeks, { level: 'advanced', remindersOffered: true });
    expect(spoken(await say(chat, 'launch'))).toMatch(/two weeks running at advanced\. Want a tip to make it harder\?$/);
    expect(spoken(await say(chat, 'AMAZON.YesIntent'))).toMatch(/^Make it harder a little at a time\. Add a little weight/);
  });

  it('waits for a level set since, and for a level the user found too hard', async () => {
    const recent = await userWith(twoGoodWeeks, { level: 'intermediate', levelSince: '2026-W47', remindersOffered: true });
    expect(spoken(await say(recent.chat, 'launch'))).not.toMatch(/move up/);
    const tooHard = await userWith(twoGoodWeeks, { effort: 'too-hard', effortWeek: '2026-W47', remindersOffered: true });
    expect(spoken(await say(tooHard.chat, 'launch'))).not.toMatch(/move up/);
  });
});

describe('"that was too hard" and "too easy"', () => {
  const levelOf = async (key: string): Promise<Level | undefined> => (await profileOf(key))?.level;

  it('too easy is remembered and leads to moving up, only with a yes', async () => {
    const { chat, key } = await userWith({});
    const easy = await say(chat, 'TooEasyIntent');
    expect(spoken(easy)).toBe("Thanks, I'll remember that. Want to move up to intermediate?");
    expect(await profileOf(key)).toMatchObject({ effort: 'too-easy', effortWeek: '2026-W48' });
    expect(await levelOf(key)).toBeUndefined();
    await say(chat, 'AMAZON.YesIntent');
    expect(await levelOf(key)).toBe('intermediate');
    // A new level: how the old one felt no longer applies.
    expect((await profileOf(key))?.effort).toBeUndefined();
  });

  it('too hard suggests going back a level, and "no" keeps it', async () => {
    const { chat, key } = await userWith({}, { level: 'intermediate' });
    expect(spoken(await say(chat, 'TooHardIntent'))).toBe("No problem, I'll remember that. Want to go back to beginner for a while?");
    expect(spoken(await say(chat, 'AMAZON.NoIntent'))).toMatch(/^Okay, you'll stay at intermediate\./);
    expect(await levelOf(key)).toBe('intermediate');
    expect((await profileOf(key))?.effort).toBe('too-hard');
  });

  // Found by a helper trying the console (December 6): heard through "I want to {session}", today's workout started.
  it('"I want to go back down a level", heard as a workout asked for, steps the level down', async () => {
    const { chat, key } = await userWith({}, { level: 'intermediate' });
    const down = await say(chat, 'StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'go back down a level') });
    expect(spoken(down)).not.toMatch(/Warm up/);
    expect(await levelOf(key)).toBe('beginner');
    const up = await say(chat, 'StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'go up a level') });
    expect(spoken(up)).not.toMatch(/Warm up/);
    expect(await levelOf(key)).toBe('intermediate');
    // Mid-workout, the level steps and the workout stays where it was (found in review: the workout moved on instead).
    const mid = await userWith({}, { level: 'intermediate' });
    await say(mid.chat, 'StartWorkoutIntent', {}, { pacedStep: true });
    const stepped = await say(mid.chat, 'StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'go back down a level') }, { pacedStep: true });
    expect(spoken(stepped)).toMatch(/beginner/);
    expect(await levelOf(mid.key)).toBe('beginner');
    expect(mid.chat.attributes.workout).toBeDefined();
    // "I'd like to level up", "a harder level", "go a level down" still step it (found in a second review: they started
    // today's workout once the words were made strict).
    const more = await userWith({}, { level: 'beginner' });
    await say(more.chat, 'StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', "i'd like to level up") });
    expect(await levelOf(more.key)).toBe('intermediate');
    await say(more.chat, 'StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'go a level down') });
    expect(await levelOf(more.key)).toBe('beginner');
    // "Put me on the next level", to "Want to move up to intermediate?", heard through "put me on the {level} level" (found
    // by a helper trying the console as a tired parent: "Sorry, I didn't get that"). To another question, no level (found
    // in review: "the next one", to "Want to hear how to get started?", set intermediate).
    const offered = await userWith({}, { level: 'beginner' });
    expect(spoken(await say(offered.chat, 'TooEasyIntent'))).toMatch(/Want to move up to intermediate\?$/);
    await say(offered.chat, 'SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'next') });
    expect(await levelOf(offered.key)).toBe('intermediate');
    const unasked = await userWith({}, { level: 'beginner' });
    await say(unasked.chat, 'SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'next') });
    expect(await levelOf(unasked.key)).toBe('beginner');
    // "Level up my fitness" moves no level (found in review: intermediate was set unasked).
    await say(chat, 'StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'level up my fitness') }, { pacedStep: true });
    expect(await levelOf(key)).toBe('intermediate');
    // Nor "take my fitness to the next level", an idiom (found reading the change: "next level" was briefly a step).
    await say(chat, 'StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'take my fitness to the next level') }, { pacedStep: true });
    expect(await levelOf(key)).toBe('intermediate');
  });

  it('at the gentlest level, too hard is answered with going at your own pace', async () => {
    // The lead reads right for a request too ("can I slow down" was thanked for telling: noticed at the last stop).
    const { chat } = await userWith({});
    expect(spoken(await say(chat, 'TooHardIntent'))).toMatch(/^No problem, I'll remember that\. You're already at beginner, the gentlest level\./);
  });

  it('mid-workout, the answer keeps the workout going, and a yes changes the level from the next exercise', async () => {
    const { chat, key } = await userWith({});
    await say(chat, 'StartWorkoutIntent', {}, { pacedStep: true });
    await say(chat, 'AMAZON.NextIntent', {}, { pacedStep: true });
    const easy = await say(chat, 'TooEasyIntent');
    expect(spoken(easy)).toMatch(/Want to move up to intermediate\?$/);
    expect(chat.attributes.workout).toBeDefined();
    const yes = await say(chat, 'AMAZON.YesIntent', {}, { pacedStep: true });
    await expectWellFormed(yes, { endsOnQuestion: false });
    expect(spoken(yes)).toMatch(/^Got it: intermediate\. .* Say next/);
    expect(chat.attributes.workout).toBeDefined();
    expect(await levelOf(key)).toBe('intermediate');
  });
});

describe('the one offer of reminders', () => {
  it('comes with the week’s first session, and "no" is remembered: it is never made again', async () => {
    const { chat, key } = await userWith({ '2026-W47': { 1: ['strength'] } });
    const launch = await say(chat, 'launch');
    expect(spoken(launch)).toMatch(/Want me to remind you to work out on your workout days\?$/);
    expect((await profileOf(key))?.remindersOffered).toBe(true);
    expect(spoken(await say(chat, 'AMAZON.NoIntent'))).toMatch(/^Okay, no reminders\./);
    harness.setNow('2026-12-01T15:00:00Z');
    try {
      await chat.end();
      expect(spoken(await say(chat, 'launch'))).not.toMatch(/remind/);
    } finally {
      harness.setNow('2026-11-24T15:00:00Z');
    }
  });

  it('"yes" asks for a time, then says it all back before setting anything', async () => {
    const { chat } = await userWith({ '2026-W47': { 1: ['strength'] } });
    await say(chat, 'launch');
    expect(spoken(await say(chat, 'AMAZON.YesIntent'))).toBe('What time should I remind you, like 7 AM, or 6:30 PM?');
    expect(spoken(await say(chat, 'SetReminderIntent', { time: '07:00' }))).toBe(
      "I'll remind you to work out at 7 AM, on your workout days, every day but Sunday. Shall I set that?",
    );
    expect(harness.api.reminders.alerts).toEqual([]);
  });

  it('comes after a finished workout, and is remembered when the session ends unanswered', async () => {
    const { chat, key } = await userWith({});
    let last = await say(chat, 'StartWorkoutIntent', {}, { pacedStep: true });
    while (chat.attributes.workout !== undefined) last = await say(chat, 'AMAZON.NextIntent', {}, { pacedStep: true });
    await expectWellFormed(last);
    expect(spoken(last)).toMatch(/Want me to remind you to work out on your workout days\?$/);
    expect((await profileOf(key))?.remindersOffered).toBeUndefined();
    await chat.end('EXCEEDED_MAX_REPROMPTS');
    expect((await profileOf(key))?.remindersOffered).toBe(true);
  });
});
