import { readFileSync } from 'node:fs';
import type { interfaces, services } from 'ask-sdk-model';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REMINDERS_SCOPE } from '../../lambda/services/reminders';
import { type StoreCall, countingStore, isWrite } from '../../scripts/sim/counting-store';
import { type Conversation, type Turn, connectionsResponse, permissionAnswer } from '../../scripts/sim/envelope';
import { memoryProgressStore } from '../../scripts/sim/memory-store';
import { committedMatcher } from '../support/committed-model';
import { userKey } from '../../lambda/store/user-key';
import { ACCESS_TOKEN, type Harness, expectWellFormed, resolvedSlot, spoken, startHarness, unmatchedSlot } from '../support/skill-harness';

// Tuesday 24 November 2026, 10:00 in New York; the default week rests on Sunday.
let harness: Harness;
const store = memoryProgressStore();
const counted = { calls: [] as StoreCall[] };

beforeAll(async () => {
  const counting = countingStore(store);
  counted.calls = counting.calls;
  harness = await startHarness({ store, dependencies: { store: counting.store } });
});
afterAll(() => harness.close());
beforeEach(() => {
  harness.api.setBehaviour({ defaultTimeZone: 'America/New_York', accessToken: ACCESS_TOKEN });
  harness.api.reminders.clear();
  harness.api.reminders.granted = false;
});

const at = (time: string) => ({ time });
const alerts = () => harness.api.reminders.alerts;
/** The rules of the schedule: reminders kept to this week (after a rest day changed mid-week) aside. */
const rules = () => alerts().flatMap((alert) => (alert.trigger?.recurrence?.endDateTime ? [] : [alert.trigger?.recurrence?.recurrenceRules?.[0]])).sort();
/** The reminders kept to this week, as "rule: words". */
const thisWeekOnly = () =>
  alerts()
    .filter((alert) => alert.trigger?.recurrence?.endDateTime)
    .map((alert) => `${alert.trigger?.recurrence?.recurrenceRules?.[0]}: ${alert.alertInfo?.spokenInfo?.content[0]?.text}`)
    .sort();
const directiveOf = (turn: Turn) => turn.response.response.directives?.find((directive) => directive.type === 'Connections.SendRequest') as
  | interfaces.connections.SendRequestDirective
  | undefined;
const cardOf = (turn: Turn) => turn.response.response.card as { type: string; permissions?: string[] } | undefined;

/** Alexa's answer to the voice permission request of the turn before. */
function consent(chat: Conversation, asked: Turn, status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED', code = '200'): Promise<Turn> {
  const token = directiveOf(asked)?.token ?? '';
  return chat.send((opts) => connectionsResponse(opts, { name: 'AskFor', code, payload: permissionAnswer(REMINDERS_SCOPE, status), token }));
}

/** Each request of a conversation keeps to one read and one write. */
async function withinStoreBudget<T>(work: () => Promise<T>): Promise<T> {
  const before = counted.calls.length;
  const result = await work();
  const calls = counted.calls.slice(before);
  expect(calls.filter((call) => !isWrite(call)).length).toBeLessThanOrEqual(1);
  expect(calls.filter(isWrite).length).toBeLessThanOrEqual(1);
  return result;
}

async function say(chat: Conversation, intent: string, slots: Parameters<Conversation['intent']>[1] = {}): Promise<Turn> {
  const turn = await withinStoreBudget(() => chat.intent(intent, slots));
  await expectWellFormed(turn);
  return turn;
}

describe('setting a reminder by voice', () => {
  it('says the time and the repetition first, and creates nothing until the user says yes', async () => {
    const chat = harness.conversation();
    const asked = await say(chat, 'SetReminderIntent', at('07:00'));
    expect(spoken(asked)).toBe("I'll remind you to work out at 7 AM, on your workout days, every day but Sunday. Shall I set that?");
    expect(alerts()).toEqual([]);
    // The time was said as it is read back: "no" (or "no thanks") is a no.
    const no = await say(chat, 'AMAZON.NoIntent');
    expect(spoken(no)).toMatch(/^Okay, I haven't set anything\./);
    expect(alerts()).toEqual([]);
    expect(harness.api.reminders.alerts).toHaveLength(0);
  });

  it('"no" to a time it read in the part of the day asked about asks for the right one, and keeps the days asked for', async () => {
    const chat = harness.conversation();
    // "Every evening", "6 am": AMAZON.TIME hears "6 am" as 6, and the evening asked about makes it 6 PM.
    await say(chat, 'DailyReminderIntent', { evening: 'EV' });
    expect(spoken(await say(chat, 'SetReminderIntent', at('06:00')))).toBe("I'll remind you to work out at 6 PM, every day. Shall I set that?");
    expect(spoken(await say(chat, 'AMAZON.NoIntent'))).toBe("Okay. If you'd still like one, what time should it be instead, like 7 AM, or 6:30 PM?");
    // The answer now is read as said, not in the evening: the evening was what went wrong.
    expect(spoken(await say(chat, 'SetReminderIntent', at('06:00')))).toBe("I'll remind you to work out at 6 AM, every day. Shall I set that?");
    harness.api.reminders.granted = true;
    expect(spoken(await say(chat, 'AMAZON.YesIntent'))).toMatch(/^Done\. I'll remind you at 6 AM, every day\./);
    expect(rules().every((rule) => rule?.includes('BYHOUR=6;BYMINUTE=0'))).toBe(true);
  });

  it('a second "no" after asking again, or a "no" to a reminder offered in place of moving one, leaves it', async () => {
    const chat = harness.conversation();
    await say(chat, 'DailyReminderIntent', { evening: 'EV' });
    await say(chat, 'SetReminderIntent', at('06:00'));
    await say(chat, 'AMAZON.NoIntent');
    expect(spoken(await say(chat, 'AMAZON.NoIntent'))).toMatch(/^Okay, I haven't set anything\./);
    // Found in review: "move my reminder to 7" with none to move offers one; "no" there is a no, not "what time instead?".
    harness.api.reminders.granted = true;
    const moving = harness.conversation();
    expect(spoken(await say(moving, 'MoveReminderIntent', at('07:00')))).toMatch(/^You don't have any workout reminders from me yet\./);
    expect(spoken(await say(moving, 'AMAZON.NoIntent'))).toMatch(/^Okay, I haven't set anything\./);
    expect(alerts()).toEqual([]);
  });

  // Found by trying the console as a user: "remind me tomorrow at 6 pm" was said back as a reminder on every workout
  // day, with no word of the "tomorrow". The skill sets only repeating reminders (one set replaces the schedule there
  // is), and now says so before it offers one.
  it.each([
    ['remind me tomorrow at 6 pm', "I only set workout reminders that repeat, not one for a single day. I'll remind you to work out at 6 PM, on your workout days, every day but Sunday. Shall I set that?"],
    ['remind me tomorrow evening at 6', "I only set workout reminders that repeat, not one for a single day. I'll remind you to work out at 6 PM, on your workout days, every day but Sunday. Shall I set that?"],
    ['can you remind me to work out tomorrow morning at 7', "I only set workout reminders that repeat, not one for a single day. I'll remind you to work out at 7 AM, on your workout days, every day but Sunday. Shall I set that?"],
    ['remind me later to work out', "I only set workout reminders that repeat, not one for a single day. What time should I remind you, like 7 AM, or 6:30 PM?"],
    // Found by a helper trying the console (December 7): at 6:30 PM, "later today at 8" was offered at 8 AM. The
    // harness's clock reads 10 AM: an hour gone by is the evening's, one still to come stays.
    ['remind me later today at 8', "I only set workout reminders that repeat, not one for a single day. I'll remind you to work out at 8 PM, on your workout days, every day but Sunday. Shall I set that?"],
    ['remind me later today at 11', "I only set workout reminders that repeat, not one for a single day. I'll remind you to work out at 11 AM, on your workout days, every day but Sunday. Shall I set that?"],
  ])('"%s" says only repeating reminders are set', async (text, expected) => {
    const chat = harness.conversation();
    const [heard, ...others] = committedMatcher('en-US').literal(text);
    expect(others).toEqual([]);
    expect(spoken(await say(chat, heard!.intent, heard!.slots))).toBe(expected);
    expect(alerts()).toEqual([]);
  });

  // Found by a helper trying the console in en-CA (December 7): "can you remind me to work out at like 6 tomorrow", its
  // time taken into the one-day slot, asked for the time, and "yes" to that asked again.
  it('a time the one-day slot took with the day is the time offered', async () => {
    for (const [said, time] of [
      ['at like 6 tomorrow', '6 AM'],
      ['at 7:30 tomorrow', '7:30 AM'],
      ['tomorrow at 6 pm', '6 PM'],
      // Found in review: each was offered in the morning, or without its minutes.
      ['at 7 in the evening tomorrow', '7 PM'],
      ['at 6 tomorrow night', '6 PM'],
      ['at like 8 tonight', '8 PM'],
      ['at 6 30 tomorrow', '6:30 AM'],
    ] as const) {
      const chat = harness.conversation();
      const answer = await say(chat, 'SetReminderIntent', { once: unmatchedSlot('once', 'ReminderOnce', said) });
      expect(spoken(answer), said).toBe(`I only set workout reminders that repeat, not one for a single day. I'll remind you to work out at ${time}, on your workout days, every day but Sunday. Shall I set that?`);
    }
    for (const vague of ['at some point tomorrow', 'at like 8 later today']) {
      expect(spoken(await say(harness.conversation(), 'SetReminderIntent', { once: unmatchedSlot('once', 'ReminderOnce', vague) })), vague).toMatch(/What time should I remind you/);
    }
    expect(alerts()).toEqual([]);
  });

  it('"kal" in Hindi is heard as one day too', async () => {
    const chat = harness.conversation({ locale: 'hi-IN' });
    const [heard] = committedMatcher('hi-IN').literal('कल workout की याद दिलाना');
    expect(heard?.slots.once?.value).toBe('कल');
    expect(spoken(await say(chat, heard!.intent, heard!.slots))).toMatch(/^मैं सिर्फ़ बार-बार/);
  });

  // Found in review: words the slot does not know ("remind me in the morning") were taken for one day.
  it('words the one-day slot does not know are no day said for one reminder', async () => {
    const chat = harness.conversation();
    const turn = await say(chat, 'SetReminderIntent', { once: { name: 'once', value: 'in the morning', confirmationStatus: 'NONE' } });
    expect(spoken(turn)).not.toMatch(/only set workout reminders that repeat/);
  });

  // Found in review: a correction read its hour in the morning ("every evening at 6", "no, make it 7" was 7 AM), and
  // new days said over the time said back dropped the time.
  it('a bare hour said over a time in the afternoon or evening stays there, and new days keep the time', async () => {
    const chat = harness.conversation();
    const [evening] = committedMatcher('en-US').literal('remind me every evening at 6');
    expect(spoken(await say(chat, evening!.intent, evening!.slots))).toBe("I'll remind you to work out at 6 PM, every day. Shall I set that?");
    const [seven] = committedMatcher('en-US').literal('no make it 7');
    expect(spoken(await say(chat, seven!.intent, seven!.slots))).toBe("I'll remind you to work out at 7 PM, every day. Shall I set that?");
    const days = harness.conversation();
    await say(days, 'SetReminderIntent', at('07:00'));
    const [weekdays] = committedMatcher('en-US').literal('remind me every weekday');
    expect(spoken(await say(days, weekdays!.intent, weekdays!.slots))).toBe("I'll remind you to work out at 7 AM, every weekday. Shall I set that?");
  });

  // Found in review: a bare hour after noon or in the afternoon was read in the evening, and a reading made for the
  // user was forgotten when the days changed.
  it('reads a bare hour said over a time as the nearer of morning and evening, and remembers a reading made for the user', async () => {
    for (const [first, then, heard] of [
      ['12:00', '01:00', '1 PM'],
      ['15:00', '11:00', '11 AM'],
      ['07:00', '08:00', '8 AM'],
      ['18:30', '12:00', '12 PM'],
    ] as const) {
      const chat = harness.conversation();
      await say(chat, 'SetReminderIntent', at(first));
      expect(spoken(await say(chat, 'SetReminderIntent', at(then))), `${first} then ${then}`).toContain(`at ${heard},`);
    }
    const chat = harness.conversation();
    await say(chat, 'DailyReminderIntent', { evening: 'EV' });
    await say(chat, 'SetReminderIntent', at('06:00'));
    expect(spoken(await say(chat, 'WeekdayReminderIntent'))).toBe("I'll remind you to work out at 6 PM, every weekday. Shall I set that?");
    expect(spoken(await say(chat, 'AMAZON.NoIntent'))).toMatch(/^Okay\. If you'd still like one, what time should it be instead/);
  });

  // Found trying the console as a user: "remind me to work out at 6" was 6 AM, and "in the evening" said then asked
  // "what time in the evening?", the hour just said forgotten.
  it('a part of the day said over a time said back moves it there: "in the evening" after 6 AM is 6 PM', async () => {
    for (const [first, part, heard] of [
      ['06:00', 'in the evening', '6 PM'],
      ['06:30', 'tonight', '6:30 PM'],
      ['18:00', 'in the morning', '6 AM'],
      ['07:00', 'make it evening', '7 PM'],
      ['19:00', 'make it in the evening', '7 PM'],
    ] as const) {
      const chat = harness.conversation();
      await say(chat, 'SetReminderIntent', at(first));
      const [match] = committedMatcher('en-US').literal(part);
      expect(spoken(await say(chat, match!.intent, match!.slots)), part).toBe(`I'll remind you to work out at ${heard}, on your workout days, every day but Sunday. Shall I set that?`);
    }
    // With nothing said back, a part of the day still asks for the time.
    const [evening] = committedMatcher('en-US').literal('in the evening');
    expect(spoken(await say(harness.conversation(), evening!.intent, evening!.slots))).toBe('What time in the evening should I remind you, like 6, or 7:30?');
  });

  it('a new time said over the one said back corrects it, and keeps the days asked for', async () => {
    for (const correction of ['no make it 7 pm', '7 pm instead', 'change it to 7 pm', 'move it to 7 pm', 'actually at 7 pm']) {
      const chat = harness.conversation();
      await say(chat, 'WeekdayReminderIntent', at('06:00'));
      const [match] = committedMatcher('en-US').literal(correction);
      expect(match?.intent, correction).toMatch(/^(Set|Move)ReminderIntent$/);
      expect(spoken(await say(chat, match!.intent, match!.slots)), correction).toBe("I'll remind you to work out at 7 PM, every weekday. Shall I set that?");
    }
  });

  // Left alone before, then fixed: days said over a reminder said back ("make it every Monday and Thursday") got "Sorry,
  // I didn't get that"; only the whole request said again worked.
  // Found in review: the time said with the new days was dropped, and "make it on Saturday" (a rest day, a log's day)
  // asked for a reminder's time.
  it('new days said with a time take that time; "on {day}" alone is no reminder', async () => {
    for (const [correction, heard] of [
      ['make it every day at six am', "I'll remind you to work out at 6 AM, every day. Shall I set that?"],
      ['make it every weekday at six am', "I'll remind you to work out at 6 AM, every weekday. Shall I set that?"],
      ['make it every monday and wednesday at six am', "I'll remind you to work out at 6 AM, every Monday and Wednesday. Shall I set that?"],
    ] as const) {
      const chat = harness.conversation();
      await say(chat, 'SetReminderIntent', at('19:00'));
      const [match, ...others] = committedMatcher('en-US').literal(correction);
      expect(others, correction).toEqual([]);
      expect(spoken(await say(chat, match!.intent, match!.slots)), correction).toBe(heard);
    }
    for (const said of ['make it on saturday', 'no on tuesday instead']) {
      expect(committedMatcher('en-US').literal(said).map((match) => match.intent), said).not.toContain('SetReminderIntent');
    }
  });

  it('new days said over the reminder said back keep its time: "make it every Monday and Thursday", "make it every weekday"', async () => {
    for (const [correction, heard] of [
      ['make it every monday and thursday', 'every Monday and Thursday'],
      ['change it to every monday wednesday and friday', 'every Monday, Wednesday, and Friday'],
      ['make it every saturday instead', 'every Saturday'],
      ['no every tuesday and thursday instead', 'every Tuesday and Thursday'],
      ['make it every weekday', 'every weekday'],
      ['actually on weekdays instead', 'every weekday'],
      ['make it every day', 'every day'],
      ['change it to daily', 'every day'],
    ] as const) {
      const chat = harness.conversation();
      await say(chat, 'SetReminderIntent', at('19:00'));
      const [match, ...others] = committedMatcher('en-US').literal(correction);
      expect(others, correction).toEqual([]);
      expect(match?.intent, correction).toMatch(/^(Set|Weekday|Daily)ReminderIntent$/);
      expect(spoken(await say(chat, match!.intent, match!.slots)), correction).toBe(`I'll remind you to work out at 7 PM, ${heard}. Shall I set that?`);
    }
  });

  it('asks for the permission by voice when it is missing, and sets the reminders once it is accepted', async () => {
    const chat = harness.conversation();
    await say(chat, 'SetReminderIntent', at('07:00'));
    const yes = await say(chat, 'AMAZON.YesIntent');
    expect(spoken(yes)).toBe('First, I need your permission to set reminders.');
    expect(yes.response.response.shouldEndSession).toBeUndefined();
    expect(yes.response.response.reprompt).toBeUndefined();
    expect(directiveOf(yes)).toEqual({
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '2', permissionScopes: [{ permissionScope: REMINDERS_SCOPE, consentLevel: 'ACCOUNT' }] },
      token: 'reminders 07:00 workoutDays',
    });
    expect(alerts()).toEqual([]);

    harness.api.reminders.granted = true;
    const accepted = await withinStoreBudget(() => consent(chat, yes, 'ACCEPTED'));
    await expectWellFormed(accepted);
    expect(spoken(accepted)).toMatch(/^Done\. I'll remind you at 7 AM, on your workout days, every day but Sunday\. What else/);
    expect(rules()).toEqual([
      'FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=7;BYMINUTE=0;BYSECOND=0;INTERVAL=1',
      'FREQ=WEEKLY;BYDAY=TH;BYHOUR=7;BYMINUTE=0;BYSECOND=0;INTERVAL=1',
      'FREQ=WEEKLY;BYDAY=TU,SA;BYHOUR=7;BYMINUTE=0;BYSECOND=0;INTERVAL=1',
    ]);
  });

  it('writes each reminder in the device’s time zone with local times (no "Z"), naming that day’s session', async () => {
    harness.api.reminders.granted = true;
    const chat = harness.conversation({ permissionScopes: { [REMINDERS_SCOPE]: 'GRANTED' } });
    await say(chat, 'SetReminderIntent', at('07:00'));
    await say(chat, 'AMAZON.YesIntent');
    const strength = alerts().find((alert) => alert.trigger?.recurrence?.recurrenceRules?.[0]?.includes('BYDAY=MO,WE,FR')) as services.reminderManagement.Reminder;
    expect(strength.trigger).toEqual({
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: 'America/New_York',
      recurrence: { startDateTime: '2026-11-24T00:00:00.000', recurrenceRules: ['FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=7;BYMINUTE=0;BYSECOND=0;INTERVAL=1'] },
    });
    expect(strength.alertInfo?.spokenInfo?.content).toEqual([{ locale: 'en-US', text: 'Time for your strength workout.', ssml: '<speak>Time for your strength workout.</speak>' }]);
    expect(strength.pushNotification).toEqual({ status: 'ENABLED' });
    expect(alerts().map((alert) => alert.alertInfo?.spokenInfo?.content[0]?.text).sort()).toEqual([
      'Time for your HIIT workout.',
      'Time for your cardio.',
      'Time for your strength workout.',
    ]);
    for (const alert of alerts()) expect(JSON.stringify(alert.trigger)).not.toMatch(/Z"|[+-]\d{2}:\d{2}"/);
  });

  it('uses the zone of the device it is said on', async () => {
    harness.api.reminders.granted = true;
    const deviceId = 'amzn1.ask.device.IN-KOLKATA';
    harness.api.setBehaviour({ defaultTimeZone: 'America/New_York', accessToken: ACCESS_TOKEN, timeZones: { [deviceId]: 'Asia/Kolkata' } });
    const chat = harness.conversation({ deviceId });
    await say(chat, 'DailyReminderIntent', at('06:00'));
    await say(chat, 'AMAZON.YesIntent');
    expect(alerts()).toHaveLength(4);
    // 15:00 UTC is 20:30 in India: today there is Tuesday 24 November still.
    for (const alert of alerts()) expect(alert.trigger).toMatchObject({ timeZoneId: 'Asia/Kolkata', recurrence: { startDateTime: '2026-11-24T00:00:00.000' } });
    expect(alerts().map((alert) => alert.alertInfo?.spokenInfo?.content[0]?.text)).toContain('Time for a gentle stretch and recovery.');
  });

  it('sets "every weekday at 6:30" on Monday to Friday, and asks for a time when none is given', async () => {
    harness.api.reminders.granted = true;
    const chat = harness.conversation();
    const when = await say(chat, 'WeekdayReminderIntent');
    expect(spoken(when)).toBe('What time should I remind you, like 7 AM, or 6:30 PM?');
    const asked = await say(chat, 'SetReminderIntent', at('06:30'));
    expect(spoken(asked)).toBe("I'll remind you to work out at 6:30 AM, every weekday. Shall I set that?");
    await say(chat, 'AMAZON.YesIntent');
    expect(rules()).toEqual([
      'FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=6;BYMINUTE=30;BYSECOND=0;INTERVAL=1',
      'FREQ=WEEKLY;BYDAY=TH;BYHOUR=6;BYMINUTE=30;BYSECOND=0;INTERVAL=1',
      'FREQ=WEEKLY;BYDAY=TU;BYHOUR=6;BYMINUTE=30;BYSECOND=0;INTERVAL=1',
    ]);
  });

  it('sets reminders on the weekdays said ("every Monday, Wednesday and Friday at 7"), each naming its day\'s session', async () => {
    const chat = harness.conversation();
    const [match] = committedMatcher('en-US').literal('remind me every monday wednesday and friday at seven am');
    expect(match?.intent).toBe('SetReminderIntent');
    const asked = await say(chat, match!.intent, match!.slots);
    expect(spoken(asked)).toBe("I'll remind you to work out at 7 AM, every Monday, Wednesday, and Friday. Shall I set that?");
    expect(alerts()).toEqual([]);
    // Asked for the permission by voice: the days travel in the directive's token, and come back with the consent.
    const yes = await say(chat, 'AMAZON.YesIntent');
    expect(directiveOf(yes)?.token).toBe('reminders 07:00 days135');
    harness.api.reminders.granted = true;
    const accepted = await consent(chat, yes, 'ACCEPTED');
    expect(spoken(accepted)).toMatch(/^Done\. I'll remind you at 7 AM, every Monday, Wednesday, and Friday\./);
    expect(rules()).toEqual(['FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=7;BYMINUTE=0;BYSECOND=0;INTERVAL=1']);
    expect(alerts()[0]?.alertInfo?.spokenInfo?.content[0]?.text).toBe('Time for your strength workout.');
    // Heard back, and a new time said with no days keeps them.
    expect(spoken(await say(chat, 'ListRemindersIntent'))).toMatch(/^You have workout reminders at 7 AM, every Monday, Wednesday, and Friday\./);
    expect(spoken(await say(chat, 'SetReminderIntent', at('18:00')))).toBe("You have workout reminders at 7 AM, every Monday, Wednesday, and Friday. They move to the new time, as I keep one time for them. I'll remind you to work out at 6 PM, every Monday, Wednesday, and Friday. Shall I set that?");
    await say(chat, 'AMAZON.YesIntent');
    expect(rules()).toEqual(['FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=18;BYMINUTE=0;BYSECOND=0;INTERVAL=1']);
    // A new rest day leaves days the user chose as they are, each naming its session in the new week (found in review:
    // all three still said strength).
    await say(chat, 'SetRestDayIntent', { day: 'saturday' });
    expect(rules()).toEqual(['FREQ=WEEKLY;BYDAY=MO,FR;BYHOUR=18;BYMINUTE=0;BYSECOND=0;INTERVAL=1', 'FREQ=WEEKLY;BYDAY=WE;BYHOUR=18;BYMINUTE=0;BYSECOND=0;INTERVAL=1']);
    expect(
      alerts()
        .filter((alert) => !alert.trigger?.recurrence?.endDateTime)
        .map((alert) => alert.alertInfo?.spokenInfo?.content[0]?.text)
        .sort(),
    ).toEqual(['Time for your HIIT workout.', 'Time for your cardio.']);
    // A Tuesday: this week keeps its own plan (Wednesday's strength; Friday's HIIT, moved there to keep HIIT days apart)
    // until Sunday, and the new week's reminders start on Monday.
    expect(thisWeekOnly()).toEqual([
      'FREQ=WEEKLY;BYDAY=FR;BYHOUR=18;BYMINUTE=0;BYSECOND=0;INTERVAL=1: Time for your HIIT workout.',
      'FREQ=WEEKLY;BYDAY=WE;BYHOUR=18;BYMINUTE=0;BYSECOND=0;INTERVAL=1: Time for your strength workout.',
    ]);
  });

  it('hears one, two or three weekdays, with or without a time, and names days that make a repetition by its name', async () => {
    for (const [said, heard] of [
      ['remind me every tuesday at six pm', "I'll remind you to work out at 6 PM, every Tuesday. Shall I set that?"],
      ['remind me on mondays and thursdays at seven', "I'll remind you to work out at 7 AM, every Monday and Thursday. Shall I set that?"],
      ['remind me to work out every saturday and sunday', 'What time should I remind you, like 7 AM, or 6:30 PM?'],
    ] as const) {
      const [match] = committedMatcher('en-US').literal(said);
      expect(match?.intent, said).toBe('SetReminderIntent');
      expect(spoken(await say(harness.conversation(), match!.intent, match!.slots)), said).toBe(heard);
    }
    // The days asked about stay with the question for the time.
    const chat = harness.conversation();
    await say(chat, 'SetReminderIntent', { day: 'saturday', dayTwo: 'sunday' });
    expect(spoken(await say(chat, 'SetReminderIntent', at('09:00')))).toBe("I'll remind you to work out at 9 AM, every Saturday and Sunday. Shall I set that?");
    // Every day said one by one is every day; a day said twice is one day; a day not heard is none.
    const all = { days: 'monday tuesday and wednesday' };
    expect(spoken(await say(harness.conversation(), 'SetReminderIntent', { ...all, time: '07:00' }))).toContain('every Monday, Tuesday, and Wednesday');
    expect(spoken(await say(harness.conversation(), 'SetReminderIntent', { day: 'friday', dayTwo: 'friday', time: '07:00' }))).toContain('at 7 AM, every Friday.');
    expect(spoken(await say(harness.conversation(), 'SetReminderIntent', { day: 'someday', time: '07:00' }))).toContain('on your workout days');
  });

  // Found in review: "every day but Sunday" set every Sunday, "Monday to Friday" Monday and Friday, and days the one-day
  // slot took ("can you remind me every Monday at 7") became the workout days.
  it('hears days left out, a run of days, a weekend, the rest day, and days the one-day slot took', async () => {
    const confirm = (days: string) => `I'll remind you to work out at 7 AM, ${days}. Shall I set that?`;
    for (const [slots, heard] of [
      [{ days: 'every day except saturday and sunday' }, confirm('every weekday')],
      [{ days: 'every day but sunday' }, confirm('on your workout days, every day but Sunday')],
      [{ days: 'monday to friday' }, confirm('every weekday')],
      [{ days: 'tuesday through thursday' }, confirm('every Tuesday, Wednesday, and Thursday')],
      [{ days: 'saturday to monday' }, confirm('every Monday, Saturday, and Sunday')],
      [{ days: 'my rest day' }, confirm('every Sunday')],
      [{ days: 'weekend' }, confirm('every Saturday and Sunday')],
      [{ once: unmatchedSlot('once', 'ReminderOnce', 'every monday') }, confirm('every Monday')],
      [{ once: unmatchedSlot('once', 'ReminderOnce', 'mondays and thursdays') }, confirm('every Monday and Thursday')],
      // "To" elsewhere is no run of days.
      [{ once: unmatchedSlot('once', 'ReminderOnce', 'every monday and friday to work out') }, confirm('every Monday and Friday')],
      // Found in a second review: what "but", "not" and "only" leave out, a run beside a day, weekday mornings.
      [{ days: 'monday and friday to stretch' }, confirm('every Monday and Friday')],
      [{ days: 'monday but not friday' }, confirm('every Monday')],
      [{ days: 'day but only on monday' }, confirm('every Monday')],
      [{ days: 'mondays but only in the morning' }, confirm('every Monday')],
      [{ days: 'weekends except sunday' }, confirm('every Saturday')],
      [{ days: 'day except on weekends' }, confirm('every weekday')],
      [{ days: 'monday through wednesday and friday' }, confirm('every Monday, Tuesday, Wednesday, and Friday')],
      [{ days: 'weekday mornings' }, confirm('every weekday')],
    ] as const) {
      expect(spoken(await say(harness.conversation(), 'SetReminderIntent', { ...slots, time: '07:00' })), JSON.stringify(slots)).toBe(heard);
    }
    // Said as one day, it is said to be weekly first.
    const next = spoken(await say(harness.conversation(), 'SetReminderIntent', { once: unmatchedSlot('once', 'ReminderOnce', 'next monday'), time: '07:00' }));
    expect(next).toMatch(/^I only set workout reminders that repeat.*every Monday\. Shall I set that\?$/);
    // "Har subah 7 baje", the time taken with the days: every day, and the time asked for.
    expect(spoken(await say(harness.conversation({ locale: 'hi-IN' }), 'SetReminderIntent', { days: 'subah 7 baje' }))).toMatch(/\?$/);
    // Found in a second review: one day said in Hindi or English ("kal raat", "do din baad", "tomorrow evening") became
    // every day; Sunday left out in two words ("रविवार को छोड़ कर") became every Sunday.
    for (const said of ['कल रात', 'aaj raat', 'do din baad', 'agle somvar']) {
      const turn = await say(harness.conversation({ locale: 'hi-IN' }), 'SetReminderIntent', { once: unmatchedSlot('once', 'ReminderOnce', said), time: '20:00' });
      expect(spoken(turn), said).toMatch(/^मैं सिर्फ़/);
      expect(spoken(turn), said).not.toMatch(/आपको हर दिन/);
    }
    expect(spoken(await say(harness.conversation(), 'SetReminderIntent', { once: unmatchedSlot('once', 'ReminderOnce', 'tomorrow evening'), time: '19:00' }))).toMatch(/^I only set workout reminders that repeat.* on your workout days/);
    for (const days of ['रविवार को छोड़ कर', 'रविवार छोड़कर', 'ravivar ke alawa', 'रविवार नहीं']) {
      expect(spoken(await say(harness.conversation({ locale: 'hi-IN' }), 'SetReminderIntent', { days, time: '07:00' })), days).not.toMatch(/हर रविवार/);
    }
  });

  // Found by trying the console as a user: "remind me to work out every other day" was said back as every day.
  // Reminders repeat weekly, so every other day is three days a week, each the day after a day off, from the rest day on.
  it.each([
    ['remind me to work out every other day', 'en-US'],
    ['remind me every second day at 7 am', 'en-US'],
    ['set a reminder on alternate days', 'en-US'],
  ])('"%s" is every other day, said as the three days it rings', async (text, locale) => {
    const [heard, ...others] = committedMatcher(locale as 'en-US').literal(text);
    expect(others).toEqual([]);
    expect(heard?.intent).toBe('SetReminderIntent');
    const answer = spoken(await say(harness.conversation(), heard!.intent, { ...heard!.slots, ...(heard!.slots.time?.value === undefined && { time: '07:00' }) }));
    expect(answer).toBe(
      "Reminders repeat every week, so for every other day I'll use three days with a day between. I'll remind you to work out at 7 AM, every Monday, Wednesday, and Friday. Shall I set that?",
    );
  });
  // Found by trying the console as a user: "make it Saturday" over "Shall I set that?" was "Sorry, I didn't get that".
  it('a day said alone over a reminder being set makes it that day, keeping its time', async () => {
    const chat = harness.conversation();
    await say(chat, 'SetReminderIntent', at('18:00'));
    const [heard] = committedMatcher('en-US').literal('make it saturday');
    expect(spoken(await say(chat, heard!.intent, heard!.slots))).toBe("I'll remind you to work out at 6 PM, every Saturday. Shall I set that?");
    // Over the question for the time, the day is kept and the time asked again.
    const asking = harness.conversation();
    await say(asking, 'SetReminderIntent');
    expect(spoken(await say(asking, heard!.intent, heard!.slots))).toBe('What time should I remind you, like 7 AM, or 6:30 PM?');
    expect(spoken(await say(asking, 'SetReminderIntent', at('07:00')))).toBe("I'll remind you to work out at 7 AM, every Saturday. Shall I set that?");
    expect(alerts()).toEqual([]);
  });

  it('hears every other day in Hindi, and around a rest day that is not Sunday', async () => {
    const hindi = spoken(await say(harness.conversation({ locale: 'hi-IN' }), 'SetReminderIntent', { days: 'दूसरे दिन', time: '07:00' }));
    expect(hindi).toContain('हर सोमवार, बुधवार, और शुक्रवार को');
    expect(spoken(await say(harness.conversation({ locale: 'hi-IN' }), 'SetReminderIntent', { once: unmatchedSlot('once', 'ReminderOnce', 'ek din chhodkar'), time: '07:00' }))).toContain('हर सोमवार, बुधवार, और शुक्रवार को');
    const chat = harness.conversation();
    await say(chat, 'SetRestDayIntent', { day: 'monday' });
    expect(spoken(await say(chat, 'SetReminderIntent', { days: 'other day', time: '07:00' }))).toContain('every Tuesday, Thursday, and Saturday.');
  });

  it('hears weekdays said in Hindi and Hinglish, and says them back', async () => {
    for (const [days, heard] of [
      [{ days: 'सोमवार बुधवार और शुक्रवार' }, 'हर सोमवार, बुधवार, और शुक्रवार को'],
      [{ day: 'somvar', dayTwo: 'guruvar' }, 'हर सोमवार और गुरुवार को'],
    ] as const) {
      const turn = await say(harness.conversation({ locale: 'hi-IN' }), 'SetReminderIntent', { ...days, time: '07:00' });
      expect(spoken(turn)).toContain(heard);
    }
  });

  // Found by a helper trying the console as an Indian user: "har weekday shaam 6:30 baje yaad dilana" asked for the
  // time, and the old time was said back: the days slot had taken the time with the days.
  it('takes a time the days slot took with the days: "har weekday shaam 6:30 baje"', async () => {
    for (const days of ['weekday shaam 6 30 baje', 'weekday shaam 6:30 baje']) {
      expect(spoken(await say(harness.conversation({ locale: 'hi-IN' }), 'SetReminderIntent', { days })), days).toBe(
        'मैं आपको सोमवार से शुक्रवार तक हर दिन, शाम साढ़े 6 बजे workout की याद दिलाऊँगी. क्या यह लगा दूँ?',
      );
    }
    for (const [days, time] of [
      ['सोमवार और गुरुवार सुबह 7 बजे', 'सुबह 7 बजे'],
      ['weekday raat 9 baje', 'रात 9 बजे'],
      ['monday and friday at 6 pm', 'शाम 6 बजे'],
    ] as const) {
      expect(spoken(await say(harness.conversation({ locale: 'hi-IN' }), 'SetReminderIntent', { days })), days).toContain(time);
    }
    expect(spoken(await say(harness.conversation(), 'SetReminderIntent', { days: 'weekday at 6:30 pm' }))).toBe(
      "I'll remind you to work out at 6:30 PM, every weekday. Shall I set that?",
    );
    // With a part of the day and no "am" or "pm" ("set a reminder for 9:30 every morning": found by a helper trying the
    // console, December 6: the time said before, 9 AM, was said back).
    expect(spoken(await say(harness.conversation(), 'SetReminderIntent', { days: '9 30 every morning' }))).toMatch(/^I'll remind you to work out at 9:30 AM, every day\./);
    expect(spoken(await say(harness.conversation(), 'SetReminderIntent', { days: '6 30 every evening' }))).toMatch(/^I'll remind you to work out at 6:30 PM, every day\./);
    // The small hours of the night are AM (found in review: 1:30 PM).
    expect(spoken(await say(harness.conversation(), 'SetReminderIntent', { days: '1 30 every night' }))).toMatch(/^I'll remind you to work out at 1:30 AM, every day\./);
  });

  it('takes a consent token naming days it could not have written as no schedule', async () => {
    const chat = harness.conversation();
    await say(chat, 'SetReminderIntent', { day: 'monday', time: '07:00' });
    const yes = await say(chat, 'AMAZON.YesIntent');
    harness.api.reminders.granted = true;
    for (const token of ['reminders 07:00 days8', 'reminders 07:00 days31', 'reminders 07:00 days', 'reminders 07:00 days11']) {
      const turn = await chat.send((opts) => connectionsResponse(opts, { name: 'AskFor', code: '200', payload: permissionAnswer(REMINDERS_SCOPE, 'ACCEPTED'), token }));
      expect(spoken(turn), token).toBe('What time should I remind you, like 7 AM, or 6:30 PM?');
    }
    expect(alerts()).toEqual([]);
    expect(directiveOf(yes)?.token).toBe('reminders 07:00 days1');
  });

  it('hears a time said with "tonight" or "every evening" as the evening: "tonight at 7" is 7 PM, not 7 AM', async () => {
    for (const [said, heard] of [
      ['remind me to work out tonight at 7', "I'll remind you to work out at 7 PM, on your workout days"],
      ['remind me to work out at 7 tonight', "I'll remind you to work out at 7 PM, on your workout days"],
      ['remind me every evening at 6:30', "I'll remind you to work out at 6:30 PM, every day."],
      ['remind me every weekday evening at 6', "I'll remind you to work out at 6 PM, every weekday."],
      ['remind me to work out at 7', "I'll remind you to work out at 7 AM"],
    ] as const) {
      const [match] = committedMatcher('en-US').literal(said);
      expect(match, said).toBeDefined();
      expect(spoken(await say(harness.conversation(), match!.intent, match!.slots)), said).toContain(heard);
    }
    // A time already in the evening stays as it is, and "tonight at 12" is midnight; a part of the day still asks.
    expect(spoken(await say(harness.conversation(), 'SetReminderIntent', { evening: '19:30' }))).toContain('at 7:30 PM');
    expect(spoken(await say(harness.conversation(), 'SetReminderIntent', { evening: '12:00' }))).toContain('at 12 AM');
    expect(spoken(await say(harness.conversation(), 'DailyReminderIntent', { evening: 'EV' }))).toBe('What time in the evening should I remind you, like 6, or 7:30?');
  });

  it('carries a part of the day said without a time to the answer: "every evening", then "6:30", is 6:30 PM', async () => {
    for (const [said, asked, answer, heard] of [
      ['remind me every evening', 'What time in the evening should I remind you, like 6, or 7:30?', '6:30', "I'll remind you to work out at 6:30 PM, every day."],
      ['remind me to work out tonight', 'What time in the evening or at night should I remind you, like 7, or 9:30?', '7', "I'll remind you to work out at 7 PM, on your workout days"],
      ['can you remind me to exercise in the evening', 'What time in the evening should I remind you, like 6, or 7:30?', '8', "I'll remind you to work out at 8 PM"],
      ['remind me every night', 'What time in the evening or at night should I remind you, like 7, or 9:30?', '9:30', "I'll remind you to work out at 9:30 PM, every day."],
      ['remind me every night', 'What time in the evening or at night should I remind you, like 7, or 9:30?', '4', "I'll remind you to work out at 4 PM, every day."],
      ['remind me to work out in the afternoon', 'What time in the afternoon should I remind you, like 2, or 3:30?', '4', "I'll remind you to work out at 4 PM"],
      ['remind me to work out in the afternoon', 'What time in the afternoon should I remind you, like 2, or 3:30?', '7', "I'll remind you to work out at 7 PM"],
      // A request that names its own repetition says what it means: the evening asked about does not change it.
      ['remind me every evening', 'What time in the evening should I remind you, like 6, or 7:30?', 'remind me every morning at 6', "I'll remind you to work out at 6 AM, every day."],
      ['remind me every morning', 'What time in the morning should I remind you, like 6, or 7:30?', '7', "I'll remind you to work out at 7 AM, every day."],
      // A time said past noon in the answer stays as said; noon in the afternoon is noon.
      ['remind me every evening', 'What time in the evening should I remind you, like 6, or 7:30?', '8 pm', "I'll remind you to work out at 8 PM, every day."],
      ['remind me to work out in the afternoon', 'What time in the afternoon should I remind you, like 2, or 3:30?', '12', "I'll remind you to work out at 12 PM"],
    ] as const) {
      const chat = harness.conversation();
      const [first] = committedMatcher('en-US').literal(said);
      expect(first, said).toBeDefined();
      expect(spoken(await say(chat, first!.intent, first!.slots)), said).toBe(asked);
      const [second] = committedMatcher('en-US').literal(answer);
      expect(second, answer).toBeDefined();
      expect(spoken(await say(chat, second!.intent, second!.slots)), `${said} → ${answer}`).toContain(heard);
    }
  });

  it('asks what time in the part of the day heard, and for an exact time when what it heard is no time', async () => {
    expect(spoken(await say(harness.conversation(), 'SetReminderIntent', at('MO')))).toBe('What time in the morning should I remind you, like 6, or 7:30?');
    const chat = harness.conversation();
    expect(spoken(await say(chat, 'SetReminderIntent', at('XX')))).toBe('I need an exact time. What time should I remind you, like 7 AM, or 6:30 PM?');
    // Still no time after "every evening": the evening is kept for the next answer.
    await say(chat, 'DailyReminderIntent', at('EV'));
    expect(spoken(await say(chat, 'SetReminderIntent', at('XX')))).toBe('I need an exact time. What time in the evening should I remind you, like 6, or 7:30?');
    expect(spoken(await say(chat, 'SetReminderIntent', at('07:15')))).toContain("I'll remind you to work out at 7:15 PM, every day.");
  });

  it('replaces the reminders it set before, so a new time never doubles them', async () => {
    harness.api.reminders.granted = true;
    const chat = harness.conversation();
    await say(chat, 'SetReminderIntent', at('07:00'));
    await say(chat, 'AMAZON.YesIntent');
    await say(chat, 'SetReminderIntent', at('18:00'));
    const again = await say(chat, 'AMAZON.YesIntent');
    expect(spoken(again)).toMatch(/^Done\. I'll remind you at 6 PM, on your workout days, every day but Sunday\. That replaces your earlier reminders\./);
    expect(alerts()).toHaveLength(3);
    expect(rules().every((rule) => rule?.includes('BYHOUR=18;BYMINUTE=0'))).toBe(true);
  });

  // Found by trying the console as a user: "remind me every Saturday at 9" over weekday reminders said only after the
  // yes that it had replaced them, when someone adding a day had already lost the others.
  it('says which reminders a new one replaces before asking, and nothing when it is the one there', async () => {
    harness.api.reminders.granted = true;
    const chat = harness.conversation();
    await say(chat, 'WeekdayReminderIntent', at('18:00'));
    await say(chat, 'AMAZON.YesIntent');
    expect(spoken(await say(chat, 'SetReminderIntent', { day: 'saturday', time: '09:00' }))).toBe(
      "You have workout reminders at 6 PM, every weekday, and a new one takes their place. I'll remind you to work out at 9 AM, every Saturday. Shall I set that?",
    );
    expect(spoken(await say(chat, 'AMAZON.NoIntent'))).toMatch(/^Okay, I haven't set anything\./);
    expect(spoken(await say(harness.conversation(), 'WeekdayReminderIntent', at('18:00')))).toBe("I'll remind you to work out at 6 PM, every weekday. Shall I set that?");
    // A time said alone keeps their days: a new time for them, said before the yes (found by a helper trying the
    // console: "shaam 6 baje bhi yaad dilana", "at 6 PM as well", was confirmed as if added, and the 7 AM one was gone).
    expect(spoken(await say(harness.conversation(), 'SetReminderIntent', at('07:00')))).toBe(
      "You have workout reminders at 6 PM, every weekday. They move to the new time, as I keep one time for them. I'll remind you to work out at 7 AM, every weekday. Shall I set that?",
    );
    // The time there already, said again, moves nothing.
    expect(spoken(await say(harness.conversation(), 'SetReminderIntent', at('18:00')))).toBe("I'll remind you to work out at 6 PM, every weekday. Shall I set that?");
    const hindi = spoken(await say(harness.conversation({ locale: 'hi-IN' }), 'SetReminderIntent', { day: 'शनिवार', time: '09:00' }));
    expect(hindi).toMatch(/^आपके workout रिमाइंडर .*शाम 6 बजे हैं, नया रिमाइंडर उनकी जगह लेगा\./);
    expect(rules().every((rule) => rule?.includes('BYHOUR=18;BYMINUTE=0'))).toBe(true);
    // Days said that are the days there are, at another time: they move too, said first (found in review: "every day at
    // 6 pm too" over every day at 7 AM said nothing before the yes).
    const daily = harness.conversation();
    await say(daily, 'DailyReminderIntent', at('07:00'));
    await say(daily, 'AMAZON.YesIntent');
    expect(spoken(await say(harness.conversation(), 'DailyReminderIntent', at('18:00')))).toMatch(/^You have workout reminders at 7 AM, every day\. They move to the new time/);
  });
});

describe('the voice permission', () => {
  async function askedForPermission(): Promise<{ chat: Conversation; asked: Turn }> {
    const chat = harness.conversation();
    await say(chat, 'SetReminderIntent', at('07:00'));
    return { chat, asked: await say(chat, 'AMAZON.YesIntent') };
  }

  it('denied: nothing is set, and the user hears how to allow it later, with the Alexa app card', async () => {
    const { chat, asked } = await askedForPermission();
    const denied = await consent(chat, asked, 'DENIED');
    await expectWellFormed(denied);
    expect(spoken(denied)).toMatch(/^Okay, no reminders\. If you change your mind, you can allow them for Back Coach in the Alexa app\./);
    expect(cardOf(denied)).toEqual({ type: 'AskForPermissionsConsent', permissions: [REMINDERS_SCOPE] });
    expect(alerts()).toEqual([]);
  });

  it('not answered: nothing is set', async () => {
    const { chat, asked } = await askedForPermission();
    const silent = await consent(chat, asked, 'NOT_ANSWERED');
    await expectWellFormed(silent);
    expect(spoken(silent)).toMatch(/^Okay, I haven't set a reminder\./);
    expect(alerts()).toEqual([]);
  });

  it('unavailable by voice on this device: the permissions card instead, and nothing is set', async () => {
    const { chat, asked } = await askedForPermission();
    const failed = await consent(chat, asked, 'ACCEPTED', '500');
    await expectWellFormed(failed);
    expect(spoken(failed)).toMatch(/I've sent a card to your Alexa app/);
    expect(cardOf(failed)).toEqual({ type: 'AskForPermissionsConsent', permissions: [REMINDERS_SCOPE] });
    expect(alerts()).toEqual([]);
  });

  it('accepted but still refused by the API: the card, never another voice request', async () => {
    const { chat, asked } = await askedForPermission();
    const accepted = await consent(chat, asked, 'ACCEPTED');
    await expectWellFormed(accepted);
    expect(directiveOf(accepted)).toBeUndefined();
    expect(cardOf(accepted)).toEqual({ type: 'AskForPermissionsConsent', permissions: [REMINDERS_SCOPE] });
    expect(alerts()).toEqual([]);
  });

  it('asks by voice without trying the API when the request says the permission was denied', async () => {
    const chat = harness.conversation({ permissionScopes: { [REMINDERS_SCOPE]: 'DENIED' } });
    await say(chat, 'SetReminderIntent', at('07:00'));
    const before = harness.api.requests;
    const yes = await say(chat, 'AMAZON.YesIntent');
    expect(directiveOf(yes)?.name).toBe('AskFor');
    // Only the Settings API (the time zone) was asked.
    expect(harness.api.requests - before).toBeLessThanOrEqual(1);
  });

  it('takes a consent whose token was tampered with as no schedule: it asks for the time again', async () => {
    harness.api.reminders.granted = true;
    const chat = harness.conversation();
    await say(chat, 'AMAZON.HelpIntent');
    const accepted = await chat.send((opts) => connectionsResponse(opts, { name: 'AskFor', payload: permissionAnswer(REMINDERS_SCOPE, 'ACCEPTED'), token: 'reminders 99:99 always' }));
    await expectWellFormed(accepted);
    expect(spoken(accepted)).toBe('What time should I remind you, like 7 AM, or 6:30 PM?');
    expect(alerts()).toEqual([]);
  });
});

describe('hearing, moving and cancelling reminders', () => {
  async function withReminders(time = '07:00', intent = 'SetReminderIntent'): Promise<Conversation> {
    harness.api.reminders.granted = true;
    const chat = harness.conversation();
    await say(chat, intent, at(time));
    await say(chat, 'AMAZON.YesIntent');
    return chat;
  }

  // Found by a helper trying the console: "every weekday at 6", then "actually make it 6:30", became every day but
  // the rest day.
  it('a new time said with no days keeps the days of the reminders there are', async () => {
    const chat = await withReminders('06:00', 'WeekdayReminderIntent');
    expect(spoken(await say(chat, 'SetReminderIntent', at('06:30')))).toBe("You have workout reminders at 6 AM, every weekday. They move to the new time, as I keep one time for them. I'll remind you to work out at 6:30 AM, every weekday. Shall I set that?");
    expect(spoken(await say(chat, 'AMAZON.YesIntent'))).toMatch(/^Done\. I'll remind you at 6:30 AM, every weekday\./);
    expect(rules().every((rule) => rule?.includes('BYHOUR=6;BYMINUTE=30') && !rule.includes('SA') && !rule.includes('SU'))).toBe(true);
  });

  // Found by a helper trying the console (December 5): "remind me on my workout days at 6:30 in the evening", with a
  // reminder every day, kept every day: the workout days were in the carrier, out of the skill's reach.
  it('the workout days said over reminders with other days are the workout days', async () => {
    for (const [locale, said] of [
      ['en-US', 'remind me on my workout days at 6:30 pm'],
      ['en-US', 'remind me at 6:30 pm on my workout days'],
      ['en-IN', 'remind me on my training days at 6:30 pm'],
      ['hi-IN', 'mere workout wale dinon mein 6:30 pm yaad dilana'],
    ] as const) {
      const chat = await withReminders('07:00', 'DailyReminderIntent');
      const [match, ...others] = committedMatcher(locale).literal(said);
      expect(others, said).toEqual([]);
      expect(match?.intent, said).toBe('SetReminderIntent');
      expect(spoken(await say(chat, match!.intent, match!.slots)), said).toMatch(/6:30 PM, on your workout days, every day but Sunday\.|workout वाले दिनों में, यानी रविवार छोड़कर हर दिन/);
    }
  });

  it('lists them by time and repetition', async () => {
    const chat = await withReminders();
    const list = await say(chat, 'ListRemindersIntent');
    expect(spoken(list)).toMatch(/^You have workout reminders at 7 AM, on your workout days, every day but Sunday\. What else/);
    harness.api.reminders.clear();
    expect(spoken(await say(chat, 'ListRemindersIntent'))).toMatch(/^You don't have any workout reminders from me\./);
  });

  it('moves every one to the new time, keeping its days and its words', async () => {
    const chat = await withReminders('07:00', 'WeekdayReminderIntent');
    const texts = alerts().map((alert) => alert.alertInfo);
    const moved = await say(chat, 'MoveReminderIntent', at('08:00'));
    expect(spoken(moved)).toMatch(/^Done\. Your workout reminders are at 8 AM now, every weekday\./);
    expect(rules()).toEqual([
      'FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1',
      'FREQ=WEEKLY;BYDAY=TH;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1',
      'FREQ=WEEKLY;BYDAY=TU;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1',
    ]);
    expect(alerts().map((alert) => alert.alertInfo)).toEqual(texts);
    expect(alerts().every((alert) => alert.trigger?.timeZoneId === 'America/New_York')).toBe(true);
  });

  // Found in review: the time the move asked for, said alone or as "move it to 8", replaced the reminders (days
  // worked out again) instead of moving them.
  it('moves them to the time given in answer to its own question, said alone or as a move', async () => {
    for (const answer of [['SetReminderIntent', at('08:00')], ['MoveReminderIntent', at('08:00')]] as const) {
      const chat = await withReminders('07:00', 'WeekdayReminderIntent');
      expect(spoken(await say(chat, 'MoveReminderIntent'))).toBe('What time should I remind you, like 7 AM, or 6:30 PM?');
      expect(spoken(await say(chat, answer[0], answer[1])), answer[0]).toMatch(/^Done\. Your workout reminders are at 8 AM now, every weekday\./);
      expect(rules().every((rule) => rule?.includes('BYHOUR=8;BYMINUTE=0'))).toBe(true);
    }
  });

  it('new days said with none being set keep the time of the reminders there are: "make it every weekday" at 7 PM', async () => {
    const chat = await withReminders('19:00');
    const [match] = committedMatcher('en-US').literal('make it every weekday');
    expect(spoken(await say(chat, match!.intent, match!.slots))).toBe(
      "You have workout reminders at 7 PM, on your workout days, every day but Sunday, and a new one takes their place. I'll remind you to work out at 7 PM, every weekday. Shall I set that?",
    );
    expect(spoken(await say(chat, 'AMAZON.YesIntent'))).toMatch(/^Done\. I'll remind you at 7 PM, every weekday\./);
    expect(rules().every((rule) => rule?.includes('BYHOUR=19;BYMINUTE=0') && !rule.includes('SA') && !rule.includes('SU'))).toBe(true);
    // With none set, the time is asked for.
    harness.api.reminders.clear();
    expect(spoken(await say(harness.conversation(), match!.intent, match!.slots))).toBe('What time should I remind you, like 7 AM, or 6:30 PM?');
  });

  // Left alone before, then fixed: "move it to 8" with reminders at 7 PM moved them to 8 AM. AMAZON.TIME hears "8"
  // and "8 am" alike, so the half of the day nearest the reminders' time is asked about before anything moves.
  it('asks before moving to the half of the day it read: "move it to 8" with reminders at 7 PM is 8 PM, on a yes', async () => {
    const chat = await withReminders('19:00', 'WeekdayReminderIntent');
    const asked = await say(chat, 'MoveReminderIntent', at('08:00'));
    expect(spoken(asked)).toBe('Move your workout reminders to 8 PM, every weekday?');
    expect(rules().every((rule) => rule?.includes('BYHOUR=19;BYMINUTE=0'))).toBe(true);
    expect(spoken(await say(chat, 'AMAZON.YesIntent'))).toMatch(/^Done\. Your workout reminders are at 8 PM now, every weekday\./);
    expect(rules().every((rule) => rule?.includes('BYHOUR=20;BYMINUTE=0'))).toBe(true);
  });

  it('"move it to 8" of reminders at 8 PM is 8 AM: where they ring already is not where anyone asks to move them', async () => {
    const chat = await withReminders('20:00', 'WeekdayReminderIntent');
    expect(spoken(await say(chat, 'MoveReminderIntent', at('08:00')))).toMatch(/^Done\. Your workout reminders are at 8 AM now, every weekday\./);
  });

  it('a no to the half of the day it read asks for the time; the hour said again is read as heard, and moves them on a yes', async () => {
    const chat = await withReminders('19:00', 'WeekdayReminderIntent');
    await say(chat, 'MoveReminderIntent', at('08:00'));
    expect(spoken(await say(chat, 'AMAZON.NoIntent'))).toMatch(/^What time should I remind you/);
    expect(rules().every((rule) => rule?.includes('BYHOUR=19;BYMINUTE=0'))).toBe(true);
    expect(spoken(await say(chat, 'SetReminderIntent', at('08:00')))).toBe('Move your workout reminders to 8 AM, every weekday?');
    expect(spoken(await say(chat, 'AMAZON.YesIntent'))).toMatch(/^Done\. Your workout reminders are at 8 AM now, every weekday\./);
    expect(rules().every((rule) => rule?.includes('BYHOUR=8;BYMINUTE=0'))).toBe(true);
  });

  it('the hour said again over the question is read as heard and asked about: "no, 8"; another hour is asked about; none moves nothing', async () => {
    for (const answer of [['SetReminderIntent', at('08:00')], ['MoveReminderIntent', at('08:00')]] as const) {
      const chat = await withReminders('19:00', 'WeekdayReminderIntent');
      await say(chat, 'MoveReminderIntent', at('08:00'));
      // Found in review: said again, it moved them with no yes.
      expect(spoken(await say(chat, answer[0], answer[1])), answer[0]).toBe('Move your workout reminders to 8 AM, every weekday?');
      expect(rules().every((rule) => rule?.includes('BYHOUR=19;BYMINUTE=0'))).toBe(true);
      expect(spoken(await say(chat, 'AMAZON.YesIntent'))).toMatch(/^Done\. Your workout reminders are at 8 AM now, every weekday\./);
      expect(rules().every((rule) => rule?.includes('BYHOUR=8;BYMINUTE=0'))).toBe(true);
    }
    // Where they ring already: no "Done" for nothing moved (found in review).
    const morning = await withReminders('08:00', 'WeekdayReminderIntent');
    await say(morning, 'MoveReminderIntent', at('08:00'));
    await say(morning, 'AMAZON.NoIntent');
    expect(spoken(await say(morning, 'SetReminderIntent', at('08:00')))).toMatch(/^Your workout reminders are already at 8 AM, every weekday\./);
    // Found in review: "make it 9" over the question moved them to 9 AM unasked, and a request with no time moved them.
    const chat = await withReminders('19:00', 'WeekdayReminderIntent');
    await say(chat, 'MoveReminderIntent', at('08:00'));
    expect(spoken(await say(chat, 'SetReminderIntent', at('09:00')))).toBe('Move your workout reminders to 9 PM, every weekday?');
    expect(spoken(await say(chat, 'SetReminderIntent'))).toMatch(/^What time should I remind you/);
    expect(rules().every((rule) => rule?.includes('BYHOUR=19;BYMINUTE=0'))).toBe(true);
  });

  // Found in review: after a no, "8:30" moved them to 8:30 AM unasked; reminders at 8 AM were "moved" to 8 AM.
  it('after a no, another time is read near the reminders and asked about; at 8 AM, "8" is 8 PM, asked about', async () => {
    const chat = await withReminders('19:00', 'WeekdayReminderIntent');
    await say(chat, 'MoveReminderIntent', at('08:00'));
    await say(chat, 'AMAZON.NoIntent');
    expect(spoken(await say(chat, 'SetReminderIntent', at('08:30')))).toBe('Move your workout reminders to 8:30 PM, every weekday?');
    const morning = await withReminders('08:00', 'WeekdayReminderIntent');
    expect(spoken(await say(morning, 'MoveReminderIntent', at('08:00')))).toBe('Move your workout reminders to 8 PM, every weekday?');
    expect(rules().every((rule) => rule?.includes('BYHOUR=8;BYMINUTE=0'))).toBe(true);
  });

  // Found in review: read near the reminders there are, "remind me at 7 am" with reminders at 7 PM became 7 PM.
  it('a new time said with nothing asked is the time heard, whatever the reminders there are', async () => {
    const chat = await withReminders('19:00', 'WeekdayReminderIntent');
    expect(spoken(await say(chat, 'SetReminderIntent', at('07:00')))).toBe("You have workout reminders at 7 PM, every weekday. They move to the new time, as I keep one time for them. I'll remind you to work out at 7 AM, every weekday. Shall I set that?");
  });

  it('reads the answer to its own question in the part of the day asked about: "in the evening", then "7", is 7 PM', async () => {
    const chat = await withReminders('07:00', 'WeekdayReminderIntent');
    expect(spoken(await say(chat, 'MoveReminderIntent', at('EV')))).toBe('What time in the evening should I remind you, like 6, or 7:30?');
    // "Yes" to the question asks it again, still to move them.
    expect(spoken(await say(chat, 'AMAZON.YesIntent'))).toBe('What time in the evening should I remind you, like 6, or 7:30?');
    expect(spoken(await say(chat, 'SetReminderIntent', at('07:00')))).toMatch(/^Done\. Your workout reminders are at 7 PM now, every weekday\./);
  });

  it('with nothing to move, offers one at that time, said in full before anything is set', async () => {
    harness.api.reminders.granted = true;
    const chat = harness.conversation();
    const none = await say(chat, 'MoveReminderIntent', at('08:00'));
    expect(spoken(none)).toBe("You don't have any workout reminders from me yet. Want one at 8 AM, on your workout days, every day but Sunday?");
    expect(alerts()).toEqual([]);
    await say(chat, 'AMAZON.YesIntent');
    expect(alerts()).toHaveLength(3);
  });

  // Found by a helper trying the console: after "make saturday my rest day", the reminders set for the workout days
  // still rang on Saturday, and not on Sunday, now a strength day. They follow the new week, at the same time.
  it('reminders for the workout days follow a new rest day, at the same time; a weekday schedule keeps its days', async () => {
    const chat = await withReminders('07:00');
    const moved = await say(chat, 'SetRestDayIntent', { day: 'saturday' });
    expect(spoken(moved)).toMatch(/Your workout reminders at 7 AM now skip Saturday\./);
    const days = rules().flatMap((rule) => /BYDAY=([A-Z,]+)/.exec(rule ?? '')?.[1]?.split(',') ?? []).sort();
    expect(days).toEqual(['FR', 'MO', 'SU', 'TH', 'TU', 'WE']);
    expect(rules().every((rule) => rule?.includes('BYHOUR=7;BYMINUTE=0'))).toBe(true);
    // Nothing to follow: no word of reminders.
    harness.api.reminders.clear();
    expect(spoken(await say(chat, 'SetRestDayIntent', { day: 'sunday' }))).not.toMatch(/reminder/);
    // Every weekday stays every weekday.
    const weekdays = await withReminders('07:00', 'WeekdayReminderIntent');
    const before = rules().flatMap((rule) => /BYDAY=([A-Z,]+)/.exec(rule ?? '')?.[1]?.split(',') ?? []).sort();
    expect(spoken(await say(weekdays, 'SetRestDayIntent', { day: 'wednesday' }))).not.toMatch(/now skip/);
    expect(rules().flatMap((rule) => /BYDAY=([A-Z,]+)/.exec(rule ?? '')?.[1]?.split(',') ?? []).sort()).toEqual(before);
  });

  /** What rings on each day from `from`, for `days` days: the words of every reminder whose recurrence rings that day. */
  function ringing(from: string, days: number): string[] {
    const codes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
    return Array.from({ length: days }, (_, offset) => {
      const date = new Date(`${from}T12:00:00Z`);
      date.setUTCDate(date.getUTCDate() + offset);
      const iso = date.toISOString().slice(0, 10);
      const rings = alerts().filter((alert) => {
        const recurrence = alert.trigger?.recurrence;
        const byDay = /BYDAY=([A-Z,]+)/.exec(recurrence?.recurrenceRules?.[0] ?? '')?.[1]?.split(',') ?? [];
        return (
          byDay.includes(codes[date.getUTCDay()]!) &&
          (recurrence?.startDateTime ?? '').slice(0, 10) <= iso &&
          (recurrence?.endDateTime === undefined || recurrence.endDateTime.slice(0, 10) >= iso)
        );
      });
      return `${iso} ${rings.map((alert) => /your (\w+)/.exec(alert.alertInfo?.spokenInfo?.content?.[0]?.text ?? '')?.[1] ?? '?').join('+') || '-'}`;
    });
  }

  // Found in review: after a mid-week rest-day change, the reminders followed the new rotation at once, and with Sunday
  // still this week's rest day, Sunday rang "time for your cardio workout". This week's days to come ring by its own
  // plan until Sunday; the new week's from Monday.
  it('after a rest day changed mid-week, this week rings by its own plan and the weeks after by the new one', async () => {
    harness.setNow('2026-12-10T15:00:00Z');
    try {
      harness.api.reminders.granted = true;
      const device = harness.device();
      const chat = harness.conversation(device);
      await say(chat, 'SetReminderIntent', at('07:00'));
      await say(chat, 'AMAZON.YesIntent');
      expect(ringing('2026-12-10', 4)).toEqual(['2026-12-10 cardio', '2026-12-11 strength', '2026-12-12 HIIT', '2026-12-13 -']);
      const moved = await say(chat, 'SetRestDayIntent', { day: 'saturday' });
      expect(spoken(moved)).toMatch(/it has HIIT on Friday and strength on Sunday.*Your workout reminders at 7 AM now skip Saturday\./);
      // This week: Thursday's cardio, Friday's HIIT, Saturday off, Sunday's strength; next week, the rotation around
      // Saturday. One reminder a day, never two.
      expect(ringing('2026-12-10', 11)).toEqual([
        '2026-12-10 cardio',
        '2026-12-11 HIIT',
        '2026-12-12 -',
        '2026-12-13 strength',
        '2026-12-14 HIIT',
        '2026-12-15 strength',
        '2026-12-16 cardio',
        '2026-12-17 strength',
        '2026-12-18 HIIT',
        '2026-12-19 -',
        '2026-12-20 strength',
      ]);
      // Listed, and moved, as one schedule: the days of this week kept go along, and keep their end.
      expect(spoken(await say(harness.conversation(device), 'ListRemindersIntent'))).toMatch(/at 7 AM, on your workout days, every day but Saturday/);
      const later = harness.conversation(device);
      await say(later, 'MoveReminderIntent', at('08:00'));
      expect(alerts().every((alert) => alert.trigger?.recurrence?.recurrenceRules?.[0]?.includes('BYHOUR=8;'))).toBe(true);
      expect(ringing('2026-12-10', 11).join(' ')).toBe(
        '2026-12-10 cardio 2026-12-11 HIIT 2026-12-12 - 2026-12-13 strength 2026-12-14 HIIT 2026-12-15 strength 2026-12-16 cardio 2026-12-17 strength 2026-12-18 HIIT 2026-12-19 - 2026-12-20 strength',
      );
      // Moved again the week after, the ones kept to a week gone by are taken off, never sent ending before they start
      // (found in review).
      harness.setNow('2026-12-15T15:00:00Z');
      const after = harness.conversation(device);
      await say(after, 'MoveReminderIntent', at('09:00'));
      expect(alerts().filter((alert) => alert.trigger?.recurrence?.endDateTime)).toEqual([]);
      expect(alerts().every((alert) => alert.trigger?.recurrence?.recurrenceRules?.[0]?.includes('BYHOUR=9;'))).toBe(true);
      expect(ringing('2026-12-15', 6).join(' ')).toBe('2026-12-15 strength 2026-12-16 cardio 2026-12-17 strength 2026-12-18 HIIT 2026-12-19 - 2026-12-20 strength');
    } finally {
      harness.setNow('2026-11-24T15:00:00Z');
    }
  });

  // Found by a helper trying the console: a rest day set with no reminder permission logged "reminders did not follow
  // the rest day", untrue: without the permission there are none of this skill's to follow.
  it('with no reminder permission, a new rest day logs nothing about reminders', async () => {
    const chat = harness.conversation();
    const before = harness.logs.length;
    const moved = await say(chat, 'SetRestDayIntent', { day: 'saturday' });
    expect(spoken(moved)).toMatch(/Saturday is your rest day now/);
    expect(harness.logs.slice(before).join('\n')).not.toMatch(/reminders did not follow/);
  });

  // Found by helpers trying the console (December 5): "cancel my evening reminder", with only 7 AM weekday reminders,
  // cancelled them all at once, unasked: the intent hears no time of day to pick one by. Which are there is said, and
  // they go only on a yes.
  it('says which reminders there are and cancels them all only on a yes; no keeps them', async () => {
    const chat = await withReminders();
    const before = alerts().length;
    const asked = await say(chat, 'CancelRemindersIntent');
    expect(spoken(asked)).toMatch(/^You have workout reminders .*7 AM.*\. Shall I cancel them\?$/);
    expect(alerts()).toHaveLength(before);
    expect(spoken(await say(chat, 'AMAZON.NoIntent'))).toMatch(/^Okay, I've kept your reminders\./);
    expect(alerts()).toHaveLength(before);
    await say(chat, 'CancelRemindersIntent');
    const cancelled = await say(chat, 'AMAZON.YesIntent');
    expect(spoken(cancelled)).toMatch(/^Done\. I've cancelled your workout reminders\./);
    expect(alerts()).toEqual([]);
    expect(spoken(await say(chat, 'CancelRemindersIntent'))).toMatch(/nothing to cancel/);
    // To "Shall I cancel them?", "cancel" is a yes, as is the request said again.
    for (const yes of ['AMAZON.CancelIntent', 'CancelRemindersIntent']) {
      const again = await withReminders();
      await say(again, 'CancelRemindersIntent');
      expect(spoken(await say(again, yes)), yes).toMatch(/^Done\. I've cancelled your workout reminders\./);
      expect(alerts(), yes).toEqual([]);
    }
  });

  // Found by a helper trying the console in Indian English (December 7): "delete the evening reminder" and "remove the
  // 7 pm reminder", heard through "delete the {activity}", said "Nothing is logged this week, so there's nothing to
  // remove". A reminder named there is the reminders' question.
  it('a reminder named in a log removal ("delete the evening reminder") asks about the reminders, as cancelling them does', async () => {
    for (const said of ['evening reminder', '7 pm reminder', 'morning reminders']) {
      const chat = await withReminders();
      const before = alerts().length;
      const asked = await say(chat, 'RemoveLogIntent', { activity: unmatchedSlot('activity', 'ActivityName', said) });
      expect(spoken(asked), said).toMatch(/^You have workout reminders .*7 AM.*\. Shall I cancel them\?$/);
      expect(alerts(), said).toHaveLength(before);
      expect(spoken(await say(chat, 'AMAZON.YesIntent')), said).toMatch(/^Done\. I've cancelled your workout reminders\./);
    }
  });

  // Found by a helper trying the console as a truck driver (December 6): "cancel the Saturday one", heard through "{level}
  // one", asked which level. It is a reminder: they ring as one set, so how to keep some days is said, and all go on a yes.
  it('"cancel the Saturday one" says which there are, how to keep some days, and cancels only on a yes', async () => {
    const chat = await withReminders();
    const before = alerts().length;
    const asked = await say(chat, 'SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'cancel the saturday') });
    expect(spoken(asked)).toMatch(/^You have workout reminders .*\. They ring as one set\. To keep some days, say the days you want, like: remind me on Mondays at 7 PM\. Or shall I cancel them all\?$/);
    expect(alerts()).toHaveLength(before);
    expect(spoken(await say(chat, 'AMAZON.NoIntent'))).toMatch(/^Okay, I've kept your reminders\./);
    const off = await withReminders();
    await say(off, 'SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'turn off the 7') });
    expect(spoken(await say(off, 'AMAZON.YesIntent'))).toMatch(/^Done\. I've cancelled your workout reminders\./);
  });

  // Noticed at the last stops: "delete my data" erased what the skill kept and left its reminders ringing, the answer
  // saying to cancel them too. They are the user's data as much as the log is: the yes takes them too, and says so.
  it('a yes to "delete my data" cancels the reminders this skill set too, and says so', async () => {
    harness.api.reminders.granted = true;
    const device = harness.device();
    const chat = harness.conversation(device);
    await say(chat, 'SetReminderIntent', at('07:00'));
    await say(chat, 'AMAZON.YesIntent');
    expect(alerts().length).toBeGreaterThan(0);
    expect(spoken(await chat.intent('DeleteDataIntent'))).toBe('This deletes your level, your rest day, all your progress and the workout reminders I set, for good. Are you sure?');
    const yes = await chat.intent('AMAZON.YesIntent');
    await expectWellFormed(yes, { endsOnQuestion: false });
    expect(spoken(yes)).toBe("Done. I've deleted everything I kept about you, and cancelled your workout reminders. Goodbye.");
    expect(yes.sessionEnded).toBe(true);
    expect(alerts()).toEqual([]);
    expect((await store.history(userKey(device.userId))).weeks).toEqual([]);
  });

  // Noticed at the last stops: with no reminders to see, "delete my data" promised to delete "the workout reminders I
  // set", and the answer then said to cancel them in the Alexa app. The question promises only what the yes will do.
  it('the question speaks of reminders only when there are reminders it can cancel', async () => {
    harness.api.reminders.granted = true;
    const none = harness.conversation();
    expect(spoken(await none.intent('DeleteDataIntent'))).toBe('This deletes your level, your rest day and all your progress, for good. Are you sure?');
    const unseen = await withReminders();
    harness.api.reminders.granted = false;
    const asked = await unseen.intent('DeleteDataIntent');
    await expectWellFormed(asked);
    expect(spoken(asked)).toBe('This deletes your level, your rest day and all your progress, for good. Are you sure?');
    expect(spoken(await unseen.intent('AMAZON.YesIntent'))).toBe(
      "Done. I've deleted everything I kept about you. If you have reminders from me, you can cancel them in the Alexa app. Goodbye.",
    );
    // The API down: it may have some, and the yes will try.
    const down = await withReminders();
    harness.api.reminders.granted = true;
    harness.api.setBehaviour({ defaultTimeZone: 'America/New_York', accessToken: ACCESS_TOKEN, reminders: { failWith: 503 } });
    expect(spoken(await down.intent('DeleteDataIntent'))).toBe('This deletes your level, your rest day, all your progress and the workout reminders I set, for good. Are you sure?');
  });

  it('with no reminders it speaks of none; with none it can see, or when they cannot be reached, it says what to do', async () => {
    harness.api.reminders.granted = true;
    const none = harness.conversation();
    await none.intent('DeleteDataIntent');
    expect(spoken(await none.intent('AMAZON.YesIntent'))).toBe("Done. I've deleted everything I kept about you. Goodbye.");
    // Not allowed to see them (the permission taken back after they were set): they may be there.
    const unseen = await withReminders();
    harness.api.reminders.granted = false;
    await unseen.intent('DeleteDataIntent');
    expect(spoken(await unseen.intent('AMAZON.YesIntent'))).toBe(
      "Done. I've deleted everything I kept about you. If you have reminders from me, you can cancel them in the Alexa app. Goodbye.",
    );
    expect(alerts().length).toBeGreaterThan(0);
    // The API down: the data still goes, and the reminders are said to be there.
    const device = harness.device();
    const down = harness.conversation(device);
    await say(down, 'SetReminderIntent', at('07:00'));
    await say(down, 'AMAZON.YesIntent');
    await down.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'cardio') });
    expect((await store.history(userKey(device.userId))).weeks).toHaveLength(1);
    harness.api.setBehaviour({ defaultTimeZone: 'America/New_York', accessToken: ACCESS_TOKEN, reminders: { failWith: 503 } });
    await down.intent('DeleteDataIntent');
    const yes = await down.intent('AMAZON.YesIntent');
    expect(spoken(yes)).toBe(
      "Done. I've deleted everything I kept about you, but I couldn't reach your reminders just now: say cancel my reminders later, or cancel them in the Alexa app. Goodbye.",
    );
    expect((await store.history(userKey(device.userId))).weeks).toEqual([]);
  });
});

describe('when the Reminders API fails', () => {
  const within = async (work: () => Promise<Turn>): Promise<{ turn: Turn; ms: number }> => {
    const started = Date.now();
    const turn = await work();
    return { turn, ms: Date.now() - started };
  };

  it.each([
    [401, /^I don't have permission to use your reminders\. I've sent a card/],
    [403, /^I don't have permission to use your reminders\. I've sent a card/],
    [429, /^Reminders are busy just now\. Please try again in a minute\./],
    [500, /^I couldn't reach your reminders just now\./],
    [503, /^I couldn't reach your reminders just now\./],
  ])('answers a %i kindly, for listing, moving and cancelling', async (status, answer) => {
    harness.api.reminders.granted = true;
    harness.api.setBehaviour({ defaultTimeZone: 'America/New_York', accessToken: ACCESS_TOKEN, reminders: { failWith: status } });
    const chat = harness.conversation();
    const refused = status === 401 || status === 403;
    for (const [intent, slots] of [['ListRemindersIntent', {}], ['MoveReminderIntent', at('08:00')], ['CancelRemindersIntent', {}]] as const) {
      const turn = await say(chat, intent, slots);
      // Cancelling is never answered with a request for permission: nothing is seen, so nothing is cancelled.
      const cancelWithout = refused && intent === 'CancelRemindersIntent';
      expect(spoken(turn)).toMatch(cancelWithout ? /^I don't have permission to see your reminders, so I couldn't cancel any\. To remove one, open Reminders in the Alexa app\./ : answer);
      expect(Boolean(cardOf(turn))).toBe(refused && !cancelWithout);
    }
  });

  it('sets nothing, and says so, when creating fails', async () => {
    harness.api.reminders.granted = true;
    const chat = harness.conversation();
    await say(chat, 'SetReminderIntent', at('07:00'));
    harness.api.setBehaviour({ defaultTimeZone: 'America/New_York', accessToken: ACCESS_TOKEN, reminders: { failWith: 429 } });
    const yes = await say(chat, 'AMAZON.YesIntent');
    expect(spoken(yes)).toMatch(/^Reminders are busy just now\./);
    expect(alerts()).toEqual([]);
  });

  it('answers in time when the API is slow, and leaves nothing half set', async () => {
    harness.api.reminders.granted = true;
    const chat = harness.conversation();
    await say(chat, 'SetReminderIntent', at('07:00'));
    harness.api.setBehaviour({ defaultTimeZone: 'America/New_York', accessToken: ACCESS_TOKEN, reminders: { delayMs: 6_000 } });
    const { turn, ms } = await within(() => chat.intent('AMAZON.YesIntent'));
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(/^I couldn't reach your reminders just now\./);
    expect(ms).toBeLessThan(4_000);
    for (const [intent, slots] of [['ListRemindersIntent', {}], ['MoveReminderIntent', at('08:00')], ['CancelRemindersIntent', {}]] as const) {
      const slow = await within(() => chat.intent(intent, slots));
      expect(spoken(slow.turn)).toMatch(/^I couldn't reach your reminders just now\./);
      expect(slow.ms).toBeLessThan(4_000);
    }
    await new Promise((resolve) => setTimeout(resolve, 6_500));
    expect(alerts()).toEqual([]);
  }, 30_000);
});

describe('the manifest', () => {
  it('declares the reminders permission', () => {
    const manifest = JSON.parse(readFileSync('skill-package/skill.json', 'utf8')) as { manifest: { permissions?: { name: string }[] } };
    expect(manifest.manifest.permissions).toContainEqual({ name: REMINDERS_SCOPE });
  });
});
