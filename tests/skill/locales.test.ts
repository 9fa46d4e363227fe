import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTopic } from '../../lambda/content/catalogue';
import { LOCALES, type LocaleId } from '../../lambda/locales';
import { type Harness, expectWellFormed, resolvedSlot, spoken, startHarness } from '../support/skill-harness';

/**
 * Every English locale, whole requests through the real handler, from a device in that locale's time zone.
 * 20:00 UTC on Tuesday 24 November 2026 is still Tuesday in New York, Toronto and London (a HIIT day), but already
 * Wednesday in Kolkata and Sydney (a strength day).
 */
const NOW = '2026-11-24T20:00:00Z';
const DEVICES = [
  { locale: 'en-US', timeZone: 'America/New_York', today: 'HIIT', oxfordComma: true, farDate: 'Tuesday, December 8', emergency: 'call nine one one' },
  { locale: 'en-CA', timeZone: 'America/Toronto', today: 'HIIT', oxfordComma: false, farDate: 'Tuesday, December 8', emergency: 'call nine one one' },
  { locale: 'en-GB', timeZone: 'Europe/London', today: 'HIIT', oxfordComma: false, farDate: 'Tuesday 8 December', emergency: 'call nine nine nine' },
  { locale: 'en-IN', timeZone: 'Asia/Kolkata', today: 'strength', oxfordComma: false, farDate: 'Tuesday, 8 December', emergency: 'call one one two' },
  { locale: 'en-AU', timeZone: 'Australia/Sydney', today: 'strength', oxfordComma: false, farDate: 'Tuesday 8 December', emergency: 'call triple zero' },
] as const satisfies readonly { locale: LocaleId; timeZone: string; today: string; oxfordComma: boolean; farDate: string; emergency: string }[];

describe.each(DEVICES)('$locale, a device in $timeZone', ({ locale, timeZone, today, oxfordComma, farDate, emergency }) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ now: NOW, timeZone });
  });
  afterAll(() => harness.close());
  const chat = () => harness.conversation({ locale });

  // Found by a helper trying the console: en-IN said "call your local emergency number" where hi-IN says 112. Written
  // as words, so no voice reads "one hundred and twelve".
  it(`gives the country's emergency number with a warning sign: ${emergency}`, async () => {
    const turn = await chat().intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'chest-pain') });
    expect(spoken(turn)).toContain(`If it's severe or doesn't pass, ${emergency}.`);
  });

  it('launches', async () => {
    const turn = await chat().launch();
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(/^Welcome to Back Coach\./);
  });

  it(`gives the local today's workout (${today}), its moves joined the locale's way`, async () => {
    const turn = await chat().intent('WorkoutForDayIntent');
    await expectWellFormed(turn);
    expect(spoken(turn)).toContain(`Today is a ${today} day.`);
    if (today === 'strength') {
      const moves = /\d moves: ([^.]+)\./.exec(spoken(turn))?.[1] ?? '';
      expect(moves).toMatch(oxfordComma ? /, and [^,]+$/ : /[^,] and [^,]+$/);
    }
  });

  it(`names a later date the locale's way: ${farDate}`, async () => {
    const turn = await chat().intent('WorkoutForDayIntent', { date: '2026-12-08' });
    await expectWellFormed(turn);
    expect(spoken(turn)).toContain(`${farDate} is a HIIT day.`);
  });

  it('reads the week with the locale’s weekday names', async () => {
    const turn = await chat().intent('WeeklyPlanIntent');
    await expectWellFormed(turn);
    expect(spoken(turn)).toContain("Here's your week. Monday, strength. Tuesday, HIIT.");
  });

  it('teaches an exercise', async () => {
    const turn = await chat().intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    await expectWellFormed(turn);
    expect(spoken(turn)).toContain("Here's how to do the superman.");
  });

  it('answers a topic question from its own catalogue', async () => {
    const turn = await chat().intent('TopicIntent', { topic: resolvedSlot('topic', 'TopicName', 'fiber') });
    await expectWellFormed(turn);
    expect(spoken(turn)).toContain(findTopic(LOCALES[locale].catalogue, 'fiber')!.answer);
  });

  it('logs, and counts it in the local week', async () => {
    const session = chat();
    const logged = await session.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'cardio') });
    await expectWellFormed(logged);
    expect(spoken(logged)).toContain("Logged a cardio session. That's one cardio session this week.");
    const progress = await session.intent('WeeklyProgressIntent');
    await expectWellFormed(progress);
    expect(spoken(progress)).toMatch(/^This week: .*one cardio session/);
  });
});

describe('the local week turns at local midnight', () => {
  // 19:00 UTC on Sunday 29 November is 00:30 on Monday 30 November in Kolkata, and Sunday afternoon in New York.
  it.each([
    ['en-IN', 'Asia/Kolkata', 'Today is a strength day.'],
    ['en-US', 'America/New_York', 'Today is your rest day.'],
  ] as const)('%s in %s', async (locale, timeZone, said) => {
    const harness = await startHarness({ now: '2026-11-29T19:00:00Z', timeZone });
    try {
      const turn = await harness.conversation({ locale }).intent('WorkoutForDayIntent');
      expect(spoken(turn)).toContain(said);
    } finally {
      await harness.close();
    }
  });
});

describe('when the Settings API fails', () => {
  // 23:30 UTC on Tuesday 30 June 2026 is already Wednesday in Kolkata (05:00) and in London (00:30, summer time).
  it.each([
    ['en-IN', 'Indian Standard Time', 'Today is a strength day.'],
    ['en-GB', "the UK's time", 'Today is a strength day.'],
    ['en-US', 'UTC', 'Today is a HIIT day.'],
  ] as const)('%s assumes %s', async (locale, _zone, said) => {
    const harness = await startHarness({ now: '2026-06-30T23:30:00Z' });
    try {
      harness.api.setBehaviour({ failWith: 500 });
      const turn = await harness.conversation({ locale }).intent('WorkoutForDayIntent');
      expect(spoken(turn)).toContain(said);
    } finally {
      await harness.close();
    }
  });
});
