import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityLog } from '../../lambda/domain/progress';
import { type ProgressStore, StoreUnavailableError } from '../../lambda/store/progress-store';
import { userKey } from '../../lambda/store/user-key';
import { type StoreCall, countingStore, isWrite } from '../../scripts/sim/counting-store';
import { Conversation, type DeviceProfile } from '../../scripts/sim/envelope';
import { memoryProgressStore } from '../../scripts/sim/memory-store';
import { findTopic } from '../../lambda/content/catalogue';
import { CATALOGUE as EN_US_CATALOGUE } from '../../lambda/content/en-US';
import { committedMatcher } from '../support/committed-model';
import { type Harness, expectWellFormed, resolvedSlot, spoken, startHarness, unmatchedSlot } from '../support/skill-harness';

// What people say when they log, and what they ask to hear back, through the real handler.
// Tuesday 24 November 2026, 10:00 in New York: a HIIT day, ISO week 2026-W48 (Monday 23 to Sunday 29).
const store = memoryProgressStore();
const counted = countingStore(store);
let harness: Harness;
/** The next recordActivity fails this way, after (landed) or before (not) its write. */
let nextWrite: { reason: 'timeout' | 'throttled'; landed: boolean } | undefined;

/** When set, each read waits for it: the turns running at once all read before any of them writes. */
let readsMeet: (() => Promise<void>) | undefined;

const flaky: ProgressStore = {
  ...counted.store,
  async history(user, options) {
    const read = await counted.store.history(user, options);
    await readsMeet?.();
    return read;
  },
  async recordActivity(user, log, context) {
    const failure = nextWrite;
    nextWrite = undefined;
    if (failure && !failure.landed) throw new StoreUnavailableError(failure.reason, { mayHaveLanded: false });
    const outcome = await counted.store.recordActivity(user, log, context);
    if (failure) throw new StoreUnavailableError(failure.reason, { mayHaveLanded: true });
    return outcome;
  },
};

beforeAll(async () => {
  harness = await startHarness({ store, dependencies: { store: flaky } });
});
afterAll(() => harness.close());

const activity = (id: string, said?: string) => ({ activity: resolvedSlot('activity', 'ActivityName', id, said) });

/**
 * A conversation whose every turn is checked: well formed, and at most one read and one write (two for a turn that
 * changes a log, which takes it back and writes it again).
 */
function talk(device: DeviceProfile = harness.device()) {
  const chat = new Conversation({ handler: harness.handler, device });
  const turn = async (name: string, slots: Parameters<Conversation['intent']>[1] = {}, writes = 1) => {
    const before = counted.calls.length;
    const result = await chat.intent(name, slots);
    const calls: StoreCall[] = counted.calls.slice(before);
    expect(calls.filter(isWrite).length, name).toBeLessThanOrEqual(writes);
    expect(calls.filter((call) => !isWrite(call)).length, name).toBeLessThanOrEqual(1);
    await expectWellFormed(result);
    return spoken(result);
  };
  return { chat, device, turn, week: async (week = '2026-W48') => (await store.history(userKey(device.userId))).weeks.find((w) => w.week === week) };
}

describe('logging a day gone by', () => {
  it('"I ran for 20 minutes yesterday" logs to Monday, and says so', async () => {
    const { turn, week } = talk();
    expect(await turn('LogYesterdayIntent', { ...activity('cardio', 'ran'), duration: 'PT20M' })).toBe(
      "Logged a 20-minute run. That's for Monday, November 23. That's one cardio session this week. If that was a mistake, say undo. Anything else?",
    );
    expect((await week())?.days[1]).toBe(1);
  });

  it('"I swam on Monday" (a Monday Alexa resolves ahead) and "I did my strength workout last night" go to their days', async () => {
    const { turn, week } = talk();
    expect(await turn('LogActivityIntent', { ...activity('cardio', 'swam'), date: '2026-11-30' })).toContain("That's for Monday, November 23.");
    expect(await turn('LogYesterdayIntent', activity('strength'))).toMatch(/^Logged your strength session\. That's for Monday, November 23\./);
    expect((await week())?.days).toMatchObject({ 1: 2, 2: 0 });
  });

  // Carried over from earlier reviews: "I walked on the 20th", said on the 24th, arrives as 20 December, and was "I
  // can only log what you've already done".
  it('"I walked on the 20th" (a day of the month Alexa resolves into next month) goes to this month\'s 20th', async () => {
    const { turn, week } = talk();
    expect(await turn('LogActivityIntent', { ...activity('walk', 'walked'), date: '2026-12-20' })).toContain("That's for Friday, November 20.");
    expect((await week('2026-W47'))?.days[5]).toBe(1);
  });

  it('a log a week old lands in last week; never ahead, and never further back than a week', async () => {
    const { turn, week } = talk();
    expect(await turn('LogActivityIntent', { ...activity('hiit'), date: '2026-11-17' })).toContain("That's for Tuesday, November 17.");
    expect((await week('2026-W47'))?.sessions.hiit).toBe(1);
    // Tomorrow may be a weekday said of the week gone by, which Alexa put ahead: how to say it (tried as a user, December 5).
    expect(await turn('LogActivityIntent', { ...activity('hiit'), date: '2026-11-25' })).toMatch(/^I can only log what you've already done\. If you meant last Wednesday, say it with last, like: I walked last Wednesday\./);
    expect(await turn('LogActivityIntent', { ...activity('hiit'), date: '2026-11-16' })).toMatch(/^I can log what you did in the last 7 days\./);
    expect(await turn('LogActivityIntent', { ...activity('hiit'), date: '2026-W47' })).toMatch(/Which day last week was that\?$/);
    expect((await week())?.sessions.hiit ?? 0).toBe(0);
  });

  // Found by a helper trying the console (December 6): "I did cardio this week", then "Thursday", said on a Tuesday,
  // logged last week's Thursday, and the next launch spoke of a session "last week", before the user had begun.
  it('a weekday said to "which day this week was that?" is that week\'s: one still to come is said, and the log waits', async () => {
    const { turn, week } = talk();
    // Tuesday, November 24: this week runs from Monday the 23rd.
    expect(await turn('LogActivityIntent', { ...activity('cardio'), date: '2026-W48' })).toBe('You can say it was today, it was yesterday, or a day of this week. Which day this week was that?');
    expect(await turn('SetRestDayIntent', { answerDay: 'thursday' })).toBe(
      "Thursday is still to come this week, and I can only log what you've already done. You can say it was today, it was yesterday, or a day of this week. Which day this week was that?",
    );
    expect((await week())?.sessions.cardio ?? 0).toBe(0);
    expect(await turn('SetRestDayIntent', { answerDay: 'monday' })).toMatch(/^Logged a cardio session\. That's for Monday, November 23\. That's one cardio session this week\./);
    expect((await week())?.sessions.cardio).toBe(1);
    // Said in words, the slot taking them with the activity; a Sunday said of this week is the one just gone.
    const sunday = talk();
    expect(await sunday.turn('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'cardio this week') })).toMatch(/Which day this week was that\?$/);
    expect(await sunday.turn('SetRestDayIntent', { answerDay: 'sunday' })).toMatch(/^Logged a cardio session\. That's for Sunday, November 22\./);
    // Last week's: that week's Friday, never this week's.
    const last = talk();
    expect(await last.turn('LogActivityIntent', { ...activity('hiit'), date: '2026-W47' })).toBe('You can say it was a day of last week, like: it was Friday. Which day last week was that?');
    expect(await last.turn('SetRestDayIntent', { answerDay: 'friday' })).toMatch(/^Logged a HIIT session\. That's for Friday, November 20\./);
    expect((await last.week('2026-W47'))?.sessions.hiit).toBe(1);
    // Found in review: "it was Thursday", "on Monday" come as dates (Alexa's next such day), and were read as gone by,
    // the week said ignored; and last week's Monday, 8 days back, was logged past the 7 days a log goes back.
    const said = talk();
    await said.turn('LogActivityIntent', { ...activity('cardio'), date: '2026-W48' });
    expect(await said.turn('SetRestDayIntent', { answerDate: '2026-11-26' })).toMatch(/^Thursday is still to come this week/);
    expect(await said.turn('SetRestDayIntent', { answerDate: '2026-11-30' })).toMatch(/^Logged a cardio session\. That's for Monday, November 23\./);
    const tooFar = talk();
    await tooFar.turn('LogActivityIntent', { ...activity('hiit'), date: '2026-W47' });
    expect(await tooFar.turn('SetRestDayIntent', { answerDay: 'monday' })).toBe(
      'I can log what you did in the last 7 days. You can say it was a day of last week, like: it was Friday. Which day last week was that?',
    );
    expect((await tooFar.week('2026-W47'))?.sessions.hiit ?? 0).toBe(0);
  });
});

// Found by a helper trying the console: "I did 30 minutes of yoga" said "Logged a stretch and recovery day", and
// nothing of the 30 minutes (kept with the log, and counted in the week's minutes).
describe('stretching', () => {
  it('"I did 30 minutes of yoga" says the minutes it logged', async () => {
    const { turn } = talk();
    expect(await turn('LogActivityIntent', { ...activity('stretch', 'yoga'), duration: 'PT30M' })).toMatch(/^Logged 30 minutes of stretching and recovery\. Recovery counts too\./);
    const hindi = talk({ ...harness.device(), locale: 'hi-IN' });
    expect(await hindi.turn('LogActivityIntent', { ...activity('stretch', 'योग'), duration: 'PT30M' })).toMatch(/^30 मिनट/);
  });
});

describe('walks', () => {
  it('"I walked for 45 minutes" is a walk of 45 minutes, never "0 extra steps"', async () => {
    const { turn } = talk();
    const said = await turn('LogActivityIntent', { ...activity('walk', 'walked'), duration: 'PT45M' });
    expect(said).toBe("Logged a 45-minute walk. That's one walk this week, 45 minutes in all. If that was a mistake, say undo. Anything else?");
    expect(said).not.toMatch(/0 extra steps/);
  });

  it('"a thirty minute walk" (minutes as a number, said before the activity) logs the same 30-minute walk', async () => {
    const { turn } = talk();
    expect(await turn('LogActivityIntent', { ...activity('walk'), minutes: '30' })).toBe(
      "Logged a 30-minute walk. That's one walk this week, 30 minutes in all. If that was a mistake, say undo. Anything else?",
    );
    expect(await turn('LogYesterdayIntent', { ...activity('cardio', 'run'), minutes: '25' })).toMatch(/^Logged a 25-minute run\. That's for Monday, November 23\./);
    expect(await turn('LogActivityIntent', { ...activity('cardio'), minutes: '500' })).toBe("I heard 500 minutes. That's a lot for one go. Should I log it?");
  });

  // Found by a helper trying the console: a count of steps was counted as a walk ("I've done my 10,000 steps": "that's
  // one walk this week"). Steps are steps; a walk is one with its minutes, or said as a walk.
  it('takes minutes and steps together, and steps alone are no walk', async () => {
    const { turn } = talk();
    expect(await turn('LogActivityIntent', { ...activity('walk'), steps: '2000' })).toBe(
      "Logged 2,000 extra steps. That's 2,000 extra steps this week. If that was a mistake, say undo. Anything else?",
    );
    await turn('LogActivityIntent', { ...activity('walk'), duration: 'PT30M', steps: '4000' });
    expect(await turn('LogActivityIntent', { ...activity('walk'), steps: '1000' })).toBe(
      "Logged 1,000 extra steps. That's one walk this week, 30 minutes in all and 7,000 extra steps. If that was a mistake, say undo. Anything else?",
    );
    expect(await turn('WeeklyProgressIntent')).toMatch(/one walk of 30 minutes/);
  });

  // Found by a tester using the console: "I did 3000 extra steps", then "Today: one walk and 3,000 extra steps", and a
  // walk with steps logged after it was "2 walks". The week already heard steps as steps; a day and a month do too.
  it('a day and a month hear steps alone as steps, never as a walk', async () => {
    const { turn } = talk();
    await turn('LogActivityIntent', { steps: '3000' });
    expect(await turn('WeeklyProgressIntent', { date: '2026-11-24' })).toBe('Today: 3,000 extra steps. What would you like next?');
    expect(await turn('WeeklyProgressIntent', { date: '2026-11' })).toBe('This month so far: 3,000 extra steps. What would you like next?');
    await turn('LogActivityIntent', { ...activity('walk'), duration: 'PT30M' });
    expect(await turn('WeeklyProgressIntent', { date: '2026-11-24' })).toBe('Today: one walk of 30 minutes and 3,000 extra steps. What would you like next?');
    expect(await turn('WeeklyProgressIntent', { date: '2026-11' })).toBe(
      'This month so far: one walk of 30 minutes and 3,000 extra steps. What would you like next?',
    );
  });

  // Found trying it as a user: "I went for a walk", then "about forty minutes", was asked "Tell me what you did".
  it('minutes said just after a log without them are its time: added to it, never a second walk; undo takes them off', async () => {
    const { turn, week } = talk();
    await turn('LogActivityIntent', activity('walk', 'went for a walk'));
    // The walk takes the time (two writes: taken back, and written again with it), so it stays one log.
    expect(await turn('LogActivityIntent', { duration: 'PT40M' }, 2)).toBe(
      "Added 40 minutes to your walk. That's one walk this week, 40 minutes in all. If that was a mistake, say undo. Anything else?",
    );
    expect(await week()).toMatchObject({ sessions: { walk: 1 }, minutes: 40 });
    expect(await turn('UndoIntent', {}, 2)).toMatch(/^Done\. It's back as it was before the change\./);
    expect(await week()).toMatchObject({ sessions: { walk: 1 }, minutes: 0 });
  });

  // Found by helpers trying the console (December 6): "I walked the dog for thirty minutes this morning" and "a 30 minute
  // stroller walk with the baby" were "Tell me what you did", and nothing was logged.
  it('a walk with the dog or a stroller named in its words is a walk', async () => {
    expect(await talk().turn('LogActivityIntent', { ...activity('walk', 'walked the dog'), duration: 'PT30M' })).toMatch(/^Logged a 30-minute walk\./);
    expect(await talk().turn('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'walked the dog'), duration: 'PT30M' })).toMatch(/^Logged a 30-minute walk\./);
    expect(await talk().turn('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'stroller walk with the baby'), minutes: '30' })).toMatch(/^Logged a 30-minute walk\./);
  });

  // Found by a helper trying the console in Indian English: "I did my walk", then "I walked for 30 minutes", was "2 walks
  // this week, 30 minutes in all"; the same walk said again with its time takes the time. Said as another, it is another.
  it('the walk just logged without a time, said again with one, takes the time: one walk', async () => {
    const { turn, week } = talk();
    await turn('LogActivityIntent', activity('walk', 'did my walk'));
    expect(await turn('LogActivityIntent', { ...activity('walk', 'walked'), duration: 'PT30M' }, 2)).toBe(
      "Added 30 minutes to your walk. That's one walk this week, 30 minutes in all. If that was a mistake, say undo. Anything else?",
    );
    expect(await week()).toMatchObject({ sessions: { walk: 1 }, minutes: 30 });
    const another = talk();
    await another.turn('LogActivityIntent', activity('walk', 'did my walk'));
    expect(await another.turn('LogActivityIntent', { ...activity('walk', 'walked again'), duration: 'PT20M' })).toMatch(/^Logged a 20-minute walk\. That's 2 walks this week/);
  });

  // Found by a helper trying the console in Indian English: "actually it was 45 minutes" said twice (the second answered
  // "That's what I have"), then "undo", took the walk off altogether; it goes back to 30 minutes.
  it('a correction said again changes nothing, and undo still puts back what it replaced', async () => {
    const { turn, week } = talk();
    await turn('LogActivityIntent', { ...activity('walk', 'walking'), duration: 'PT30M' });
    await turn('LogActivityIntent', { duration: 'PT45M' }, 2);
    expect(await turn('LogActivityIntent', { duration: 'PT45M' }, 2)).toMatch(/^That's what I have: 45 minutes\./);
    expect(await turn('UndoIntent', {}, 2)).toMatch(/^Done\. It's back as it was before the change\./);
    expect(await week()).toMatchObject({ sessions: { walk: 1 }, minutes: 30 });
  });

  // Found in review: minutes added to a strength session were reported as a workout ended early.
  it('minutes added to a session are its minutes, never a workout ended early; zero adds nothing', async () => {
    const { turn } = talk();
    await turn('LogActivityIntent', activity('strength'));
    expect(await turn('LogActivityIntent', { duration: 'PT30M' }, 2)).toMatch(/^Added 30 minutes to your strength session\./);
    expect(await turn('WeeklyProgressIntent')).not.toMatch(/ended early/);
    const other = talk();
    await other.turn('LogActivityIntent', activity('walk'));
    expect(await other.turn('LogActivityIntent', { duration: 'PT0M' })).toMatch(/^Tell me what you did/);
  });

  it('minutes said with nothing just logged are asked about', async () => {
    const { turn } = talk();
    expect(await turn('LogActivityIntent', { duration: 'PT40M' })).toMatch(/^Tell me what you did/);
  });

  // Found by a helper trying the console: "actually it was 30 minutes" after "I did a 20 minute walk" asked what was
  // done, and "the walk" then logged a second walk of 20 minutes, which undo could no longer reach.
  describe('a correction of the time just logged', () => {
    // Two writes (the log taken back, then written as corrected), so not through talk()'s one-write check.
    const correcting = () => {
      const device = harness.device();
      const chat = new Conversation({ handler: harness.handler, device });
      const say = async (name: string, slots: Parameters<Conversation['intent']>[1] = {}) => {
        const result = await chat.intent(name, slots);
        await expectWellFormed(result);
        return spoken(result);
      };
      return { say, week: async () => (await store.history(userKey(device.userId))).weeks.find((w) => w.week === '2026-W48') };
    };

    // Found by a helper trying the console: undo just after a correction took the log off altogether. It undoes the
    // change; undo again takes the log off.
    it('changes that log: one walk, the new time; undo puts the time back, and undo again takes it off', async () => {
      const { say, week } = correcting();
      await say('LogActivityIntent', { ...activity('walk'), duration: 'PT20M' });
      expect(await say('LogActivityIntent', { duration: 'PT30M' })).toMatch(/^Changed it\. .*That's one walk this week, 30 minutes in all\./);
      expect(await week()).toMatchObject({ sessions: { walk: 1 }, minutes: 30 });
      expect(await say('UndoIntent')).toMatch(/^Done\. It's back as it was before the change\./);
      expect(await week()).toMatchObject({ sessions: { walk: 1 }, minutes: 20 });
      expect(await say('UndoIntent')).toMatch(/^Done\. I took off (the |\d|[a-z])[^.]*\./);
      expect((await week())?.minutes ?? 0).toBe(0);
      expect((await week())?.sessions.walk ?? 0).toBe(0);
    });

    it('undo just after a change of what was done or of the day puts the log back as it was', async () => {
      const { say, week } = correcting();
      await say('LogActivityIntent', { ...activity('cardio', 'run'), duration: 'PT30M' });
      await say('LogActivityIntent', { correctedActivity: resolvedSlot('correctedActivity', 'ActivityName', 'walk') });
      expect(await say('UndoIntent')).toMatch(/^Done\. It's back as it was before the change\./);
      expect(await week()).toMatchObject({ sessions: { walk: 0, cardio: 1 }, minutes: 30 });
      const moved = correcting();
      await moved.say('LogActivityIntent', { ...activity('cardio', 'ran'), duration: 'PT20M' });
      await moved.say('LogYesterdayIntent');
      expect(await moved.say('UndoIntent')).toMatch(/^Done\. It's back as it was before the change\./);
      expect(await moved.week()).toMatchObject({ sessions: { cardio: 1 }, days: { 1: 0, 2: 1 } });
      // A turn later, the change stands: undo asks about the latest log.
      const later = correcting();
      await later.say('LogActivityIntent', { ...activity('walk'), duration: 'PT20M' });
      await later.say('LogActivityIntent', { duration: 'PT30M' });
      await later.say('WeeklyProgressIntent');
      expect(await later.say('UndoIntent')).not.toMatch(/back as it was/);
    });

    // Noticed at the last stop: "what did I do today", then "no sorry, it was a walk", logged a second activity.
    it('a correction just after a report that told the log changes it; undo there still asks first', async () => {
      const { say, week } = correcting();
      await say('LogActivityIntent', { ...activity('cardio', 'run'), duration: 'PT30M' });
      expect(await say('WeeklyProgressIntent', { date: '2026-11-24' })).toMatch(/30 minutes/);
      expect(await say('LogActivityIntent', { correctedActivity: resolvedSlot('correctedActivity', 'ActivityName', 'walk') })).toMatch(/^Changed the 30-minute run you just logged\. Logged a 30-minute walk\./);
      expect(await week()).toMatchObject({ sessions: { walk: 1, cardio: 0 }, minutes: 30 });
      // The week told it too; the time is changed as just after the log.
      await say('WeeklyProgressIntent');
      expect(await say('LogActivityIntent', { duration: 'PT40M' })).toMatch(/^Changed it\./);
      expect(await week()).toMatchObject({ sessions: { walk: 1, cardio: 0 }, minutes: 40 });
      // Undo after a report says which log before anything comes off.
      await say('WeeklyProgressIntent');
      expect(await say('UndoIntent')).toMatch(/\?$/);
      expect(await week()).toMatchObject({ sessions: { walk: 1 }, minutes: 40 });
      // A report of another week did not tell it: the walk is a log of its own.
      const other = correcting();
      await other.say('LogActivityIntent', { ...activity('cardio', 'run'), duration: 'PT30M' });
      await other.say('WeeklyProgressIntent', { date: '2026-W47' });
      expect(await other.say('LogActivityIntent', { correctedActivity: resolvedSlot('correctedActivity', 'ActivityName', 'walk') })).toMatch(/^Logged your walk\./);
      expect(await other.week()).toMatchObject({ sessions: { walk: 1, cardio: 1 } });
    });

    // Found trying the console (December 5): "I walked 20 minutes", then "actually I walked 15 minutes" (heard as a walk
    // of 15 minutes: the "actually" carries no slot), logged a second walk, 35 minutes in all.
    it('the same kind said again at once with another time asks whether to change it; no logs another', async () => {
      const { say, week } = correcting();
      await say('LogActivityIntent', { walkTime: 'PT20M' });
      expect(await say('LogActivityIntent', { walkTime: 'PT15M' })).toBe('You just logged 20 minutes. If this was another one, say no. Should I change that one to 15 minutes?');
      expect(await week()).toMatchObject({ sessions: { walk: 1 }, minutes: 20 });
      expect(await say('AMAZON.YesIntent')).toMatch(/^Changed it\. Logged a 15-minute walk\./);
      expect(await week()).toMatchObject({ sessions: { walk: 1 }, minutes: 15 });
      const twice = correcting();
      await twice.say('LogActivityIntent', { ...activity('cardio', 'run'), duration: 'PT30M' });
      expect(await twice.say('LogActivityIntent', { ...activity('cardio', 'ran'), duration: 'PT20M' })).toMatch(/Should I change that one to 20 minutes\?$/);
      expect(await twice.say('AMAZON.NoIntent')).toMatch(/^Logged a 20-minute run\./);
      expect(await twice.week()).toMatchObject({ minutes: 50 });
      // A swim after a run is another thing done, never a change of it.
      expect(await twice.say('LogActivityIntent', { ...activity('cardio', 'swim'), duration: 'PT15M' })).toMatch(/^Logged a 15-minute swim\./);
    });

    // Found by a helper trying the console (December 5): "that's wrong i only walked 15 minutes", heard through "that's
    // {direction}", was "Sorry, I didn't get that".
    it('a correction heard through the level\'s open slot changes the log just made', async () => {
      const { say, week } = correcting();
      await say('LogActivityIntent', { walkTime: 'PT20M' });
      const changed = await say('ChangeLevelIntent', { direction: unmatchedSlot('direction', 'LevelDirection', 'wrong i only walked 15 minutes') });
      expect(changed).toMatch(/^Changed it\. Logged a 15-minute walk\./);
      expect(await week()).toMatchObject({ sessions: { walk: 1 }, minutes: 15 });
      // With nothing just logged, the same words change no level and log nothing.
      const fresh = correcting();
      expect(await fresh.say('ChangeLevelIntent', { direction: unmatchedSlot('direction', 'LevelDirection', 'wrong i only walked 15 minutes') })).not.toMatch(/Logged|level/i);
    });

    // Found by a helper trying the console (December 5): "actually it was a walk not a run" asked what was done, and "no
    // sorry it was a swim" after a run said "That's what I have already", though a run was said.
    it('"a walk not a run" changes the log to a walk; a run said to be a swim keeps it, saying both are cardio', async () => {
      const { say, week } = correcting();
      await say('LogActivityIntent', { ...activity('cardio', 'run'), duration: 'PT30M' });
      expect(await say('LogActivityIntent', { correctedActivity: unmatchedSlot('correctedActivity', 'ActivityName', 'walk not a run') })).toMatch(/^Changed the 30-minute run you just logged\. Logged a 30-minute walk\./);
      expect(await week()).toMatchObject({ sessions: { walk: 1, cardio: 0 } });
      const swim = correcting();
      await swim.say('LogActivityIntent', { ...activity('cardio', 'ran'), duration: 'PT10M' });
      expect(await swim.say('LogActivityIntent', { correctedActivity: resolvedSlot('correctedActivity', 'ActivityName', 'cardio', 'cardio') })).toMatch(/^Runs, swims and rides all count as cardio, so your log stays as it is\./);
    });

    // Found by a helper trying the console in Indian English (December 6): "actually it was 45 minutes only, not 30" was
    // "That's not something I can help with yet", and the walk stayed at 30.
    it('"45 minutes only, not 30" changes the time of the log just made', async () => {
      const { say, week } = correcting();
      await say('LogActivityIntent', { ...activity('walk', 'walked'), duration: 'PT30M' });
      expect(await say('LogActivityIntent', { correctedActivity: unmatchedSlot('correctedActivity', 'ActivityName', '45 minutes only not 30') })).toMatch(/^Changed it\. Logged a 45-minute walk\./);
      expect(await week()).toMatchObject({ sessions: { walk: 1 }, minutes: 45 });
      // A time said with more than a time is not read as one ("45 minutes of rowing" names what was done too).
      expect(await say('LogActivityIntent', { correctedActivity: unmatchedSlot('correctedActivity', 'ActivityName', 'too hard for 45 minutes') })).not.toMatch(/^Changed/);
    });

    // Found by a helper trying a week of use (December 5): "no it was a 30 minute run" dropped the 30 ("That's what I have
    // already" over a 25-minute run; a 10-minute stretch became a 10-minute run), and the answer never said which log
    // it had changed, so a report of "2 runs" came as a surprise.
    it('"no it was a 30 minute run" takes its time too, and a change of what was done says which log it changed', async () => {
      const { say, week } = correcting();
      await say('LogActivityIntent', { ...activity('cardio', 'ran'), duration: 'PT25M' });
      expect(await say('LogActivityIntent', { correctedActivity: unmatchedSlot('correctedActivity', 'ActivityName', '30 minute run') })).toMatch(/^Changed it\. Logged a 30-minute run\./);
      expect(await week()).toMatchObject({ sessions: { cardio: 1 }, minutes: 30 });
      expect(await say('LogActivityIntent', { correctedActivity: unmatchedSlot('correctedActivity', 'ActivityName', '40 minute walk') })).toMatch(/^Changed the 30-minute run you just logged\. Logged a 40-minute walk\./);
      expect(await week()).toMatchObject({ sessions: { cardio: 0, walk: 1 }, minutes: 40 });
      const stretched = correcting();
      await stretched.say('LogActivityIntent', { ...activity('cardio', 'ran'), duration: 'PT25M' });
      await stretched.say('LogActivityIntent', { ...activity('stretch', 'stretched'), duration: 'PT10M' });
      expect(await stretched.say('LogActivityIntent', { correctedActivity: unmatchedSlot('correctedActivity', 'ActivityName', '30 minute run') })).toMatch(/^Changed the 10-minute stretch session you just logged\. Logged a 30-minute run\./);
      expect(await stretched.week()).toMatchObject({ sessions: { cardio: 2, stretch: 0 }, minutes: 55 });
    });

    // Found by a helper trying the console (December 3): "I've been for a run", "no sorry, it was a walk" was not understood.
    it('changes what was done, keeping its time: "no sorry, it was a walk"', async () => {
      const { say, week } = correcting();
      await say('LogActivityIntent', { ...activity('cardio', 'run'), duration: 'PT30M' });
      const changed = await say('LogActivityIntent', { correctedActivity: resolvedSlot('correctedActivity', 'ActivityName', 'walk') });
      expect(changed).toMatch(/^Changed the 30-minute run you just logged\. Logged a 30-minute walk\./);
      expect(await week()).toMatchObject({ sessions: { walk: 1, cardio: 0 }, minutes: 30 });
      // The same kind changes nothing; with nothing just logged, it is a log of its own.
      expect(await say('LogActivityIntent', { correctedActivity: resolvedSlot('correctedActivity', 'ActivityName', 'walk') })).toMatch(/^That's what I have already\./);
      const fresh = correcting();
      expect(await fresh.say('LogActivityIntent', { correctedActivity: resolvedSlot('correctedActivity', 'ActivityName', 'walk') })).toMatch(/^Logged your walk\./);
      // Steps alone are asked about, never turned into a session of their own (found in review).
      const steps = correcting();
      await steps.say('LogActivityIntent', { ...activity('walk'), steps: '2000' });
      expect(await steps.say('LogActivityIntent', { correctedActivity: resolvedSlot('correctedActivity', 'ActivityName', 'cardio') })).toMatch(/what you did/i);
      expect((await steps.week())?.sessions.cardio ?? 0).toBe(0);
      // A name the slot's values do not hold, read for the kind it names: "no sorry, it was a HIIT session".
      const session = correcting();
      await session.say('LogActivityIntent', { ...activity('cardio', 'run'), duration: 'PT20M' });
      const hiit = await session.say('LogActivityIntent', { correctedActivity: unmatchedSlot('correctedActivity', 'ActivityName', 'hiit session') });
      expect(hiit).toMatch(/^Changed the 20-minute run you just logged\. Logged 20 minutes of HIIT/);
      expect(await session.week()).toMatchObject({ sessions: { hiit: 1, cardio: 0 }, minutes: 20 });
    });

    // Found by a helper trying a week of use (December 5): "I did my workout today" just after midnight logged the new
    // day's HIIT, and "no that was yesterday" moved it to Friday still HIIT, though Friday's plan was strength: the
    // week then said 2 of 2 HIIT and 1 of 3 strength. The day's plan, moved, is the plan of the day it moves to.
    it('"I did my workout today", then "no that was yesterday": yesterday\'s plan, on yesterday', async () => {
      const { say, week } = correcting();
      expect(await say('FinishedTodayIntent')).toMatch(/^Logged 20 minutes of HIIT\./);
      const moved = await say('LogYesterdayIntent');
      expect(moved).toMatch(/^Changed the 20-minute HIIT session you just logged\. Logged your strength session\. That's for Monday, November 23\./);
      expect(await week()).toMatchObject({ sessions: { strength: 1, hiit: 0 }, minutes: 0 });
      // Something named keeps what it is: a run moved stays a run.
      const named = correcting();
      await named.say('LogActivityIntent', { ...activity('cardio', 'run'), duration: 'PT20M' });
      expect(await named.say('LogYesterdayIntent')).toMatch(/^Changed it\. Logged a 20-minute run\. That's for Monday/);
    });

    // Found by a helper trying the console as a parent (December 5): the night's workout logged, then next morning "I did
    // my workout" and "no, that was yesterday" logged it a second time: "2 of 2 HIIT sessions".
    it('moved to a day that has that session already: asked whether it is the same one, never counted twice unasked', async () => {
      const same = correcting();
      await same.say('LogYesterdayIntent', activity('strength'));
      await same.say('FinishedTodayIntent');
      expect(await same.say('LogYesterdayIntent')).toBe("You'd already logged the strength session for yesterday. Was this the same one?");
      expect(await same.say('AMAZON.YesIntent')).toMatch(/^Okay, the same one\. I took off the 20-minute HIIT session you just logged\./);
      expect(await same.week()).toMatchObject({ sessions: { strength: 1, hiit: 0 } });
      // No: another one, moved there.
      const another = correcting();
      await another.say('LogYesterdayIntent', activity('strength'));
      await another.say('FinishedTodayIntent');
      await another.say('LogYesterdayIntent');
      expect(await another.say('AMAZON.NoIntent')).toMatch(/^Changed the 20-minute HIIT session you just logged\. Logged your strength session\. That's for Monday/);
      expect(await another.week()).toMatchObject({ sessions: { strength: 2, hiit: 0 } });
      // Found in review: the same activity moved (not the day's plan), a no was "That's what I have already" and the log
      // stayed; another day said to the question logged a second copy, and the one just made stayed.
      const named = correcting();
      await named.say('LogYesterdayIntent', activity('hiit'));
      await named.say('LogActivityIntent', activity('hiit'));
      expect(await named.say('LogYesterdayIntent')).toMatch(/Was this the same one\?$/);
      expect(await named.say('AMAZON.NoIntent')).toMatch(/^Changed it\. .*That's for Monday/);
      expect(await named.week()).toMatchObject({ sessions: { hiit: 2 }, days: { 1: 2, 2: 0 } });
      const elsewhere = correcting();
      await elsewhere.say('LogYesterdayIntent', activity('hiit'));
      await elsewhere.say('LogActivityIntent', activity('hiit'));
      await elsewhere.say('LogYesterdayIntent');
      expect(await elsewhere.say('LogActivityIntent', { date: '2026-11-22' })).toMatch(/That's for Sunday/);
      // Sunday is last week's: this week keeps Monday's one, and today's is gone.
      expect(await elsewhere.week()).toMatchObject({ sessions: { hiit: 1 }, days: { 1: 1, 2: 0 } });
    });

    // Found in review (December 5): "it was a mistake", heard through "it was a {correctedActivity}", asked what was
    // done; the log's own answer says "if that was a mistake, say undo".
    it('"it was a mistake" just after a log takes it off; words that name nothing done are not understood', async () => {
      const { say, week } = correcting();
      await say('LogActivityIntent', { ...activity('walk'), duration: 'PT20M' });
      expect(await say('LogActivityIntent', { correctedActivity: unmatchedSlot('correctedActivity', 'ActivityName', 'mistake') })).toMatch(/^Done\. I took off the 20-minute walk\./);
      expect(await week()).toBeUndefined();
      await say('LogActivityIntent', { ...activity('walk'), duration: 'PT20M' });
      expect(await say('LogActivityIntent', { correctedActivity: unmatchedSlot('correctedActivity', 'ActivityName', 'bit too hard') })).toMatch(/not something I can help with yet/);
      expect(await week()).toMatchObject({ sessions: { walk: 1 } });
    });

    // Found by a helper trying the console: "I ran for 20 minutes", then "no, that was yesterday" ended the session
    // (heard as "no"), and "that was yesterday not today" was out of scope. The log just made moves to the day said.
    it('moves the log just made to the day said: "no, that was yesterday", "actually it was on Monday"', async () => {
      const { say, week } = correcting();
      const heard = (said: string) => committedMatcher('en-US').literal(said);
      await say('LogActivityIntent', { ...activity('cardio', 'ran'), duration: 'PT20M' });
      for (const said of ['no that was yesterday', 'that was yesterday not today', 'actually it was on monday']) expect(heard(said).map((match) => match.intent), said).toHaveLength(1);
      const [yesterday] = heard('no that was yesterday');
      expect(await say(yesterday!.intent, yesterday!.slots)).toMatch(/^Changed it\. Logged a 20-minute run\. That's for Monday, November 23\./);
      expect(await week()).toMatchObject({ sessions: { cardio: 1 }, minutes: 20, days: { 1: 1, 2: 0 } });
      // Again, to another day: the log moves once more, never a second one.
      const [monday] = heard('actually it was on sunday');
      expect(await say(monday!.intent, monday!.slots)).toMatch(/^Changed it\. Logged a 20-minute run\. That's for Sunday, November 22\./);
      expect((await week())?.sessions.cardio ?? 0).toBe(0);
      // The day it already has changes nothing; with nothing just logged, a day alone is no log.
      expect(await say(monday!.intent, monday!.slots)).toMatch(/^That's the day it's logged for already\./);
      const fresh = correcting();
      expect(await fresh.say(yesterday!.intent, yesterday!.slots)).not.toMatch(/^Changed it|^Logged/);
      // Found by a helper trying the console (December 6): "I did it yesterday", the log just made pointed at, asked what
      // was done yesterday, and today's log stayed.
      const pointed = correcting();
      await pointed.say('LogActivityIntent', { ...activity('cardio', 'ran'), duration: 'PT20M' });
      const itYesterday = committedMatcher('en-US').resolve('I did it yesterday');
      expect(await pointed.say(itYesterday.intent, itYesterday.slots)).toMatch(/^Changed it\. Logged a 20-minute run\. That's for Monday, November 23\./);
      expect(await pointed.week()).toMatchObject({ sessions: { cardio: 1 }, minutes: 20, days: { 1: 1, 2: 0 } });
      // "I did that on Saturday": the slot keeps the "did" (found in the third review: it asked what was done then).
      const saturday = correcting();
      await saturday.say('LogActivityIntent', { ...activity('cardio', 'ran'), duration: 'PT20M' });
      const thatSaturday = committedMatcher('en-US').resolve('I did that on Saturday');
      expect(await saturday.say(thatSaturday.intent, thatSaturday.slots)).toMatch(/^Changed it\. Logged a 20-minute run\. That's for Saturday, November 21\./);
      // "I did one yesterday" is another one, never the one just made moved (found in review).
      const another = correcting();
      await another.say('LogActivityIntent', { ...activity('cardio', 'ran'), duration: 'PT20M' });
      const oneYesterday = committedMatcher('en-US').resolve('I did one yesterday');
      expect(await another.say(oneYesterday.intent, oneYesterday.slots)).not.toMatch(/^Changed it/);
      expect(await another.week()).toMatchObject({ days: { 2: 1 } });
    });

    it('down as well as up; a counted session stays one session; the same time changes nothing', async () => {
      const { say, week } = correcting();
      await say('LogActivityIntent', { ...activity('cardio', 'ran'), duration: 'PT45M' });
      expect(await say('LogActivityIntent', { duration: 'PT25M' })).toMatch(/^Changed it\./);
      expect(await week()).toMatchObject({ sessions: { cardio: 1 }, minutes: 25 });
      expect(await say('LogActivityIntent', { duration: 'PT25M' })).toMatch(/^That's what I have: 25 minutes\./);
      expect(await week()).toMatchObject({ sessions: { cardio: 1 }, minutes: 25 });
    });

    it('when the new time cannot be written, the old log is put back, and said to be', async () => {
      const { say, week } = correcting();
      await say('LogActivityIntent', { ...activity('walk'), duration: 'PT20M' });
      nextWrite = { reason: 'throttled', landed: false };
      expect(await say('LogActivityIntent', { duration: 'PT30M' })).toMatch(/^I couldn't change that just now, so it stays as it was\./);
      expect(await week()).toMatchObject({ sessions: { walk: 1 }, minutes: 20 });
      // The log put back is the one undo takes off.
      expect(await say('UndoIntent')).toMatch(/^Done\. I took off (the |\d|[a-z])[^.]*\./);
      expect((await week())?.minutes ?? 0).toBe(0);
    });

    // Found in review: Alexa delivering the same request again after the old log was put back counted two walks.
    it('a retry of a correction whose first delivery put the old log back leaves one walk, corrected', async () => {
      const device = harness.device();
      const chat = new Conversation({ handler: harness.handler, device });
      await chat.intent('LogActivityIntent', { ...activity('walk'), duration: 'PT20M' });
      nextWrite = { reason: 'throttled', landed: false };
      const failed = await chat.intent('LogActivityIntent', { duration: 'PT30M' });
      expect(spoken(failed)).toMatch(/so it stays as it was/);
      const retried = await harness.handler(failed.request);
      expect(JSON.stringify(retried.response.outputSpeech)).toMatch(/Changed it\./);
      const week = (await store.history(userKey(device.userId))).weeks.find((w) => w.week === '2026-W48');
      expect(week).toMatchObject({ sessions: { walk: 1 }, minutes: 30 });
    });

    it('a time more than likely, or a week with no room left, leaves the log as it was', async () => {
      const { say, week } = correcting();
      await say('LogActivityIntent', { ...activity('walk'), duration: 'PT20M' });
      expect(await say('LogActivityIntent', { duration: 'PT400M' })).toMatch(/^I heard 400 minutes\..*I've left it as it was\./);
      expect(await week()).toMatchObject({ sessions: { walk: 1 }, minutes: 20 });
      // A full week: the corrected log could not be written, and the old one would be lost with it.
      const device = harness.device();
      const user = userKey(device.userId);
      for (let n = 0; n < 99; n += 1) await store.recordActivity(user, { week: '2026-W48', weekday: 1, activity: 'walk', extraSteps: 10, requestId: `seed-full-${n}`, counts: false });
      const chat = new Conversation({ handler: harness.handler, device });
      await chat.intent('LogActivityIntent', { ...activity('walk'), duration: 'PT20M' });
      expect(spoken(await chat.intent('LogActivityIntent', { duration: 'PT30M' }))).toMatch(/I didn't log this one|so I didn't/);
      const full = (await store.history(user)).weeks.find((w) => w.week === '2026-W48');
      expect(full?.minutes).toBe(20);
    });

    // The time added to a log is that log's own (found by a helper trying the console: kept apart, it outlived the log's
    // removal), so a time said next changes it, as it would any log with its time.
    it('a time said after one added to a log changes that log', async () => {
      const { say, week } = correcting();
      await say('LogActivityIntent', activity('walk', 'went for a walk'));
      await say('LogActivityIntent', { duration: 'PT40M' });
      expect(await say('LogActivityIntent', { duration: 'PT30M' })).toMatch(/^Changed it\. Logged a 30-minute walk\./);
      expect(await week()).toMatchObject({ sessions: { walk: 1 }, minutes: 30 });
    });

    it('a log removed takes the time added to it along: nothing moves to another log of its kind', async () => {
      const { say } = correcting();
      await say('LogActivityIntent', { ...activity('cardio', 'skipping'), duration: 'PT15M' });
      // Skipping has no kind: what is already logged that day is cardio, never "a run".
      expect(await say('LogActivityIntent', activity('cardio', 'went for a jog'))).toBe("You've already logged cardio for today. Should I log this one as well?");
      await say('AMAZON.YesIntent');
      await say('LogActivityIntent', { duration: 'PT25M' });
      expect(await say('WeeklyProgressIntent', { date: '2026-11-24' })).toMatch(/^Today: one run of 25 minutes and one cardio session of 15 minutes\./);
      expect(await say('RemoveLogIntent', activity('cardio', 'jog'))).toMatch(/^Remove the 25-minute run/);
      await say('AMAZON.YesIntent');
      expect(await say('WeeklyProgressIntent', { date: '2026-11-24' })).toMatch(/^Today: one cardio session of 15 minutes\./);
    });

    // Tried as a user (December 5): "actually it was 40", "sorry I meant 50 minutes" and "no it was Monday" were not
    // understood, and "make it 40" was heard as a level. A time with no unit is the log's minutes; a day, its day.
    it('"actually it was 40", "make it 45", "I meant 25", "sorry I meant 50 minutes", "no it was Monday" change the log just made', async () => {
      const { say, week } = correcting();
      const heard = (said: string) => {
        const [match, ...others] = committedMatcher('en-US').literal(said);
        expect(others.map((other) => other.intent), said).toEqual([]);
        expect(match?.intent, said).toBe('LogActivityIntent');
        return match!;
      };
      await say('LogActivityIntent', { ...activity('cardio', 'ran'), duration: 'PT30M' });
      for (const [said, minutes] of [['actually it was 40', 40], ['I meant 25', 25], ['sorry I meant 50 minutes', 50], ['actually 35 minutes', 35], ['make it 45 minutes', 45], ['actually 35 minutes', 35]] as const) {
        const match = heard(said);
        expect(await say(match.intent, match.slots), said).toMatch(new RegExp(`^Changed it\\. Logged a ${minutes}-minute run\\.`));
        expect(await week(), said).toMatchObject({ sessions: { cardio: 1 }, minutes });
      }
      // "Make it 45" is heard through the level's open slot ("no make it 7" is a reminder's time, in words of its own).
      expect(await say('ChangeLevelIntent', { direction: unmatchedSlot('direction', 'LevelDirection', '45') })).toMatch(/^Changed it\. Logged a 45-minute run\./);
      const monday = heard('no it was sunday');
      expect(await say(monday.intent, monday.slots)).toMatch(/^Changed it\. Logged a 45-minute run\. That's for Sunday, November 22\./);
      // With nothing just logged, a time alone asks what was done, and logs nothing.
      const fresh = correcting();
      const alone = heard('it was 40');
      expect(await fresh.say(alone.intent, alone.slots)).toMatch(/What did you do\?$/);
      expect(await fresh.week()).toBeUndefined();
    });

    // Tried as a user (December 5): "no it was 7000 steps" and "make it 7000" after 5,000 steps were read as 7000
    // minutes ("That's more than I can log at once"), and the 5,000 stayed.
    it('"no it was 7000 steps", "make it 8000", "actually it was 9000" change the steps just logged; over a run, what was done is asked', async () => {
      const { say, week } = correcting();
      await say('LogActivityIntent', { steps: '5000' });
      const [corrected, ...others] = committedMatcher('en-US').literal('no it was 7000 steps');
      expect(others).toEqual([]);
      expect(corrected?.intent).toBe('LogActivityIntent');
      expect(await say(corrected!.intent, corrected!.slots)).toMatch(/^Changed it\. Logged 7,000 extra steps\. That's 7,000 extra steps this week\./);
      expect(await say('ChangeLevelIntent', { direction: unmatchedSlot('direction', 'LevelDirection', '8000') })).toMatch(/^Changed it\. Logged 8,000 extra steps\./);
      const [number] = committedMatcher('en-US').literal('actually it was 9000');
      expect(await say(number!.intent, number!.slots)).toMatch(/^Changed it\. Logged 9,000 extra steps\./);
      expect(await week()).toMatchObject({ extraSteps: 9000 });
      expect(await say('LogActivityIntent', { correctedSteps: '9000' })).toMatch(/^That's what I have: 9,000 extra steps\./);
      // A time said over steps is still their walk's time.
      expect(await say('LogActivityIntent', { duration: 'PT30M' })).toMatch(/^Added 30 minutes to your walk\./);
      expect(await week()).toMatchObject({ extraSteps: 9000, minutes: 30 });
      const run = correcting();
      await run.say('LogActivityIntent', { ...activity('cardio', 'ran'), duration: 'PT20M' });
      expect(await run.say('LogActivityIntent', { correctedSteps: '3000' })).toMatch(/What did you do\?$/);
      // To "were those 5,000 steps extra?", a new count is asked about the same way, never logged as extra unasked.
      const asked = correcting();
      expect(await asked.say('LogActivityIntent', { daySteps: '5000' })).toMatch(/Were those 5,000 steps extra/);
      expect(await asked.say('LogActivityIntent', { correctedSteps: '6000' })).toMatch(/Were those 6,000 steps extra/);
      expect(await asked.week()).toBeUndefined();
    });

    // Found by a helper trying the console as an Indian user (December 5): "nahi 40 minute tha", "नहीं, 40 मिनट था",
    // "nahi woh kal tha" reached the fallback, and "40 minute kar do" asked for a level. The log stayed as it was.
    it('Hindi: "nahi 40 minute tha", "नहीं, 45 मिनट था", "55 minute kar do", "nahi woh kal tha" change the log just made', async () => {
      const device = harness.device({ locale: 'hi-IN' });
      const chat = new Conversation({ handler: harness.handler, device });
      const hindi = committedMatcher('hi-IN');
      const say = async (said: string) => {
        const [match, ...others] = hindi.literal(said);
        expect(others.map((other) => other.intent), said).toEqual([]);
        expect(match?.intent, said).toMatch(/^Log(Activity|Yesterday)Intent$/);
        const turn = await chat.intent(match!.intent, match!.slots);
        await expectWellFormed(turn);
        return spoken(turn);
      };
      await say('maine 30 minute walk kiya');
      for (const [said, minutes] of [['nahi 40 minute tha', 40], ['नहीं 45 मिनट था', 45], ['nahi 50 tha', 50], ['55 minute kar do', 55]] as const) {
        expect(await say(said), said).toMatch(new RegExp(`^बदल दिया\\. ${minutes} मिनट की सैर दर्ज हो गई\\.`));
      }
      expect(await say('nahi woh kal tha')).toMatch(/^बदल दिया\. 55 मिनट की सैर दर्ज हो गई\. यह सोमवार, 23 नवंबर के लिए है\./);
      const week = (await store.history(userKey(device.userId))).weeks.find((w) => w.week === '2026-W48');
      expect(week).toMatchObject({ sessions: { cardio: 0 }, minutes: 55, days: { 1: 1, 2: 0 } });
    });

    // Found by a helper trying the console as a parent (December 5): "actually 40" just after a walk was the fallback,
    // and "no sorry it was 5000" just after steps asked what was done, the steps left at 3,000.
    it('"actually 40" over a walk is its time; "no sorry it was 5000" over steps their count', async () => {
      const en = committedMatcher('en-US');
      const walk = correcting();
      await walk.say('LogActivityIntent', { ...activity('walk'), duration: 'PT30M' });
      const [forty, ...others] = en.literal('actually 40');
      expect(others).toEqual([]);
      expect(await walk.say(forty!.intent, forty!.slots)).toMatch(/^Changed it\. Logged a 40-minute walk\./);
      const steps = correcting();
      await steps.say('LogActivityIntent', { steps: '3000' });
      const [five] = en.literal('no sorry it was 5000');
      expect(await steps.say(five!.intent, five!.slots)).toMatch(/^Changed it\. Logged 5,000 extra steps\./);
      expect(await steps.week()).toMatchObject({ extraSteps: 5000 });
    });

    // Found by helpers trying the console (December 5): the plan names brisk walking for cardio, but a 30-minute walk on
    // a cardio day never counted, and nothing said how it could.
    it('a walk on a cardio day long enough for it, with cardio still to do, says how to count it; "it was a brisk walk" does', async () => {
      // Thursday, November 19: last week's cardio day.
      const thursday = { ...activity('walk'), duration: 'PT30M', date: '2026-11-19' };
      const { say } = correcting();
      expect(await say('LogActivityIntent', thursday)).toMatch(/say undo\. If it was a brisk walk, say: it was a brisk walk, and it counts as your cardio\./);
      const [brisk] = committedMatcher('en-US').literal('it was a brisk walk');
      expect(await say(brisk!.intent, brisk!.slots)).toMatch(/^Changed the 30-minute walk you just logged\. Logged 30 minutes of cardio\./);
      // With that week's cardio done, on a day that is no cardio day, or a short walk, nothing more is said.
      expect(await say('LogActivityIntent', { ...thursday, duration: 'PT40M' })).not.toMatch(/brisk/);
      expect(await correcting().say('LogActivityIntent', { ...activity('walk'), duration: 'PT30M' })).not.toMatch(/brisk/);
      expect(await correcting().say('LogActivityIntent', { ...thursday, duration: 'PT10M' })).not.toMatch(/brisk/);
    });

    // Found by a helper trying the console in Hindi (December 5): "nahi woh parson tha" was heard as "nahi woh kal tha"
    // and told "यह उसी दिन के लिए दर्ज है", the walk left on yesterday; "maine 30 minute tez walk ki" asked what was done.
    it('Hindi: "nahi woh parson tha" moves the log just made to the day before yesterday; a tez walk is cardio', async () => {
      const device = harness.device({ locale: 'hi-IN' });
      const chat = new Conversation({ handler: harness.handler, device });
      const hindi = committedMatcher('hi-IN');
      const say = async (said: string) => {
        const match = hindi.resolve(said);
        expect(match.intent, said).toBe('LogActivityIntent');
        return spoken(await chat.intent(match.intent, match.slots));
      };
      await say('maine 30 minute walk kiya');
      expect(await say('nahi woh parson tha')).toMatch(/^बदल दिया\. 30 मिनट की सैर दर्ज हो गई\. यह रविवार, 22 नवंबर के लिए है\./);
      expect(await say('wo kal tha')).toMatch(/^बदल दिया\. 30 मिनट की सैर दर्ज हो गई\. यह सोमवार, 23 नवंबर के लिए है\./);
      expect(hindi.literal('nahi woh tez walk thi').map((match) => match.intent)).toEqual(['LogActivityIntent']);
      expect(await say('nahi woh tez walk thi')).toMatch(/^अभी दर्ज 30 मिनट की सैर को बदल दिया\. 30 मिनट cardio/);
      expect(hindi.literal('maine 30 minute tez walk ki').map((match) => match.intent)).toEqual(['LogActivityIntent']);
    });

    // Found in review (December 5): "make it 300" over 2,000 steps added 300 minutes to the walk, "I need 5 minutes"
    // (through the level's open slot) made a 30-minute walk 5 minutes, and "no I meant 7" to "Shall I set that?" asked
    // what was done, the reminder dropped.
    it('a bare number over steps from a hundred up is their count; "I need 5 minutes" changes nothing; a pending question is asked again', async () => {
      const steps = correcting();
      await steps.say('LogActivityIntent', { steps: '2000' });
      expect(await steps.say('ChangeLevelIntent', { direction: unmatchedSlot('direction', 'LevelDirection', '300') })).toMatch(/^Changed it\. Logged 300 extra steps\./);
      const [number] = committedMatcher('en-US').literal('actually it was 250');
      expect(await steps.say(number!.intent, number!.slots)).toMatch(/^Changed it\. Logged 250 extra steps\./);
      expect(await steps.week()).toMatchObject({ extraSteps: 250 });
      expect((await steps.week())?.minutes ?? 0).toBe(0);
      const walk = correcting();
      await walk.say('LogActivityIntent', { ...activity('walk'), duration: 'PT30M' });
      expect(await walk.say('ChangeLevelIntent', { direction: unmatchedSlot('direction', 'LevelDirection', '5 minutes') })).not.toMatch(/^Changed it/);
      expect(await walk.week()).toMatchObject({ minutes: 30 });
      const reminder = harness.conversation();
      expect(spoken(await reminder.intent('SetReminderIntent', { time: '06:00' }))).toMatch(/Shall I set that\?$/);
      const [meant] = committedMatcher('en-US').literal('no I meant 7');
      const again = await reminder.intent(meant!.intent, meant!.slots);
      await expectWellFormed(again, { endsOnQuestion: false });
      expect(spoken(again)).toMatch(/^Sorry, I didn't get that\. Should I set/);
      expect(spoken(again)).not.toMatch(/What did you do/);
    });

    it('is understood as said', () => {
      for (const said of ['actually it was 30 minutes', 'actually make that 30 minutes', 'no wait make it thirty minutes', 'can you change that to 30 minutes']) {
        const [match, ...others] = committedMatcher('en-US').literal(said);
        expect(others, said).toEqual([]);
        expect(match?.intent, said).toBe('LogActivityIntent');
        expect(match?.slots.duration?.value, said).toBe('PT30M');
      }
    });
  });
});

describe('exercises', () => {
  it('"I did my deadlifts" counts the strength session; "3 sets of rows" joins it as detail; undo takes off just that', async () => {
    const { turn, week } = talk();
    expect(await turn('LogActivityIntent', activity('strength', 'deadlifts'))).toMatch(/^Logged deadlifts\. That's 1 of 3 strength sessions this week\./);
    expect(await turn('LogActivityIntent', { ...activity('strength', 'rows'), sets: '3' })).toMatch(
      /^Logged bent-over rows, 3 sets\. It's part of the strength session already logged for that day\./,
    );
    expect((await week())?.sessions.strength).toBe(1);
    expect(await turn('UndoIntent')).toMatch(/^Done\. I took off (the |\d|[a-z])[^.]*\./);
    expect((await week())?.sessions.strength).toBe(1);
    expect((await week())?.entries.map((entry) => entry.exercise)).toEqual(['deadlift']);
    await turn('LogActivityIntent', { ...activity('strength', 'rows'), sets: '3' });
    expect(await turn('WeeklyProgressIntent', { date: '2026-11-24' })).toMatch(/^Today: one strength session with deadlifts and 3 sets of bent-over rows\./);
  });

  // Found in review: "I did three sets of ten deadlifts" put "ten deadlifts" in the slot, and was answered "tell me what
  // you did". The sets and the move are logged; a week keeps no reps, so the answer says none.
  // Found by a helper trying the console: "I did 3 sets of rows on Tuesday" logged a strength session, the rows and
  // their sets lost.
  it('keeps the move and its sets when a day is said with them ("3 sets of rows on Monday")', async () => {
    for (const [said, sets] of [['rows on monday', 3], ['deadlifts yesterday', 2]] as const) {
      const { turn, week } = talk();
      expect(await turn('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', said), sets: String(sets) }), said).toMatch(
        /^Logged (bent-over rows|deadlifts), \d sets\. That's for Monday, November 23\./,
      );
      expect((await week())?.entries.map((entry) => [entry.exercise, entry.sets]), said).toEqual([[said.startsWith('rows') ? 'bent-over-row' : 'deadlift', sets]]);
    }
  });

  it('"I did three sets of ten deadlifts", as heard, logs three sets of deadlifts', async () => {
    for (const said of ['I did three sets of ten deadlifts', 'three sets of twelve reps of bent over rows', 'I did 3 sets of 10 deadlifts today']) {
      const { turn, week } = talk();
      const heard = committedMatcher('en-US').resolve(said);
      const answer = await turn(heard.intent, heard.slots);
      expect(answer, said).toMatch(/^Logged (deadlifts|bent-over rows), 3 sets\. That's 1 of 3 strength sessions this week\./);
      expect((await week())?.entries.map((entry) => [entry.exercise, entry.sets]), said).toEqual([[said.includes('rows') ? 'bent-over-row' : 'deadlift', 3]]);
    }
  });
});

// Found by a helper trying the console: "I did like 5000 steps today" was logged as 5,000 extra steps, though a count
// that size is most likely the whole day's. The plan counts steps added to a usual day, so a count said without
// "extra" is asked about unless it is small enough to be the extra ones.
describe('steps said without "extra"', () => {
  const daySteps = (count: string) => ({ ...activity('walk'), daySteps: count });
  const unmatched = (said: string) => ({ activity: unmatchedSlot('activity', 'ActivityName', said) });

  it('logs a small count as the extra steps it most likely is', async () => {
    expect(await talk().turn('LogActivityIntent', daySteps('1500'))).toMatch(/^Logged 1,500 extra steps\./);
    // Said with a filler the open slot takes whole, the steps are still a walk's.
    expect(await talk().turn('LogActivityIntent', unmatched('like 5000 steps'))).toMatch(/Were those 5,000 steps extra, on top of it\?$/);
    expect(await talk().turn('LogActivityIntent', unmatched('like 1000 more steps'))).toMatch(/^Logged 1,000 extra steps\./);
  });

  it('asks about a count that may be the whole day: yes logs it as extra, no logs nothing and says what to tell', async () => {
    const { turn, week } = talk();
    expect(await turn('LogActivityIntent', daySteps('5000'))).toBe('I count the steps you add to your usual day. Were those 5,000 steps extra, on top of it?');
    expect(await week()).toBeUndefined();
    expect(await turn('AMAZON.YesIntent')).toMatch(/^Logged 5,000 extra steps\./);
    expect(await turn('LogYesterdayIntent', daySteps('8000'))).toMatch(/Were those 8,000 steps extra, on top of it\?$/);
    expect(await turn('AMAZON.NoIntent')).toBe(
      "Okay, I didn't log them. The plan counts the steps you add to your usual day, 1,000 to 2,000 more. To log those, say, for example: I walked 1,500 extra steps. What else would you like?",
    );
    expect((await week())?.extraSteps).toBe(5_000);
    // Said with "extra", a count is logged as told.
    expect(await turn('LogActivityIntent', { ...activity('walk'), steps: '4000' })).toMatch(/^Logged 4,000 extra steps\./);
  });
});

// Found by a helper trying the console: "I swam yesterday for 40 minutes" logged nothing (the open slot took "swam
// yesterday", the duration its own slot), and "actually it was a run" then logged a run today.
it('a thing done and its day heard in the open slot, with the time in its own, is logged on that day', async () => {
  const { turn } = talk();
  const unmatched = (said: string) => ({ activity: unmatchedSlot('activity', 'ActivityName', said) });
  expect(await turn('LogActivityIntent', { ...unmatched('swam yesterday'), duration: 'PT40M' })).toMatch(/^Logged a 40-minute swim\. That's for \w+day, \w+ \d+\./);
  expect(await turn('LogActivityIntent', { ...unmatched('also walked'), duration: 'PT20M' })).toMatch(/^Logged a 20-minute walk\./);
  // With no time at all, a verb alone ("walked to the shop") is still asked about.
  expect(await turn('LogActivityIntent', unmatched('walked to the shop'))).not.toMatch(/^Logged/);
  // The gym, with a time: a strength session, never the topic "no gym needed" (found by helpers trying the console).
  expect(await talk().turn('LogActivityIntent', { ...unmatched('to the gym'), duration: 'PT1H' })).toMatch(/^Logged your strength session\./);
  expect(await talk().turn('LogActivityIntent', unmatched('1 hour gym'))).toMatch(/^Logged your strength session\./);
  // "Only" said as Indian English says it, for emphasis (found by a helper trying the console in en-IN: "Tell me what you did").
  expect(await talk().turn('LogActivityIntent', { ...unmatched('gym only'), minutes: '45' })).toMatch(/^Logged your strength session\./);
  expect(await talk().turn('LogActivityIntent', unmatched('only 20 minutes walking'))).toMatch(/^Logged a 20-minute walk\./);
  expect(await talk().turn('LogActivityIntent', unmatched('only hiit'))).toMatch(/^Logged a HIIT session\./);
  // "Itself", said for emphasis too (found by a helper trying the console as a Chennai teacher: "I have done the workout
  // yesterday itself" asked what was done).
  expect(await talk().turn('LogActivityIntent', unmatched('the workout yesterday itself'))).toMatch(/^Logged yesterday's \w+ workout|^Logged your \w+ (session|workout).*yesterday|That's for \w+day/);
  // A gym session said as one, with what was done in it (found by a helper trying the console, December 6: "no gym needed").
  // With the move and its sets said (found in review: dropped, and 60 sets let through).
  expect(await talk().turn('LogActivityIntent', unmatched('an extra gym session 4 sets of 8 deadlifts at 80 kilos'))).toMatch(/^Logged deadlifts, 4 sets\./);
  expect(await talk().turn('LogActivityIntent', unmatched('gym workout 60 sets of rows'))).toMatch(/^That's more than I can log at once\./);
  expect(await talk().turn('LogActivityIntent', unmatched('quick gym workout'))).toMatch(/^Logged your strength session\./);
  expect(await talk().turn('LogActivityIntent', { ...unmatched('yoga class'), duration: 'PT30M' })).toMatch(/^Logged 30 minutes of stretching/);
  // A gym day named by what it trained (found by a helper trying the console in en-AU, December 6: "no gym needed", or
  // "Tell me what you did").
  expect(await talk().turn('LogActivityIntent', unmatched('chest and arms at the gym this morning'))).toMatch(/^Logged your strength session\./);
  expect(await talk().turn('LogActivityIntent', unmatched('legs yesterday too'))).toMatch(/^Logged your strength session\. That's for \w+day, \w+ \d+\./);
  expect(await talk().turn('LogActivityIntent', unmatched('leg day'))).toMatch(/^Logged your strength session\./);
  // Pain in them is no log.
  expect(await talk().turn('LogActivityIntent', unmatched('legs and my knee hurts'))).not.toMatch(/^Logged/);
  // With its time, said inside or in its own slot, the time kept (found in review: "did legs for 45 minutes" asked what
  // was done).
  for (const slots of [unmatched('legs for 45 minutes'), { ...unmatched('legs'), duration: 'PT45M' }]) {
    const { turn, week } = talk();
    expect(await turn('LogActivityIntent', slots)).toMatch(/^Logged your strength session\./);
    expect((await week())?.entries.find((entry) => entry.activity === 'strength')?.minutes).toBe(45);
  }
});

// Found by a helper trying the console: on a Thursday, "I swam on sunday" said "That's one cardio session this week",
// though Sunday closed the week before (weeks run Monday to Sunday).
it('a log for a day of last week counts it in last week, and says so', async () => {
  const { turn } = talk();
  expect(await turn('LogActivityIntent', { ...activity('cardio', 'swam'), date: '2026-11-22' })).toMatch(
    /^Logged your swim\. That's for Sunday, November 22\. That's one cardio session last week\./,
  );
  expect(await turn('LogActivityIntent', { ...activity('strength'), date: '2026-11-21' })).toMatch(/That's 1 of 3 strength sessions last week\./);
  expect(await turn('LogActivityIntent', { ...activity('walk'), minutes: '20', date: '2026-11-21' })).toMatch(/That's one walk last week, 20 minutes in all\./);
  expect(await turn('LogActivityIntent', { ...activity('cardio', 'swam'), date: '2026-11-23' })).toMatch(/That's one cardio session this week\./);
});

// Found by a helper trying the console: "I ran for 0 minutes" logged a cardio session, "zero sets of rows" logged
// the rows, and "50 sets of deadlifts" was logged as said.
it('an amount of zero logs nothing; fifty sets are asked about first', async () => {
  const { turn, week } = talk();
  for (const slots of [
    { ...activity('cardio', 'ran'), duration: 'PT0M' },
    { ...activity('walk'), minutes: '0' },
    { ...activity('strength', 'rows'), sets: '0' },
    { ...activity('walk'), steps: '0' },
  ]) {
    expect(await turn('LogActivityIntent', slots), JSON.stringify(slots)).toMatch(/^Zero\? Then there's nothing to log\./);
  }
  expect(await week()).toBeUndefined();
  expect(await turn('LogActivityIntent', { ...activity('strength', 'deadlifts'), sets: '50' })).toBe("I heard 50 sets. That's a lot for one exercise. Should I log them?");
  expect(await week()).toBeUndefined();
  expect(await turn('AMAZON.YesIntent')).toMatch(/^Logged deadlifts, 50 sets\./);
  // More than a log keeps is refused, never said back and kept as 50 (found by a helper trying the console: "10000 sets
  // of deadlifts" was "I heard 50 sets", and logged); so is it with its day still to ask.
  const { turn: more, week: moreWeek } = talk();
  expect(await more('LogActivityIntent', { ...activity('strength', 'deadlifts'), sets: '10000' })).toMatch(/^That's more than I can log at once\. Try a smaller number\./);
  expect(await more('LogActivityIntent', { ...activity('strength', 'deadlifts'), sets: '51', date: '2026-W48' })).toMatch(/^That's more than I can log at once\./);
  expect(await moreWeek()).toBeUndefined();
});

// Found by a helper trying the console: "actually that was yesterday" reached the fallback, and the "undo that" after
// it found nothing to undo. A turn not understood keeps the log just made within reach of undo.
it('undo still reaches the log just made after a turn that was not understood', async () => {
  const { turn, week } = talk();
  await turn('LogActivityIntent', { ...activity('walk'), minutes: '30' });
  expect(await turn('AMAZON.FallbackIntent')).toMatch(/^That's not something I can help with yet\./);
  expect(await turn('UndoIntent')).toMatch(/^Done\. I took off (the |\d|[a-z])[^.]*\./);
  expect((await week())?.sessions.walk ?? 0).toBe(0);
});

// Found by a helper trying the console (December 5): "hit 10k steps today" was "Logged 10 extra steps", and the week
// said 10. A count of steps under a hundred is thousands, said back first.
describe('a count of steps said in thousands', () => {
  it('"10k extra steps" heard as 10 asks about 10,000; a count said without "extra" asks if they were extra', async () => {
    const { turn, week } = talk();
    expect(await turn('LogActivityIntent', { steps: '10' })).toBe('I heard 10,000 extra steps. Should I log them?');
    expect(await turn('AMAZON.YesIntent')).toMatch(/^Logged 10,000 extra steps\./);
    expect((await week())?.extraSteps).toBe(10_000);
    expect(await talk().turn('LogActivityIntent', { daySteps: '12' })).toMatch(/Were those 12,000 steps extra/);
  });

  // Found by a helper trying the console (December 6): "walked 3 km today", the slot taking "3", logged 3,000 extra steps
  // unasked.
  it('a day\'s count under a hundred that would be logged as extra is said back first, and a no logs nothing', async () => {
    const { turn, week } = talk();
    expect(await turn('LogActivityIntent', { daySteps: '3' })).toBe('I heard 3,000 extra steps. Should I log them?');
    expect(await turn('AMAZON.NoIntent')).not.toMatch(/^Logged/);
    expect((await week())?.extraSteps ?? 0).toBe(0);
  });
});

describe('amounts more likely misheard than done', () => {
  it('100,000 steps or 500 minutes are asked about first: yes logs them, no logs nothing', async () => {
    const { turn, week } = talk();
    expect(await turn('LogActivityIntent', { ...activity('walk'), steps: '100000' })).toBe("I heard 100,000 extra steps. That's a lot for one day. Should I log them?");
    expect((await week())?.extraSteps ?? 0).toBe(0);
    expect(await turn('AMAZON.YesIntent')).toMatch(/^Logged 100,000 extra steps\./);
    expect(await turn('LogActivityIntent', { ...activity('cardio'), duration: 'PT500M' })).toBe("I heard 500 minutes. That's a lot for one go. Should I log it?");
    expect(await turn('AMAZON.NoIntent')).toMatch(/^No problem\./);
    expect((await week())?.sessions.cardio ?? 0).toBe(0);
    expect(await turn('LogActivityIntent', { ...activity('cardio'), duration: 'PT11H' })).toMatch(/^That's more than I can log at once\./);
  });
});

// Found by a helper trying the console: "I did my workout yesterday" and "I finished yesterday's workout" were not
// understood. The day's planned session is logged to that day.
it('"I finished yesterday\'s workout" logs yesterday\'s planned session to yesterday; a day to come is not logged', async () => {
  const { turn, week } = talk();
  expect(await turn('FinishedTodayIntent', { date: '2026-11-23' })).toMatch(/^Logged your strength session\. That's for Monday, November 23\. That's 1 of 3 strength sessions this week\./);
  expect((await week())?.days[1]).toBe(1);
  expect(await turn('FinishedTodayIntent', { date: '2026-11-25' })).toMatch(/^I can only log what you've already done/);
  expect(await turn('FinishedTodayIntent', { date: '2026-11-24' })).toMatch(/^Logged 20 minutes of HIIT\./);
});

describe('the same day’s session twice', () => {
  it('"I finished today\'s workout" again asks first; past the plan it is heard as extra', async () => {
    const { turn, week } = talk();
    await turn('FinishedTodayIntent');
    expect(await turn('FinishedTodayIntent')).toBe("You've already logged a HIIT session for today. Should I log another one?");
    expect(await turn('AMAZON.NoIntent')).toMatch(/^No problem\./);
    expect((await week())?.sessions.hiit).toBe(1);
    // "Undo that" to the question drops the log waiting for a yes; the one logged before stays.
    await turn('FinishedTodayIntent');
    expect(await turn('UndoIntent')).toMatch(/^Okay, I haven't logged that one\./);
    expect((await week())?.sessions.hiit).toBe(1);
    await turn('FinishedTodayIntent');
    expect(await turn('AMAZON.YesIntent')).toMatch(/^Logged 20 minutes of HIIT\. That's 2 of 2 HIIT sessions this week\./);
    await turn('LogActivityIntent', activity('hiit'));
    expect(await turn('AMAZON.YesIntent')).toMatch(/That's 2 of 2 HIIT sessions this week, plus 1 extra\./);
    expect(await turn('WeeklyProgressIntent')).toMatch(/^This week: 2 of 2 HIIT sessions, plus 1 extra\. Still to do: 3 strength and 1 cardio\./);
  });

  // Found by a helper trying the console: "You've already logged cardio for today. Should I log this one as well?"
  // "No, that was yesterday" asked what was done, the ride lost.
  it('"no, that was yesterday" to the question logs the one asked about on that day', async () => {
    const { turn, week } = talk();
    await turn('LogActivityIntent', activity('cardio'));
    expect(await turn('LogActivityIntent', activity('cardio'))).toBe("You've already logged cardio for today. Should I log this one as well?");
    expect(await turn('LogYesterdayIntent')).toMatch(/^Logged a cardio session\. That's for Monday, November 23\./);
    expect((await week())?.sessions.cardio).toBe(2);
    expect((await week())?.days).toMatchObject({ 1: 1, 2: 1 });
  });
});

// Found trying the console (December 5): "I swam for 30 minutes" was "Logged 30 minutes of cardio", the day and the
// week said "cardio session", a run after the swim was asked about as if said again, "it was a swim" over a run kept
// the run, and "remove the swim" could take a run of the same time. Each cardio log keeps the kind said with it.
describe('a run, a swim, a ride: the kind said is kept', () => {
  it('says the log, the day and the week by its kind, and a run after a swim is no repeat', async () => {
    const { turn, week } = talk();
    expect(await turn('LogActivityIntent', { ...activity('cardio', 'swam'), duration: 'PT30M' })).toBe(
      "Logged a 30-minute swim. That's one cardio session this week. If that was a mistake, say undo. Anything else?",
    );
    // Another kind the same day was not said twice: logged at once, with no question.
    expect(await turn('LogActivityIntent', { ...activity('cardio', 'went for a run'), duration: 'PT20M' })).toMatch(/^Logged a 20-minute run\. That's 2 cardio sessions this week\./);
    expect(await turn('LogActivityIntent', { ...activity('cardio', 'bike ride') })).toMatch(/^Logged your bike ride\./);
    // The same kind again is asked about, by its name.
    expect(await turn('LogActivityIntent', { ...activity('cardio', 'ran'), duration: 'PT15M' })).toBe("You've already logged a run for today. Should I log this one as well?");
    expect(await turn('AMAZON.NoIntent')).toMatch(/^No problem\./);
    // Cardio with no kind said may be any of them: asked about.
    expect(await turn('LogActivityIntent', { ...activity('cardio', 'cardio'), duration: 'PT10M' })).toBe("You've already logged cardio for today. Should I log this one as well?");
    expect(await turn('AMAZON.YesIntent')).toMatch(/^Logged 10 minutes of cardio\./);
    expect((await week())?.sessions.cardio).toBe(4);
    expect(await turn('WeeklyProgressIntent', { date: '2026-11-24' })).toBe(
      'Today: one run of 20 minutes, one swim of 30 minutes, one bike ride, and one cardio session of 10 minutes. What would you like next?',
    );
    expect(await turn('WeeklyProgressIntent')).toMatch(/^This week: one run of 20 minutes, one swim of 30 minutes, one bike ride, and one cardio session of 10 minutes\./);
  });

  // Found trying the console (December 5): "I swam this morning", "about 30 minutes", then "I went for a run" was "I've
  // logged 30 minutes of your cardio workout for today, stopped partway. Did you finish the rest of it?": the minutes
  // added to the swim were taken for a workout ended early.
  it('a run after a swim with its minutes added is a run, not the rest of a workout', async () => {
    const { turn, week } = talk();
    await turn('LogActivityIntent', activity('cardio', 'swam'));
    expect(await turn('LogActivityIntent', { duration: 'PT30M' }, 2)).toMatch(/^Added 30 minutes to your swim\./);
    expect(await turn('LogActivityIntent', activity('cardio', 'went for a run'))).toMatch(/^Logged your run\. That's 2 cardio sessions this week\./);
    expect((await week())?.sessions.cardio).toBe(2);
  });

  it('"it was a swim" over a run changes it; cardio said over a run keeps it', async () => {
    // A correction takes the log back and writes it again: two writes, as every correction is.
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    const turn = async (name: string, slots: Parameters<Conversation['intent']>[1] = {}) => spoken(await chat.intent(name, slots));
    const week = async () => (await store.history(userKey(device.userId))).weeks.find((w) => w.week === '2026-W48');
    await turn('LogActivityIntent', { ...activity('cardio', 'ran'), duration: 'PT10M' });
    expect(await turn('LogActivityIntent', { correctedActivity: resolvedSlot('correctedActivity', 'ActivityName', 'cardio', 'swim') })).toMatch(/^Changed the 10-minute run you just logged\. Logged a 10-minute swim\./);
    expect((await week())?.entries).toEqual([expect.objectContaining({ activity: 'cardio', kind: 'swim', minutes: 10 })]);
    expect(await turn('LogActivityIntent', { correctedActivity: resolvedSlot('correctedActivity', 'ActivityName', 'cardio', 'swim') })).toMatch(/^That's what I have already\./);
    expect(await turn('LogActivityIntent', { correctedActivity: resolvedSlot('correctedActivity', 'ActivityName', 'cardio', 'cardio') })).toMatch(/all count as cardio, so your log stays as it is\./);
    // Undo undoes the change, as after a correction said only once (found by a helper trying the console: with the
    // correction said again, undo took the whole log off).
    expect(await turn('UndoIntent')).toMatch(/^Done\. It's back as it was before the change\./);
    expect((await week())?.entries).toEqual([expect.objectContaining({ activity: 'cardio', kind: 'run', minutes: 10 })]);
  });

  it('"remove the swim" asks about the swim, not a run of the same time', async () => {
    const { turn } = talk();
    await turn('LogActivityIntent', { ...activity('cardio', 'swam'), duration: 'PT25M' });
    await turn('LogActivityIntent', { ...activity('cardio', 'ran'), duration: 'PT25M' });
    expect(await turn('RemoveLogIntent', { activity: resolvedSlot('activity', 'ActivityName', 'cardio', 'swim') })).toMatch(/Remove the 25-minute swim/);
    expect(await turn('RemoveLogIntent', { activity: resolvedSlot('activity', 'ActivityName', 'cardio', 'run') })).toMatch(/Remove the 25-minute run/);
    // No bike ride: said so, never another log offered in its place.
    expect(await turn('RemoveLogIntent', { activity: resolvedSlot('activity', 'ActivityName', 'cardio', 'bike ride') })).toMatch(/^There's no bike ride logged this week\./);
  });

  // Found by a helper trying the console (December 5): "went on a bike ride for like 45 minutes", then "did 20 min on the
  // treadmill", asked to change the ride to 20 minutes.
  it('another kind of cardio said just after one, with another time, is no change of it', async () => {
    const { turn, week } = talk();
    await turn('LogActivityIntent', { ...activity('cardio', 'bike ride'), duration: 'PT45M' });
    expect(await turn('LogActivityIntent', { ...activity('cardio', 'treadmill'), duration: 'PT20M' })).not.toMatch(/change that one/);
    expect(await turn('AMAZON.YesIntent')).toMatch(/^Logged 20 minutes of cardio\./);
    expect(await week()).toMatchObject({ sessions: { cardio: 2 }, minutes: 65 });
    // "Actually" may be the same one: asked.
    expect(await turn('LogActivityIntent', { ...activity('cardio', 'actually ran'), duration: 'PT25M' })).toMatch(/Should I change that one to 25 minutes\?$/);
  });
});

// Found by a tester: "I walked for 30 minutes" said twice was "2 walks this week, 60 minutes". People say a thing again
// when unsure they were heard; a log the same as one made this session is asked about, as a second session is.
describe('the same log said again in a session', () => {
  const walk = (minutes: string) => ({ ...activity('walk', 'walked'), duration: `PT${minutes}M` });
  const again = "I've already logged that for today. Should I log it again?";

  it('asks first: no keeps the one, yes logs another', async () => {
    const { turn, week } = talk();
    await turn('LogActivityIntent', walk('30'));
    expect(await turn('LogActivityIntent', walk('30'))).toBe(again);
    expect(await turn('AMAZON.NoIntent')).toMatch(/^No problem\./);
    expect(await week()).toMatchObject({ sessions: { walk: 1 }, minutes: 30 });
    // Soon after, with something else asked between, it is still the same walk.
    await turn('WeeklyProgressIntent');
    expect(await turn('LogActivityIntent', walk('30'))).toBe(again);
    expect(await turn('AMAZON.YesIntent')).toBe(
      "Logged a 30-minute walk. That's 2 walks this week, 60 minutes in all. If that was a mistake, say undo. Anything else?",
    );
    expect(await week()).toMatchObject({ sessions: { walk: 2 }, minutes: 60 });
  });

  it('asks about the same steps, and the same sets of an exercise, which a yes adds as detail', async () => {
    const { turn, week } = talk();
    await turn('LogActivityIntent', { ...activity('walk'), steps: '2000' });
    expect(await turn('LogActivityIntent', { ...activity('walk'), steps: '2000' })).toBe(again);
    expect((await week())?.extraSteps).toBe(2_000);
    await turn('LogActivityIntent', { ...activity('strength', 'rows'), sets: '3' });
    expect(await turn('LogActivityIntent', { ...activity('strength', 'rows'), sets: '3' })).toBe(again);
    expect(await turn('AMAZON.YesIntent')).toMatch(/^Logged bent-over rows, 3 sets\. It's part of the strength session already logged for that day\./);
    expect(await week()).toMatchObject({ sessions: { strength: 1 } });
    expect((await week())?.entries.filter((entry) => entry.exercise === 'bent-over-row')).toHaveLength(2);
  });

  it('steps said without "extra" are asked about once, not as extra and then again', async () => {
    const { turn, week } = talk();
    await turn('LogActivityIntent', { ...activity('walk'), daySteps: '5000' });
    await turn('AMAZON.YesIntent');
    expect(await turn('LogActivityIntent', { ...activity('walk'), daySteps: '5000' })).toBe(again);
    expect(await turn('AMAZON.YesIntent')).toMatch(/^Logged 5,000 extra steps\. That's 10,000 extra steps this week\./);
    expect((await week())?.extraSteps).toBe(10_000);
  });

  it('never blocks a different log: another time, another day, one undone, or a new session', async () => {
    const device = harness.device();
    const { turn, week } = talk(device);
    await turn('LogActivityIntent', walk('30'));
    // Said at once with nothing to tell it from a change, another time is asked about first; "no", another one.
    expect(await turn('LogActivityIntent', walk('45'))).toMatch(/^You just logged 30 minutes\./);
    expect(await turn('AMAZON.NoIntent')).toMatch(/^Logged a 45-minute walk\./);
    expect(await turn('LogYesterdayIntent', walk('30'))).toMatch(/^Logged a 30-minute walk\. That's for Monday, November 23\./);
    expect(await turn('LogActivityIntent', { ...activity('walk'), steps: '1000' })).toMatch(/^Logged 1,000 extra steps\./);
    expect(await turn('UndoIntent')).toMatch(/^Done\. I took off (the |\d|[a-z])[^.]*\./);
    expect(await turn('LogActivityIntent', { ...activity('walk'), steps: '1000' })).toMatch(/^Logged 1,000 extra steps\./);
    // Two walks of the same length on one day are common (the dog, morning and evening): told in another session, logged.
    expect(await talk(device).turn('LogActivityIntent', walk('30'))).toMatch(/^Logged a 30-minute walk\. That's 4 walks this week/);
    expect(await week()).toMatchObject({ minutes: 135, extraSteps: 1_000 });
  });

  it('says it in Hindi', async () => {
    const { turn } = talk({ ...harness.device(), locale: 'hi-IN' });
    await turn('LogActivityIntent', walk('30'));
    expect(await turn('LogActivityIntent', walk('30'))).toBe('आज के लिए यह पहले से दर्ज है. क्या इसे दोबारा दर्ज करूँ?');
  });
});

// Found by a tester: during HIIT, "I walked for like half an hour at lunch" was logged and ended "Anything else?", as if
// no workout were running.
it('a log mid-workout leads back to the workout, which carries on', async () => {
  const chat = new Conversation({ handler: harness.handler, device: harness.device() });
  await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'hiit') });
  await chat.intent('AMAZON.NextIntent');
  const logged = await chat.intent('LogActivityIntent', { ...activity('walk', 'walked'), duration: 'PT30M' });
  await expectWellFormed(logged, { endsOnQuestion: false });
  expect(spoken(logged)).toBe("Logged a 30-minute walk. That's one walk this week, 30 minutes in all. If that was a mistake, say undo. Say next to carry on with your workout.");
  expect(logged.response.sessionAttributes).toHaveProperty('workout');
  const again = await chat.intent('LogActivityIntent', { ...activity('walk', 'walked'), duration: 'PT30M' });
  expect(spoken(again)).toBe("I've already logged that for today. Should I log it again?");
  expect(spoken(await chat.intent('AMAZON.NoIntent'))).toBe('No problem. Say next to carry on with your workout.');
  expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/^Round 1 of 10/);
});

describe('two devices logging the same moment', () => {
  /** The same user on two speakers; their turns run at once, so store calls are not counted per turn here. */
  function twoSpeakers(kitchen: DeviceProfile) {
    const bedroom = { ...kitchen, deviceId: `${kitchen.deviceId}.bedroom` };
    return [kitchen, bedroom].map((device) => {
      const chat = new Conversation({ handler: harness.handler, device });
      return async (name: string, slots: Parameters<Conversation['intent']>[1] = {}) => {
        const result = await chat.intent(name, slots);
        await expectWellFormed(result);
        return spoken(result);
      };
    });
  }
  /** Both speakers' turns at once, each reading before either writes: the moment a check by reading alone misses. */
  async function atOnce(...turns: (() => Promise<string>)[]): Promise<string[]> {
    let arrived = 0;
    let open = () => {};
    const all = new Promise<void>((resolve) => (open = resolve));
    readsMeet = () => {
      arrived += 1;
      if (arrived === turns.length) open();
      return all;
    };
    try {
      return await Promise.all(turns.map((turn) => turn()));
    } finally {
      readsMeet = undefined;
    }
  }
  const weekOf = async (device: DeviceProfile) => (await store.history(userKey(device.userId))).weeks.find((w) => w.week === '2026-W48');

  it('count a day\'s session once: the other is asked about, as if it had come second', async () => {
    const kitchen = harness.device();
    const [one, two] = twoSpeakers(kitchen);
    const said = await atOnce(() => one!('LogActivityIntent', activity('strength')), () => two!('LogActivityIntent', activity('strength')));
    expect(said.filter((text) => /^Logged your strength session\./.test(text))).toHaveLength(1);
    expect(said).toContain("You've already logged a strength session for today. Should I log another one?");
    expect((await weekOf(kitchen))?.sessions.strength).toBe(1);
    const asked = said[0]?.startsWith('Logged') ? two! : one!;
    expect(await asked('AMAZON.YesIntent')).toMatch(/^Logged your strength session\. That's 2 of 3 strength sessions this week\./);
    expect((await weekOf(kitchen))?.sessions.strength).toBe(2);
  });

  it('count an exercise\'s session once: the other joins it as detail', async () => {
    const kitchen = harness.device();
    const [one, two] = twoSpeakers(kitchen);
    const said = await atOnce(
      () => one!('LogActivityIntent', activity('strength', 'deadlifts')),
      () => two!('LogActivityIntent', { ...activity('strength', 'rows'), sets: '3' }),
    );
    expect(said.join(' ')).toMatch(/It's part of the strength session already logged for that day\./);
    const week = await weekOf(kitchen);
    expect([week?.sessions.strength, week?.entries.length]).toEqual([1, 2]);
  });
});

describe('a write that fails', () => {
  it('whose answer never came is said to be unsure, and undo stays possible', async () => {
    const { turn, week } = talk();
    nextWrite = { reason: 'timeout', landed: true };
    expect(await turn('LogActivityIntent', activity('stretch'))).toBe(
      "I'm not sure that saved: your progress didn't answer in time. Ask how your week is going before you log it again. Anything else?",
    );
    expect((await week())?.sessions.stretch).toBe(1);
    expect(await turn('UndoIntent')).toMatch(/^Done\. I took off (the |\d|[a-z])[^.]*\./);
    expect((await week())?.sessions.stretch ?? 0).toBe(0);
  });

  it('that certainly did not land says so', async () => {
    const { turn, week } = talk();
    nextWrite = { reason: 'throttled', landed: false };
    expect(await turn('LogActivityIntent', activity('stretch'))).toMatch(/so that isn't logged/);
    expect(await week()).toBeUndefined();
  });
});

describe('hearing it back', () => {
  /** Last week met the plan with one HIIT extra; this week so far, Monday's walk and today's strength. */
  async function seeded(): Promise<ReturnType<typeof talk>> {
    const chat = talk();
    const user = userKey(chat.device.userId);
    let n = 0;
    const log = (week: string, weekday: ActivityLog['weekday'], kind: ActivityLog['activity'], extra: Partial<ActivityLog> = {}) =>
      store.recordActivity(user, { week, weekday, activity: kind, requestId: `seed-${chat.device.userId}-${n++}`, ...extra });
    for (const weekday of [1, 3, 5] as const) await log('2026-W47', weekday, 'strength');
    for (const weekday of [2, 4] as const) await log('2026-W47', weekday, 'hiit');
    await log('2026-W47', 6, 'hiit', { minutes: 18 });
    await log('2026-W47', 7, 'cardio', { minutes: 40 });
    await log('2026-W48', 1, 'walk', { minutes: 30, extraSteps: 4_000 });
    await log('2026-W48', 2, 'strength', { exercise: 'deadlift' });
    return chat;
  }

  it('"what did I do today" and "yesterday" tell the day', async () => {
    const { turn } = await seeded();
    expect(await turn('WeeklyProgressIntent', { date: '2026-11-24' })).toBe('Today: one strength session with deadlifts. What would you like next?');
    expect(await turn('WeeklyProgressIntent', { date: '2026-11-23' })).toBe('Yesterday: one walk of 30 minutes and 4,000 extra steps. What would you like next?');
    expect(await turn('WeeklyProgressIntent', { date: '2026-11-22' })).toBe('Sunday, November 22: one cardio session of 40 minutes. What would you like next?');
    expect(await turn('WeeklyProgressIntent', { date: '2026-11-10' })).toBe('Nothing logged for Tuesday, November 10. What would you like next?');
    // Found by a helper trying the console (December 5): a finished HIIT workout came back without its minutes.
    expect(await turn('WeeklyProgressIntent', { date: '2026-11-21' })).toBe('Saturday, November 21: one HIIT session of 18 minutes. What would you like next?');
  });

  it('"how did last week go" and "what did I do this month"', async () => {
    const { turn } = await seeded();
    expect(await turn('WeeklyProgressIntent', { date: '2026-W47' })).toBe(
      'Last week: 3 of 3 strength sessions, 2 of 2 HIIT sessions, plus 1 extra, one cardio session of 40 minutes, and 7 active days. You met the plan. What would you like next?',
    );
    expect(await turn('WeeklyProgressIntent', { date: '2026-11' })).toBe(
      'This month so far: 4 strength sessions with deadlifts, 3 HIIT sessions, 18 minutes in all, one cardio session of 40 minutes, one walk of 30 minutes, 9 active days, and 4,000 extra steps. What would you like next?',
    );
    // "In December", said in November, is the December gone by: Alexa puts a month said alone ahead.
    expect(await turn('WeeklyProgressIntent', { date: '2026-12' })).toBe('Nothing logged in December. What would you like next?');
    expect(await turn('WeeklyProgressIntent', { date: '2026-W49' })).toMatch(/^That hasn't happened yet\./);
  });

  it('"how am I doing" says each kind once, with the streak', async () => {
    const { turn } = await seeded();
    expect(await turn('WeeklyProgressIntent')).toBe(
      "This week: 1 of 3 strength sessions, one walk of 30 minutes, 2 active days, and 4,000 extra steps. Still to do: 2 strength, 2 HIIT, and 1 cardio. Last week you did 6 of 6 planned sessions. You met the plan last week. What would you like next?",
    );
  });
});

// "I {activity}" also hears questions and pain reports; the open slot holds what was said after "I".
describe('a log whose activity took something else', () => {
  const unmatched = (said: string) => ({ activity: unmatchedSlot('activity', 'ActivityName', said) });

  it('answers the topic asked about ("I was wondering if stress is making my back fat worse"), and logs nothing', async () => {
    const { turn } = talk();
    // The session's first answer remembers the notice it said in the profile; nothing is logged.
    const logs = () => counted.calls.filter((call) => isWrite(call) && call.method !== 'updateProfile').length;
    const before = logs();
    expect(await turn('LogActivityIntent', unmatched('was wondering if stress is making my back fat worse'))).toContain(findTopic(EN_US_CATALOGUE, 'stress')!.answer);
    expect(await turn('LogActivityIntent', unmatched('keep skipping days how important is consistency'))).toContain(findTopic(EN_US_CATALOGUE, 'be-regular')!.answer);
    expect(logs()).toBe(before);
  });

  it('gives the safe answer to a pain report ("I hurt my back lifting"), and mid-workout pauses it', async () => {
    const { turn } = talk();
    expect(await turn('LogActivityIntent', unmatched('hurt my back lifting'))).toContain(EN_US_CATALOGUE.painBeforeTraining);
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
    const reply = spoken(await chat.intent('LogYesterdayIntent', unmatched('twisted my knee and it hurts')));
    expect(reply).toContain(EN_US_CATALOGUE.safety.pain);
    expect(reply).toMatch(/Your workout is paused, and your place saved\./);
  });

  it('still asks what was done when the phrase tells something done loosely ("walked to the shop for some water")', async () => {
    const { turn } = talk();
    for (const said of [
      'walked to the shop for some water',
      'did a bit of protein prep',
      'went for a stroll after my protein shake',
      'finally did some stretching for stress',
      'wondered if running helps',
    ]) {
      expect(await turn('LogActivityIntent', unmatched(said)), said).toMatch(/^Tell me what you did/);
    }
    // An amount makes it a log whatever else was said; with no activity named in it, the question.
    expect(await turn('LogActivityIntent', { ...unmatched('wondering about stress'), duration: 'PT20M' })).toMatch(/^Tell me what you did/);
  });

  it('logs nothing for what did not happen ("I skipped my workout yesterday"), without guilt, and offers today\'s', async () => {
    const { turn, chat } = talk();
    const before = counted.calls.filter(isWrite).length;
    const missed = "That's okay, I've logged nothing. One missed day changes little: getting back to it is what counts. Want today's workout?";
    expect(await turn('LogYesterdayIntent', unmatched('skipped my workout'))).toBe(missed);
    expect(await turn('LogActivityIntent', unmatched("didn't go for a run"))).toBe(missed);
    expect(await turn('LogActivityIntent', unmatched('missed my walk today'))).toBe(missed);
    expect(counted.calls.filter(isWrite).length).toBe(before);
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/Today is a HIIT day/);
    // How it went is not that it did not happen; an amount is always a log.
    for (const said of ['walked for an hour no breaks', 'went swimming but not for long', 'skipped the gym but went for a run', "didn't skip my workout", "didn't stop once on my walk", "wasn't tired after my run"]) {
      expect(await turn('LogActivityIntent', unmatched(said)), said).not.toBe(missed);
    }
    expect(await turn('LogActivityIntent', { ...unmatched('never stopped once'), duration: 'PT30M' })).toMatch(/^Tell me what you did/);
  });

  // Found by a helper trying the console (December 5): "I didn't walk on Monday", with a walk logged on Monday, said
  // "I've logged nothing", and the walk stayed in the week.
  it('a day said not to have happened, with that kind logged on it, asks to take the log off', async () => {
    const { turn, week } = talk();
    await turn('LogYesterdayIntent', { ...activity('walk', 'walked'), duration: 'PT30M' });
    expect(await turn('LogActivityIntent', { ...unmatched("didn't walk"), date: '2026-11-23' })).toBe('Remove the 30-minute walk you logged yesterday?');
    expect(await turn('AMAZON.YesIntent')).toMatch(/^Done\./);
    expect((await week())?.sessions.walk ?? 0).toBe(0);
    // With none logged that day, nothing to take off: the missed-day answer.
    expect(await turn('LogActivityIntent', { ...unmatched("didn't walk"), date: '2026-11-23' })).toMatch(/^That's okay, I've logged nothing\./);
  });

  // Found by a helper trying the console (December 5): "I didn't actually walk on Monday, remove it", heard through "I
  // {concern} on {move}", got "check with your doctor", and the walk stayed.
  it('a day said not to have happened, heard through a health request, asks to take the log off too', async () => {
    const { turn } = talk();
    await turn('LogYesterdayIntent', { ...activity('walk', 'walked'), duration: 'PT30M' });
    const heard = committedMatcher('en-US').resolve("i didn't actually walk on monday, remove it");
    expect(heard.intent).toBe('HealthConcernIntent');
    expect(await turn(heard.intent, heard.slots)).toBe('Remove the 30-minute walk you logged yesterday?');
    // With none logged then, the missed-day answer, never a doctor's.
    const fresh = talk();
    expect(await fresh.turn(heard.intent, heard.slots)).toMatch(/^That's okay, I've logged nothing\./);
    // "I couldn't walk on Monday" may be about health: the health answer, as before.
    const couldNot = { concern: unmatchedSlot('concern', 'ConcernName', "couldn't walk"), move: unmatchedSlot('move', 'MoveName', 'monday') };
    expect(await talk().turn('HealthConcernIntent', couldNot)).toMatch(/doctor/);
  });

  // Found by a helper trying the console (December 6): "I walked for 30 minutes on my lunch break", heard through "I
  // {concern} on {move}", was a condition to check with a doctor, and every workout after asked for a doctor's okay.
  it('a walk on a lunch break, heard through a health request, is a walk', async () => {
    const { turn, week } = talk();
    const heard = committedMatcher('en-US').resolve('I walked for 30 minutes on my lunch break');
    expect(heard.intent).toBe('HealthConcernIntent');
    expect(await turn(heard.intent, heard.slots)).toMatch(/^Logged a 30-minute walk\./);
    expect((await week())?.sessions.walk).toBe(1);
  });

  // Found by a helper trying the console as a warehouse worker (December 7): "I walked 20 minutes on my break" was a
  // condition, as the lunch break's walk had been, and the next workouts asked for a doctor's okay. A break or a shift
  // is when it was done, as a lunch break is.
  it.each([
    ['I walked 20 minutes on my break', /^Logged a 20-minute walk\./],
    ['I walked twenty minutes during my break', /^Logged a 20-minute walk\./],
    ['I walked 30 minutes after my shift', /^Logged a 30-minute walk\./],
    ['I walked 30 minutes before work', /^Logged a 30-minute walk\./],
  ] as const)('"%s", heard through a health request, is a walk', async (said, logged) => {
    const { turn, week } = talk();
    const heard = committedMatcher('en-US').resolve(said);
    expect(heard.intent).toBe('HealthConcernIntent');
    expect(await turn(heard.intent, heard.slots)).toMatch(logged);
    expect((await week())?.sessions.walk).toBe(1);
  });

  // Found by a helper trying the console as a Chennai teacher (December 7): "I did 10 rounds surya namaskar" got the
  // yoga answer, and nothing was logged. Rounds counted are what was done, as sets are.
  it.each([
    ['en-IN', '10 rounds surya namaskar', 'stretch'],
    ['en-IN', 'twelve rounds of surya namaskar', 'stretch'],
    ['en-US', '5 rounds of yoga', 'stretch'],
    // Tried as a user at the read-through: with a filler and a time of day, the yoga answer.
    ['en-US', 'like 5 rounds of yoga this morning', 'stretch'],
  ] as const)('%s "I did %s" is logged', async (locale, said, kind) => {
    const { turn, week } = talk(harness.device({ locale }));
    expect(await turn('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', said) })).toMatch(/^Logged a stretch and recovery day\./);
    expect((await week())?.sessions[kind]).toBe(1);
  });

  // Found in review: "surya" alone is a name, and "played cricket with Surya for an hour" asked what was done.
  it('a friend called Surya is no yoga', async () => {
    const { turn, week } = talk(harness.device({ locale: 'en-IN' }));
    expect(await turn('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'played cricket with surya for an hour') })).toMatch(/^Logged/);
    expect((await week())?.sessions.cardio).toBe(1);
  });

  // Found by a helper trying the console (December 6): "I didn't actually do the strength session", heard through "I
  // {concern}" with no day, got the strength tip, and the log stayed.
  it('a session said not to have happened today, heard through a health request, asks to take the log off', async () => {
    const { turn, week } = talk();
    await turn('LogActivityIntent', activity('strength', 'strength workout'));
    const concern = (said: string) => ({ concern: unmatchedSlot('concern', 'ConcernName', said) });
    expect(await turn('HealthConcernIntent', concern("didn't actually do the strength session"))).toMatch(/^Remove the strength session you logged today\?$/);
    expect(await turn('AMAZON.YesIntent')).toMatch(/^Done\./);
    expect((await week())?.sessions.strength ?? 0).toBe(0);
    // Something else not done is for the health answer, never "I've logged nothing".
    expect(await talk().turn('HealthConcernIntent', concern("didn't sleep well"))).not.toMatch(/logged nothing/);
    // A long while is a history, never today's log taken back (found in review).
    const history = talk();
    await history.turn('LogActivityIntent', activity('strength', 'strength workout'));
    for (const said of ["haven't done any strength training in years", "haven't done cardio in a long time"]) {
      expect(await history.turn('HealthConcernIntent', concern(said)), said).not.toMatch(/^Remove|logged nothing/);
    }
    // "Since", said of a day gone by, is a long while: never a log taken off (found in a third review).
    expect(await history.turn('HealthConcernIntent', concern("haven't done any strength since monday")), 'since monday').not.toMatch(/^Remove/);
    // A break from something, or a physio appointment missed, is no log and no missed workout (found in a third review).
    const fresh = talk();
    expect(await fresh.turn('HealthConcernIntent', concern('took a break from walking yesterday'))).not.toMatch(/^Logged/);
    expect(await fresh.turn('HealthConcernIntent', concern("didn't go to physio today"))).not.toMatch(/logged nothing/);
    // "Since", said as "because", is no long while (found in a second review).
    expect(await history.turn('HealthConcernIntent', concern("didn't do the strength session today since I was busy")), 'since').toMatch(/^Remove the strength session/);
  });

  // Found trying it as a user: "I went for a run and then did some stretching" got the answer about stretching, and
  // nothing was logged. Two things done are asked for one at a time, and nothing is logged until then.
  it('asks for several things done one at a time ("a run and then did some stretching"), never a topic, and logs nothing', async () => {
    const { turn, week } = talk();
    for (const said of [
      'run and then did some stretching', 'walk and did my deadlifts', 'swim then did yoga', 'ran for 20 minutes and then stretched',
      // Found in review: one said with a workout word, or with "also", was heard as one.
      'did a hiit workout and then some squats', 'did the elliptical and then lifted', 'did 20 minutes on the treadmill and then some weights',
      'did a spin class and then some yoga', 'went for a run also did yoga',
    ]) {
      expect(await turn('LogActivityIntent', unmatched(said)), said).toMatch(/^I log one activity at a time\. Tell me the first/);
    }
    expect(await turn('LogYesterdayIntent', unmatched('went for a walk and also did some stretching'))).toMatch(/^I log one activity at a time\./);
    // Tried as a user: "I ran and then did some stretching" is heard through "I {concern}" too.
    expect(await turn('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'ran and then did some stretching') })).toMatch(/^I log one activity at a time\./);
    // Hindi says the verb last: "running की और फिर stretching (की)" is two things done, as the open slot hears it.
    for (const said of ['running की और फिर stretching', 'running ki aur phir yoga', 'walk किया और फिर yoga', 'walk aur phir stretching ki', 'walk की फिर stretching की', 'running की और फिर yoga किया', '20 minute walk aur phir yoga ki', 'जॉगिंग की और फिर स्ट्रेचिंग की', 'रनिंग की और योगा किया']) {
      const reply = spoken(await harness.conversation({ locale: 'hi-IN' }).intent('LogActivityIntent', unmatched(said)));
      expect(reply, said).toMatch(/^मैं एक बार में एक ही चीज़ दर्ज करती हूँ\./);
    }
    for (const said of ['walk किया और मुझे अच्छा लगा', 'walk kiya aur thak gaya', 'योग किया और वो अच्छी कसरत थी']) {
      const reply = spoken(await harness.conversation({ locale: 'hi-IN' }).intent('LogActivityIntent', unmatched(said)));
      expect(reply, said).not.toMatch(/एक ही चीज़/);
    }
    expect(await week()).toBeUndefined();
    // One thing done, told with more: still that one.
    expect(await turn('LogActivityIntent', unmatched('also went for a walk and it was lovely'))).toMatch(/^Logged your walk\./);
    // Found in review: more told about one thing (its amount, where it led, what came after) is still one thing; so is a
    // missed one beside it, and a question about other people.
    for (const said of [
      'run and then had a shower', 'walk and talked with a friend', 'run then rested', 'went for a walk and did 5000 steps', 'run and did 5k',
      'swimming and did 20 laps', 'did my deadlifts and then went to work', 'run and then took a shower', 'walk and then got a coffee',
      'got up early and went for a run', 'walk and then went home', '30 minute walk and then made lunch', 'went to the gym and did my deadlifts',
      'read that people who ran and did weights lost more', 'went for a run and it was a great workout', 'walked for an hour and it was good exercise',
      'did yoga and it was a good stretch', 'did a run and walk interval session', 'went cycling and then walked the bike home', 'went swimming then walked home from the pool',
    ]) {
      expect(await turn('LogActivityIntent', unmatched(said)), said).not.toMatch(/one activity at a time/);
    }
    // The run was skipped: what is left to log is the stretching, which is no activity the week counts.
    expect(await turn('LogActivityIntent', unmatched('skipped my run and then did some stretching'))).toBe(await turn('LogActivityIntent', unmatched('did some stretching')));
  });

  // Found in review: "What was first?" "The run." was heard as how to run. While that question is open, a short answer
  // naming what was done is the log; a how-to asked outright after the question has passed is a how-to again.
  it('takes a short answer to "what was first?" ("the run", "deadlifts", "some stretching") as the log', async () => {
    const { turn } = talk();
    expect(await turn('LogActivityIntent', unmatched('run and then did some stretching'))).toMatch(/What was first\?$/);
    // Tried as a user: once the first was logged, the second was never asked for. It is, as long as one is left.
    expect(await turn('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'cardio', 'the run') })).toMatch(/^Logged your run\..* And what was next\?$/);
    expect(await turn('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'some stretching') })).toMatch(/^Logged .*Anything else\?$/);
    expect(await turn('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'cardio', 'the run') })).not.toMatch(/^Logged/);
    const chain = talk();
    expect(await chain.turn('LogActivityIntent', unmatched('walked and then did my deadlifts and then some yoga'))).toMatch(/What was first\?$/);
    expect(await chain.turn('LogActivityIntent', { ...unmatched('walk'), duration: 'PT30M' })).toMatch(/^Logged a 30-minute walk\..* And what was next\?$/);
    expect(await chain.turn('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'deadlift', 'deadlifts') })).toMatch(/^Logged deadlifts\..* And what was next\?$/);
    expect(await chain.turn('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'the yoga') })).toMatch(/^Logged .*Anything else\?$/);
    const last = talk();
    // "No" to "what was next?" ends the asking; a short answer after that is a question again.
    expect(await last.turn('LogActivityIntent', unmatched('walk and did my deadlifts'))).toMatch(/What was first\?$/);
    expect(await last.turn('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'the walk') })).toMatch(/^Logged your walk\..* And what was next\?$/);
    expect(await last.turn('AMAZON.NoIntent')).not.toMatch(/Logged|what was next/i);
    expect(await last.turn('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'deadlift', 'deadlifts') })).not.toMatch(/^Logged/);
    const second = talk();
    expect(await second.turn('LogActivityIntent', unmatched('never stopped once'))).toMatch(/What did you do\?$/);
    // A move alone, heard as how to do it, is asked about first: it may be that question (found by a helper trying the
    // console, December 6: "how do I do a superman" to "what did you do?" was "Logged the superman"). Yes logs it; no
    // teaches it.
    expect(await second.turn('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'deadlift', 'deadlifts') })).toBe(
      'I can log deadlifts, or show you how to do it. Did you do it?',
    );
    expect(await second.turn('AMAZON.YesIntent')).toMatch(/^Logged deadlifts\./);
    const asked = talk();
    await asked.turn('LogActivityIntent', unmatched('never stopped once'));
    await asked.turn('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman', 'a superman') });
    expect(await asked.turn('AMAZON.NoIntent')).toMatch(/^(Quick note: [^.]*\. )?Here's how to do the superman\./);
    expect(await asked.week()).toBeUndefined();
    // Found in review: a variation named is the one asked about and taught; "show me how" teaches it, "log it" logs it.
    const asking = async (exercise: string, said: string) => {
      const chat = talk();
      await chat.turn('LogActivityIntent', unmatched('never stopped once'));
      return { chat, asked: await chat.turn('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', exercise, said) }) };
    };
    const thrust = await asking('glute-bridge', 'a hip thrust');
    expect(thrust.asked).toBe('I can log the hip thrust, or show you how to do it. Did you do it?');
    expect(await thrust.chat.turn('HowToCurrentIntent')).toMatch(/^(Quick note: [^.]*\. )?Here's how to do the hip thrust\./);
    const logIt = await asking('superman', 'a superman');
    expect(await logIt.chat.turn('LogActivityIntent', unmatched('it'))).toMatch(/^Logged the superman\./);
    // HIIT, though, one of the kinds "what did you do?" names, is logged (found by a helper trying the console, December 7:
    // "HIIT" said to it was asked about again).
    expect((await asking('hiit', 'hiit')).asked).toMatch(/^Logged a HIIT session\./);
    // While going through things just named, the last one too, a move named is logged (found in review).
    const list = talk();
    expect(await list.turn('LogActivityIntent', unmatched('run and then did some supermans'))).toMatch(/What was first\?$/);
    expect(await list.turn('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'cardio', 'the run') })).toMatch(/And what was next\?$/);
    expect(await list.turn('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman', 'the superman') })).toMatch(/^Logged the superman\./);
    // Found in review: a question asked then is answered, a health one above all, and nothing is logged.
    const { turn: third, week } = talk();
    for (const [intent, slots, answer] of [
      ['TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'lift weights while pregnant') }, /pregnan/i],
      ['TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'run with back pain') }, /doctor or a physiotherapist/],
      ['TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'yoga with sciatica') }, /doctor|physiotherapist/],
      ['TopicIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'cardio', 'running') }, /^(?!Logged)/],
    ] as const) {
      expect(await third('LogActivityIntent', unmatched('run and then did some stretching'))).toMatch(/What was first\?$/);
      const reply = await third(intent, slots);
      expect(reply, JSON.stringify(slots)).toMatch(answer);
      expect(reply, JSON.stringify(slots)).not.toMatch(/^Logged/);
    }
    expect(await week()).toBeUndefined();
  });

  it('logs the activity named inside a phrase told as something done ("I also went for a walk after dinner")', async () => {
    const { turn } = talk();
    expect(await turn('LogActivityIntent', unmatched('also went for a walk after dinner to help my sleep'))).toMatch(/^Logged your walk\./);
    expect(await turn('LogActivityIntent', unmatched('did the suitcase carry this morning'))).toMatch(/^Logged your strength session\./);
    expect(await turn('LogYesterdayIntent', unmatched('went for a long run with my sister'))).toMatch(/^Logged your run\. That's for Monday, November 23\./);
  });

  // Found by a helper trying the console (December 6): "I walked 15 minutes to school and back", heard through "I
  // {concern}", got the pain answer ("back"); "I walked 30 minutes with the dog" was "tell me what you did". Where or
  // with whom, said after the time, is kept out of the way; anything wrong said there is no plain log.
  it('a log with where it went or with whom said after its time is logged; "back" there is a way, not the body', async () => {
    const concern = (said: string) => ({ concern: unmatchedSlot('concern', 'ConcernName', said) });
    expect(await talk().turn('HealthConcernIntent', concern('walked 15 minutes to school and back'))).toMatch(/^Logged a 15-minute walk\./);
    expect(await talk().turn('LogActivityIntent', unmatched('walked 30 minutes with'))).toMatch(/^Logged a 30-minute walk\./);
    expect(await talk().turn('LogActivityIntent', unmatched('ran 20 minutes around the park'))).toMatch(/^Logged a 20-minute run\./);
    for (const said of ['walked 20 minutes and my back hurts', 'walked 20 minutes with my back hurting', 'walked 20 minutes to the doctor with chest pain', 'walked 10 minutes to school and fainted']) {
      const { turn, week } = talk();
      expect(await turn('HealthConcernIntent', concern(said)), said).not.toMatch(/^Logged/);
      expect((await week())?.minutes ?? 0, said).toBe(0);
    }
  });

  it('logs a time said straight after the verb ("I walked forty minutes yesterday") on the day said', async () => {
    // Heard before through "I {concern} yesterday", whose day the handler never sees: logged for today.
    const { turn, week } = talk();
    expect(await turn('LogYesterdayIntent', { walkTime: 'PT40M' })).toMatch(/^Logged a 40-minute walk\. That's for Monday, November 23\./);
    expect((await week())?.sessions.walk).toBe(1);
    expect(await turn('LogActivityIntent', { cardioTime: 'PT30M' })).toMatch(/^Logged 30 minutes of cardio\. That's one cardio session this week/);
    expect(await turn('LogActivityIntent', { stretchTime: 'PT10M' })).toMatch(/^Logged 10 minutes of stretching and recovery\./);
    expect((await week())?.minutes).toBe(80);
  });

  it('keeps the kind the verb said before a time ("I ran twenty minutes", "I swam half an hour last night")', async () => {
    // Found trying the console: "I ran 20 minutes" was logged as "20 minutes of cardio", and the week said "cardio".
    const { turn, week } = talk();
    expect(await turn('LogActivityIntent', { runTime: 'PT20M' })).toMatch(/^Logged a 20-minute run\./);
    expect(await turn('LogYesterdayIntent', { swimTime: 'PT30M' })).toMatch(/^Logged a 30-minute swim\. That's for Monday, November 23\./);
    expect(await turn('LogActivityIntent', { cycleTime: 'PT1H' })).toMatch(/^Logged a 60-minute bike ride\./);
    expect(await turn('LogActivityIntent', { danceTime: 'PT15M' })).toMatch(/^Logged 15 minutes of dancing\./);
    expect((await week())?.sessions.cardio).toBe(4);
    expect(await turn('WeeklyProgressIntent')).toMatch(/one run of 20 minutes.*one swim of 30 minutes/);
  });

  // Found by a helper trying the console as an Indian user (December 5): "I played badminton for one hour", then "I
  // played cricket for 2 hours", changed the badminton into the cricket ("Changed it"), and the hour was lost.
  it('never takes a game or anything named after a log for a change of its time: a sport is another session', async () => {
    const { turn, week } = talk();
    expect(await turn('LogActivityIntent', { ...unmatched('played badminton'), duration: 'PT1H' })).toMatch(/^Logged 60 minutes of cardio\./);
    expect(await turn('LogActivityIntent', { ...unmatched('played cricket'), duration: 'PT2H' })).not.toMatch(/^Changed it/);
    expect(await turn('LogActivityIntent', { ...unmatched('played volleyball'), duration: 'PT30M' })).not.toMatch(/^Changed it/);
    expect((await week())?.minutes).not.toBe(120);
    // Something named that is no activity at all is asked about, never taken for the last log's new time.
    const other = talk();
    await other.turn('LogActivityIntent', { walkTime: 'PT20M' });
    expect(await other.turn('LogActivityIntent', { ...unmatched('played video games'), duration: 'PT1H' })).not.toMatch(/^Changed it/);
    expect((await other.week())?.minutes).toBe(20);
  });

  it('takes the amounts and the day said inside the phrase ("walked forty minutes this morning")', async () => {
    expect(await talk().turn('LogActivityIntent', unmatched('walked forty minutes this morning'))).toMatch(/^Logged a 40-minute walk\. That's one walk this week/);
    expect(await talk().turn('LogActivityIntent', unmatched('swam half an hour on monday'))).toMatch(/^Logged a 30-minute swim\. That's for Monday, November 23\./);
    expect(await talk().turn('LogActivityIntent', unmatched('ran an hour and a half yesterday'))).toMatch(/^Logged a 90-minute run\. That's for Monday, November 23\./);
    expect(await talk().turn('LogActivityIntent', unmatched('walked 4,000 steps'))).toMatch(/Were those 4,000 steps extra, on top of it\?$/);
    expect(await talk().turn('LogActivityIntent', unmatched('walked 4,000 extra steps'))).toMatch(/^Logged 4,000 extra steps\./);
    const { turn, week } = talk();
    expect(await turn('LogActivityIntent', unmatched('walked forty minutes a week ago'))).toBe('You can say it was today, it was yesterday, or a day of the week. Which day was that?');
    expect(await week()).toBeUndefined();
    // A few days back, said so, is that day.
    expect(await turn('LogActivityIntent', unmatched('walked forty minutes two days ago'))).toMatch(/^Logged a 40-minute walk\. That's for Sunday, November 22\./);
    expect(await talk().turn('LogActivityIntent', unmatched('swam 3 days ago'))).toMatch(/^Logged your swim\. That's for Saturday, November 21\./);
    // Never the end of a bigger number (found in review: "twenty one days ago" was yesterday).
    for (const said of ['swam twenty one days ago', 'cycled thirty two days ago', 'swam 21 days ago']) expect(await talk().turn('LogActivityIntent', unmatched(said)), said).not.toMatch(/^Logged/);
  });

  // Found by a helper trying the console: "Tuesday", said to "which day was that?", was heard as a day said alone
  // ("Tuesday? You can ask what's on Tuesday…"), and the log was dropped; "yesterday" and "today" reached the fallback.
  it('logs for the day said next to "which day was that?": a weekday, yesterday or today, as the model hears them', async () => {
    const literal = (said: string) => {
      const [match] = committedMatcher('en-US').literal(said);
      expect(match?.intent, said).toBe('SetRestDayIntent');
      return match!.slots;
    };
    const first = talk();
    expect(await first.turn('LogActivityIntent', unmatched('walked forty minutes earlier this week'))).toMatch(/Which day this week was that\?$/);
    // "Yes" says no day: asked again, and the log still waits.
    expect(await first.turn('AMAZON.YesIntent')).toMatch(/^You can say it was today, it was yesterday, or a day of this week\. Which day this week was that\?$/);
    expect(await first.turn('SetRestDayIntent', literal('sunday'))).toMatch(/^Logged a 40-minute walk\. That's for Sunday, November 22\./);
    const second = talk();
    await second.turn('LogActivityIntent', unmatched('swam half an hour earlier this week'));
    expect(await second.turn('SetRestDayIntent', literal('it was yesterday'))).toMatch(/^Logged a 30-minute swim\. That's for Monday, November 23\./);
    const third = talk();
    await third.turn('LogActivityIntent', unmatched('ran earlier this week'));
    // A day to come is said, and the question stays.
    expect(await third.turn('SetRestDayIntent', literal('on the 25th'))).toMatch(/Which day this week was that\?$/);
    expect(await third.turn('SetRestDayIntent', literal('it was today'))).toMatch(/^Logged your run\./);
    expect((await third.week())?.sessions.cardio).toBe(1);
    // With no log waiting, "on Friday" is that weekday, as a weekday said alone is; and to "what time should I remind
    // you?" a day said so asks the time again, no reminder made for a day.
    expect(await talk().turn('SetRestDayIntent', literal('on friday'))).toMatch(/^Friday\? You can ask what's on Friday/);
    const reminder = talk();
    expect(await reminder.turn('SetReminderIntent')).toMatch(/What time/);
    expect(await reminder.turn('SetRestDayIntent', literal('on friday'))).toMatch(/What time/);
  });

  // Found by a helper trying the console as an Indian user (December 4): "I went for a swim on the 2nd" was logged for
  // today, and "I worked out on Thursday" asked what was done, then logged the answer for today.
  it('takes a day of the month said inside the phrase ("went for a swim on the 20th"), never today instead', async () => {
    expect(await talk().turn('LogActivityIntent', unmatched('went for a swim on the 20th'))).toMatch(/^Logged your swim\. That's for Friday, November 20\./);
    expect(await talk().turn('LogActivityIntent', unmatched('went for a swim on the twenty third'))).toMatch(/^Logged your swim\. That's for Monday, November 23\./);
    expect(await talk().turn('LogActivityIntent', unmatched('ran 30 minutes on november 21st'))).toMatch(/^Logged a 30-minute run\. That's for Saturday, November 21\./);
    expect(await talk().turn('LogActivityIntent', unmatched('went for a walk on the 22nd of november'))).toMatch(/^Logged your walk\. That's for Sunday, November 22\./);
    expect(await talk().turn('LogActivityIntent', unmatched('did the suitcase carry on the 24th'))).toMatch(/^Logged your strength session\. That's 1 of/);
    const { turn, week } = talk();
    // The 2nd of this month is three weeks gone; the 28th, said on the 24th, is October's.
    for (const said of ['went for a run on the 2nd', 'went for a run on the 28th', 'went swimming on the thirty first']) {
      expect(await turn('LogActivityIntent', unmatched(said)), said).toMatch(/^I can log what you did in the last 7 days\./);
    }
    expect(await turn('LogActivityIntent', unmatched('went for a run on november 30th'))).toMatch(/^I can only log what you've already done\./);
    expect(await week()).toBeUndefined();
  });

  // Found by a helper trying the console as an Indian user: "maine 22 tarikh ko swimming ki" and "maine parson walk
  // kiya" (the day before yesterday) asked what was done.
  it('takes a day said in Hindi inside the phrase: "22 tarikh ko", "parson"', async () => {
    const { turn, week } = talk(harness.device({ locale: 'hi-IN' }));
    expect(await turn('LogActivityIntent', unmatched('22 tarikh ko swimming'))).toMatch(/22 नवंबर/);
    expect(await turn('LogActivityIntent', unmatched('parson walk'))).toMatch(/22 नवंबर/);
    expect((await week('2026-W47'))?.sessions).toMatchObject({ cardio: 1, walk: 1 });
    expect((await week('2026-W47'))?.days[7]).toBe(2);
  });

  it('keeps a day said with nothing done named ("I worked out on Thursday") for the answer to "what did you do?"', async () => {
    const { turn, week } = talk();
    expect(await turn('LogActivityIntent', { ...unmatched('worked out'), date: '2026-11-26' })).toBe('What did you do on Thursday: a strength workout, HIIT, a walk, or something else?');
    // The answer said bare, as people answer ("strength"): the model hears it (it was not understood).
    const [bare] = committedMatcher('en-US').literal('strength');
    expect(bare?.intent).toBe('TopicIntent');
    expect(await turn(bare!.intent, bare!.slots)).toMatch(/^Logged your strength session\. That's for Thursday, November 19\./);
    expect((await week('2026-W47'))?.sessions.strength).toBe(1);
    // Heard as a level or a workout to start ("the strength one", "strength workout"): the answer, not a workout started.
    for (const [intent, slots] of [
      ['SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'the strength one') }],
      ['StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength', 'strength workout') }],
    ] as const) {
      const asked = talk();
      await asked.turn('LogActivityIntent', { ...unmatched('worked out'), date: '2026-11-26' });
      expect(await asked.turn(intent, slots), intent).toMatch(/^Logged your strength session\. That's for Thursday, November 19\./);
    }
    const other = talk();
    expect(await other.turn('LogYesterdayIntent', unmatched('worked out'))).toMatch(/^What did you do yesterday: /);
    expect(await other.turn('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'cardio', 'running') })).toMatch(/^Logged your run\. That's for Monday, November 23\./);
    // A day said with the answer is the answer's.
    const third = talk();
    await third.turn('LogActivityIntent', { ...unmatched('worked out'), date: '2026-11-26' });
    expect(await third.turn('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'cardio'), date: '2026-11-23' })).toMatch(
      /That's for Monday, November 23\./,
    );
  });

  it('logs what a health request\'s open slot took when it tells of something done, and says which day it went to', async () => {
    const { turn, week } = talk();
    const concern = (said: string) => ({ concern: unmatchedSlot('concern', 'ConcernName', said) });
    // "I walked forty minutes this morning", heard through "I {concern}": the carrier may have held a day, so it is said.
    expect(await turn('HealthConcernIntent', concern('walked forty minutes this morning'))).toMatch(/^Logged a 40-minute walk\. That's for Tuesday, November 24\. That's one walk this week/);
    expect((await week())?.minutes).toBe(40);
    expect(await turn('HealthConcernIntent', concern('walked forty five minutes after lunch'))).toMatch(/^Logged a 45-minute walk\./);
    // Pain said with it is the health answer; words that tell of nothing done are not a log.
    expect(await turn('HealthConcernIntent', concern('walked forty minutes and my knee hurts'))).toMatch(/Stop the move that hurts|train through pain/);
    expect(await turn('HealthConcernIntent', concern('lost count'))).toMatch(/^That's not something I can help with yet\./);
    expect((await week())?.sessions.walk).toBe(2);
  });

  // Found by a helper trying the console: "I did HIIT on the 26th" and "I was on the bike for half an hour", heard
  // through "I {concern} on {move}", were a medical condition, and every workout after asked for a doctor's okay.
  it('logs a log told plainly through a health request\'s concern and move, never a condition ("I did HIIT on the 26th")', async () => {
    const heard = (concern: string, move: string) => ({ concern: unmatchedSlot('concern', 'ConcernName', concern), move: unmatchedSlot('move', 'MoveName', move) });
    const { turn, week, chat } = talk();
    expect(await turn('HealthConcernIntent', heard('did hiit', '23rd'))).toMatch(/^Logged a HIIT session\. That's for Monday, November 23\./);
    expect(await turn('HealthConcernIntent', heard('was', 'bike for half an hour'))).toMatch(/^Logged a 30-minute bike ride\. That's for Tuesday, November 24\./);
    // With "already", "though", "actually" said around it (found by a helper trying the console: "I already ran on
    // Tuesday though" was a condition, and the next day's workout asked for a doctor's okay).
    expect(await turn('HealthConcernIntent', heard('already ran', 'monday though'))).toMatch(/^Logged your run\. That's for Monday, November 23\./);
    expect(await turn('HealthConcernIntent', heard('actually swam', 'sunday'))).toMatch(/^Logged your swim\. That's for Sunday, November 22\./);
    // With "also" and "like" (found by a helper trying the console as a tired parent: "i also did like 20 minutes on the
    // bike this morning" was a medical condition, and the next day's workout asked for a doctor's okay).
    expect(await talk().turn('HealthConcernIntent', heard('also did like 20 minutes', 'the bike this morning'))).toMatch(/^Logged a 20-minute bike ride\./);
    // Minutes said of something the log cannot read are asked about, never a condition.
    expect(await talk().turn('HealthConcernIntent', heard('did like 20 minutes of', 'that thing with the ropes'))).toMatch(/^Tell me what you did/);
    // What was felt for a time is no log (found in review: "I saw stars for a few minutes on the treadmill" was asked what
    // was done, no caution kept, and the next "start HIIT" logged).
    for (const [concern, move] of [['saw stars for a few minutes', 'the treadmill'], ['felt off for an hour after', 'hiit'], ['went grey for a minute', 'hiit']] as const) {
      expect(await talk().turn('HealthConcernIntent', heard(concern, move)), concern).not.toMatch(/Tell me what you did/);
    }
    expect((await week())?.sessions).toMatchObject({ hiit: 1, cardio: 2 });
    expect(chat.attributes.caution).toBeUndefined();
    expect(spoken(await chat.intent('StartWorkoutIntent'))).not.toMatch(/Has your doctor said/);
    // Nor what the lenient matcher puts there from a long remark (found by helpers trying the console, December 7: each
    // was a condition, and every workout after asked for a doctor's okay).
    for (const [concern, move] of [
      ['walked', 'terrace for 40 minutes'],
      ['love pancakes with maple syrup', 'sunday mornings should i give that up'],
      ['play old timers hockey', 'thursday nights can that be my cardio day'],
      ['sleep during the day', 'night shift'],
    ] as const) {
      const other = talk();
      expect(await other.turn('HealthConcernIntent', heard(concern, move)), concern).not.toMatch(/check with your doctor|medical condition/);
      expect(other.chat.attributes.caution, concern).toBeUndefined();
    }
    // A fast kept each week is when to train (found by a helper trying the console in Indian English: a condition).
    expect(await talk().turn('HealthConcernIntent', heard('fast', 'tuesdays can i exercise'))).toMatch(/fast/i);
    expect(await talk().turn('HealthConcernIntent', heard('fast', 'tuesdays can i exercise'))).not.toMatch(/medical condition/);
    // A condition said with a move is still one, as is something had said with a few words of a move the catalogue lacks.
    for (const [concern, move] of [['have a pacemaker', 'hiit'], ['had surgery last month', 'deadlifts'], ['have a pacemaker', 'kettlebell swings']] as const) {
      expect(await talk().turn('HealthConcernIntent', heard(concern, move)), concern).toMatch(/check with your doctor/);
    }
  });

  // Found by a helper trying the console: "I did strength on Tuesday" asked what was done, "I went to the gym yesterday"
  // and "I did strength last Monday" got tips, and "I ran last Saturday" was not understood. A kind of thing done told
  // plainly with its day is a log, as one with an amount is.
  it('logs a kind of thing done told plainly with its day, with no amount ("gym yesterday", "ran last Saturday")', async () => {
    const concern = (said: string) => ({ concern: unmatchedSlot('concern', 'ConcernName', said) });
    const { turn, week } = talk();
    expect(await turn('LogActivityIntent', { ...unmatched('did strength'), date: '2026-11-30' })).toMatch(/^Logged your strength session\. That's for Monday, November 23\./);
    // The same day again is asked about first, as any second session is.
    expect(await turn('LogActivityIntent', unmatched('gym yesterday'))).toBe("You've already logged a strength session for yesterday. Should I log another one?");
    expect(await turn('AMAZON.YesIntent')).toMatch(/^Logged your strength session/);
    expect(await turn('HealthConcernIntent', concern('ran last sunday'))).toMatch(/^Logged your run\. That's for Sunday, November 22\./);
    expect((await week())?.sessions.strength).toBe(2);
    // Not told plainly, or with no day or amount, it is still asked about or answered.
    expect(await talk().turn('HealthConcernIntent', concern('walked to the shop yesterday'))).not.toMatch(/^Logged/);
    expect(await talk().turn('LogActivityIntent', unmatched('strength'))).not.toMatch(/^Logged/);
  });

  // Found by a helper trying the console: "I went for a run the day before yesterday", heard through "I {activity}
  // yesterday", was logged for yesterday.
  it('logs "an hour\'s walk" (found by a helper trying the console in en-GB: it asked what was done)', async () => {
    expect(await talk().turn('LogYesterdayIntent', unmatched("an hour's walk"))).toMatch(/^Logged a 60-minute walk\. That's for Monday, November 23\./);
  });

  it('logs "the day before yesterday" two days back, not yesterday', async () => {
    expect(await talk().turn('LogYesterdayIntent', unmatched('went for a run the day before'))).toMatch(/^Logged your run\. That's for Sunday, November 22\./);
    expect(await talk().turn('LogYesterdayIntent', unmatched('run day before'))).toMatch(/That's for Sunday, November 22\./);
  });

  // Found trying the console as a user: "I worked out yesterday", heard through "I {concern} yesterday", was "That's
  // not something I can help with yet". A workout told with nothing named is asked about, and the log says its day
  // (the carrier's day is out of reach), so "no, that was yesterday" can move it.
  it('asks what was done when a health request\'s open slot took a workout told with nothing named ("I worked out yesterday")', async () => {
    const concern = (said: string) => ({ concern: unmatchedSlot('concern', 'ConcernName', said) });
    for (const said of ['worked out', 'exercised', 'trained this morning', 'did a workout']) {
      const { turn, week } = talk();
      expect(await turn('HealthConcernIntent', concern(said)), said).toMatch(/What did you do\?$/);
      expect(await turn('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength') }), said).toMatch(
        /^Logged your strength session\. That's for Tuesday, November 24\./,
      );
      expect((await week())?.sessions.strength, said).toBe(1);
    }
    // Pain said with it is still the health answer.
    expect(await talk().turn('HealthConcernIntent', concern('worked out and my back hurts'))).toMatch(/Stop the move that hurts|train through pain|doctor/);
  });

  // Found by a helper trying the console (December 5): each of these matched a sample exactly and logged nothing: "I
  // swam this morning" (heard through "I {concern}") was "That's not something I can help with yet", "went to the gym
  // this morning" got the "no gym needed" tip, and "I've walked 20 minutes" (heard as a topic) "I don't know that one yet".
  it.each([
    ['I swam this morning', /^Logged your swim\./],
    ['I ran this morning', /^Logged your run\./],
    ['I walked this morning', /^Logged your walk\./],
    ['I biked earlier today', /^Logged your bike ride\./],
    ['went to the gym this morning', /^Logged your strength session\./],
    ["I've walked 20 minutes", /^Logged a 20-minute walk\./],
    // Found by a helper trying the console (December 5): "You can do all of this at home, no gym needed".
    ['went to the gym', /^Logged your strength session\./],
    ['did a hiit class at the gym', /^Logged a HIIT session\./],
    ['did a spin class', /^Logged a cardio session\./],
    // Found by a helper trying the console (December 6): the strength tip.
    ['I did the strength one', /^Logged your strength session\./],
    ['I did the cardio one', /^Logged (a|your) cardio session\./],
    ['did my back workout earlier', /^Logged your strength session\./],
    // Found by a helper trying the console as a British user (December 6): "Tell me what you did", every time.
    ['I did my physio exercises', /^Logged (your|a) stretch/],
  ])('"%s" is a log', async (said, answer) => {
    const heard = committedMatcher('en-US').resolve(said);
    expect(heard.match).toBe('exact');
    const { turn, week } = talk();
    expect(await turn(heard.intent, heard.slots)).toMatch(answer);
    expect((await week())?.activeDays).toBe(1);
  });

  it('logs nothing a phrase says beyond a log: a symptom, a habit, a question, a day not plainly gone (found in review)', async () => {
    const concern = (said: string) => ({ concern: unmatchedSlot('concern', 'ConcernName', said) });
    for (const said of ['walked 40 minutes and then I collapsed', 'went for a walk and collapsed']) {
      expect(await talk().turn('HealthConcernIntent', concern(said)), said).toContain(EN_US_CATALOGUE.urgent.answer);
      expect(await talk().turn('LogActivityIntent', unmatched(said)), said).toContain(EN_US_CATALOGUE.urgent.answer);
    }
    const { turn, week } = talk();
    for (const said of ['ran 30 minutes and passed blood', 'walked 40 minutes and threw up', 'walk 40 minutes a day is that enough', 'walked 40 minutes is that enough', 'I will walk 40 minutes tonight']) {
      expect(await turn('HealthConcernIntent', concern(said)), said).not.toMatch(/^Logged/);
      expect(await turn('LogActivityIntent', unmatched(said)), said).not.toMatch(/^Logged/);
    }
    expect(await week()).toBeUndefined();
    // The day before yesterday is that day (found by a helper trying the console: asked which day it was).
    expect(await turn('LogActivityIntent', unmatched('walked 40 minutes the day before yesterday'))).toMatch(/^Logged a 40-minute walk\. That's for Sunday, November 22\./);
    expect(await talk().turn('LogActivityIntent', unmatched('walked a quarter of an hour'))).toMatch(/^Logged a 15-minute walk\./);
    // A morning run is no habit, and Will is a friend; a week ago is asked about.
    expect(await talk().turn('LogActivityIntent', unmatched('just finished a morning run'))).toMatch(/^Logged your run\./);
    expect(await talk().turn('LogActivityIntent', unmatched('went for a walk with Will'))).toMatch(/^Logged your walk\./);
    expect(await talk().turn('LogActivityIntent', unmatched('walked 40 minutes a week ago'))).toMatch(/Which day was that\?$/);
    expect(await talk().turn('LogActivityIntent', unmatched('went running 1 hour 10 k'))).toMatch(/^Logged a 60-minute run\./);
  });

  it('hears warning signs said after a named exercise as urgent, never as a log ("went swimming and passed blood")', async () => {
    const concern = (said: string) => ({ concern: unmatchedSlot('concern', 'ConcernName', said) });
    const { turn, week } = talk();
    for (const said of ['went swimming and passed blood', 'did hiit and vomited', 'went for a run and threw up', 'did the deadlifts and now my vision is blurry', 'walked 40 minutes and coughed up blood']) {
      expect(await turn('LogActivityIntent', unmatched(said)), said).toContain(EN_US_CATALOGUE.urgent.answer);
      expect(await turn('HealthConcernIntent', concern(said)), said).toContain(EN_US_CATALOGUE.urgent.answer);
    }
    // Found in review: a sign said after words that describe ("till", "that made me") or deny something else.
    for (const said of ['did a 30 minute run till I puked', 'did hiit until I threw up', 'did 30 minutes of hiit that made me throw up', "did 30 minutes of cardio and threw up I don't know why"]) {
      expect(await turn('LogActivityIntent', unmatched(said)), said).toContain(EN_US_CATALOGUE.urgent.answer);
    }
    expect(await week()).toBeUndefined();
    // Denied, it is no sign: "without throwing up" is not urgent, and a question about it is answered as one.
    expect(await talk().turn('LogActivityIntent', unmatched('did my hiit without throwing up'))).not.toContain(EN_US_CATALOGUE.urgent.answer);
    expect(await talk().turn('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'eating before a workout without throwing up') })).not.toContain(EN_US_CATALOGUE.urgent.answer);
    // An age the concern slot took ("I'm 65, is it okay to do these exercises") is the answer about age.
    expect(await talk().turn('HealthConcernIntent', concern('65'))).toContain(EN_US_CATALOGUE.safety.age);
    // Blood pressure is a condition, not a warning sign.
    expect(await talk().turn('HealthConcernIntent', concern('high blood pressure'))).not.toContain(EN_US_CATALOGUE.urgent.answer);
  });

  it('logs an exercise the phrase opens with, after "I did" ("the suitcase carry this morning"), but never one only mentioned', async () => {
    expect(await talk().turn('LogActivityIntent', unmatched('the suitcase carry this morning'))).toMatch(/^Logged .*strength sessions? this week/);
    expect(await talk().turn('LogActivityIntent', unmatched('wondering if the suitcase carry is good'))).not.toMatch(/^Logged/);
    expect(await talk().turn('LogActivityIntent', unmatched("not the suitcase carry"))).not.toMatch(/^Logged/);
  });
});

// Found trying the skill: these were "Tell me what you did". Matched literally against the committed model, then logged.
describe('logs said the way people say them', () => {
  it.each([
    ['I played tennis for an hour', /^Logged 60 minutes of cardio\./],
    ['I played badminton', /^Logged a cardio session\./],
    ['I did my workout this morning', /^Logged 20 minutes of HIIT\./],
    ['I did the whole workout', /^Logged 20 minutes of HIIT\./],
    ['finished my workout', /^Logged 20 minutes of HIIT\./],
  ])('"%s"', async (said, answer) => {
    const [match, ...others] = committedMatcher('en-US').literal(said);
    expect(others, 'one intent').toEqual([]);
    expect(match, 'matched literally').toBeDefined();
    expect(await talk().turn(match?.intent ?? '', match?.slots ?? {})).toMatch(answer);
  });
});

// Found by a helper trying the console (December 5): each of these, heard word for word through the log's open slot,
// asked what was done or gave the strength tip.
describe('logs with more around them, heard through the log\'s open slot', () => {
  // Tried as a user (December 5): "ugh, I already walked like 25 minutes this morning" asked what was done.
  it('"already walked" with its time is a walk', async () => {
    expect(await talk().turn('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'already walked'), duration: 'PT25M' })).toMatch(/^Logged a 25-minute walk\./);
  });

  it.each([
    ['did my workout', /^Logged 20 minutes of HIIT\./],
    ['i did the workout yesterday but forgot to log it', /^Logged \d+ minutes of strength|^Logged your strength session/],
    ['just got back from a 5k run', /^Logged your run\./],
    ['i did strength on sunday too', /^Logged your strength session\. That's for Sunday, November 22\./],
  ])('"%s"', async (said, answer) => {
    const heard = committedMatcher('en-US').resolve(said);
    expect(heard).toMatchObject({ intent: 'LogActivityIntent', match: 'exact' });
    expect(await talk().turn(heard.intent, heard.slots)).toMatch(answer);
  });
});

// Found by helpers trying the console: "did my workout yesterday count" asked "Tell me what you did", as if nothing had
// been done or logged.
describe('whether something was logged, asked through the log', () => {
  it('says what that day holds, and logs nothing', async () => {
    const chat = talk();
    const entries = async () => (await store.history(userKey(chat.device.userId))).weeks.flatMap((week) => week.entries).length;
    await chat.turn('LogYesterdayIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength') });
    for (const said of ['workout yesterday count', 'workout from last night get logged']) {
      const before = await entries();
      expect(await chat.turn('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', said) }), said).toMatch(/^Yesterday: one strength session\./);
      expect(await entries()).toBe(before);
    }
    expect(await chat.turn('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'workout today count') })).toMatch(/^Nothing logged for today/);
    // A weekday said is that day (found in review: it said today's). Tuesday 24 November: Monday is yesterday, Sunday before.
    expect(await chat.turn('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'workout i did on monday count') })).toMatch(/^Yesterday: one strength session\./);
    expect(await chat.turn('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'workout on sunday get logged') })).toMatch(/^Nothing logged for Sunday/);
  });
});

// Found by a helper trying the console in en-AU (December 6): "did I do my HIIT yesterday", the slot taking "i do my hiit",
// asked "What did you do yesterday?".
it('"did I do my HIIT yesterday" is asked about, never logged; "I did my HIIT yesterday" logs', async () => {
  const { turn, week } = talk();
  const said = (words: string) => ({ activity: unmatchedSlot('activity', 'ActivityName', words) });
  expect(await turn('LogYesterdayIntent', said('i do my hiit'))).toMatch(/^Nothing logged for yesterday|^Yesterday/);
  expect((await week())?.sessions.hiit ?? 0).toBe(0);
  expect(await turn('LogYesterdayIntent', activity('hiit'))).toMatch(/^Logged a HIIT session/);
  expect(await turn('LogYesterdayIntent', said('i do my hiit'))).toMatch(/^Yesterday: one HIIT session/);
});

// Found by a helper trying the console (December 6): "did I walk on Tuesday" and "did I run yesterday" logged a walk and a
// run never done, and the week counted them; "did I walk today" asked what was done.
it('"did I walk on Tuesday", "did I run yesterday", "did I skip my workout": asked about, never logged', async () => {
  const { turn, week } = talk();
  const said = (words: string) => ({ activity: unmatchedSlot('activity', 'ActivityName', words) });
  for (const words of ['i walk on monday', 'i walk today', 'i swim', 'i work out today', 'i skip my workout', 'i miss a day', 'i log my walk']) {
    expect(await turn('LogActivityIntent', said(words)), words).toMatch(/^Nothing logged|^Today|^Yesterday|^This week/);
  }
  expect(await turn('LogYesterdayIntent', said('i run'))).toMatch(/^Nothing logged for yesterday/);
  const logged = await week();
  expect(logged?.entries ?? []).toEqual([]);
  // What people say to tell, not ask, still logs.
  expect(await turn('LogActivityIntent', said('i walked for 20 minutes'))).toMatch(/^Logged/);
});

// Found by a helper trying the console as a new mother (en-GB, December 6): each asked "Tell me what you did".
it('a pram or a buggy walked is a walk, with its time', async () => {
  const gb = committedMatcher('en-GB');
  for (const [said, answer] of [
    ["I've been for a pram walk", /^Logged your walk\./],
    ['I pushed the buggy round the park for half an hour', /^Logged a 30-minute walk\./],
    ['I took her out in the pram for about forty minutes', /^Logged a 40-minute walk\./],
    // Found in review: a pram carried somewhere is no walk.
    ['I took the buggy in the car for an hour today', /^(?!Logged)/],
  ] as const) {
    const heard = gb.resolve(said);
    const reply = await harness.conversation({ locale: 'en-GB' }).intent(heard.intent, heard.slots ?? {});
    expect(spoken(reply), said).toMatch(answer);
  }
});

// Found in review (December 6): "did I run last week" told this week's.
it('"did I run last week" is told from last week', async () => {
  const { turn } = talk();
  const said = (words: string) => ({ activity: unmatchedSlot('activity', 'ActivityName', words) });
  expect(await turn('LogActivityIntent', said('i run last week'))).toMatch(/^(Last week|Nothing logged last week|No cardio logged last week)/);
});

// Found by a helper trying the console (December 7): to "What did you do yesterday: a strength workout, HIIT, a walk, or
// something else?", "HIIT" asked "I can log HIIT, or show you how to do it. Did you do it?", and "I ran 20 minutes this
// morning" went to yesterday.
describe('answers to "what did you do yesterday?"', () => {
  const asked = async () => {
    const { chat, turn } = talk();
    const heard = committedMatcher('en-US').resolve('I did something yesterday');
    expect(await turn(heard.intent, heard.slots ?? {})).toMatch(/^What did you do yesterday/);
    return { chat, turn };
  };

  it('"HIIT", one of the kinds the question names, is logged for yesterday', async () => {
    const { turn } = await asked();
    const [hiit] = committedMatcher('en-US').literal('hiit');
    expect(await turn(hiit!.intent, hiit!.slots)).toMatch(/^Logged a HIIT session\. That's for Monday, November 23\./);
  });

  it('today said in the answer\'s words is today', async () => {
    const { turn } = await asked();
    expect(await turn('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'ran 20 minutes this morning') })).toMatch(/^Logged a 20-minute run\. That's for Tuesday, November 24\./);
  });
});

// Found by a helper trying the console (December 7): "I did a 20 minute row" logged the bent-over rows, a strength
// session. A row said with its time is rowing, cardio; "I did my rows" stays strength.
it.each([
  ['I did a 20 minute row', /^Logged 20 minutes of cardio\./],
  ['I did my rows', /strength/],
] as const)('"%s" is logged as what it was', async (said, logged) => {
  const [heard, ...others] = committedMatcher('en-US').literal(said);
  expect(others).toEqual([]);
  expect(await talk().turn(heard!.intent, heard!.slots)).toMatch(logged);
});
