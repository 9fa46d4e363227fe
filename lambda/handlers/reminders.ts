import { forIntent, isRequest, resolvedSlot, slotValue } from '../conversation/requests';
import type { Turn } from '../conversation/turn';
import { WEEKDAYS, type Weekday } from '../domain/calendar';
import { type PartOfDay, type Repeat, formatClockTime, inPartOfDay, inTheEvening, parseClockTime, repeatOnDays } from '../domain/reminder-schedule';
import { cancelReminders, consentAnswered, listReminders, moveReminders, offerReminder } from '../replies/reminders';
import { weekdayNamed } from '../text/dates';
import { route, said } from './route';

/**
 * The repetition each way of asking names; SetReminderIntent names none (the workout days, or the one just asked
 * about) unless weekdays are said with it.
 */
const REPEAT_SAID: Readonly<Record<string, Repeat | undefined>> = {
  SetReminderIntent: undefined,
  WeekdayReminderIntent: 'weekdays',
  DailyReminderIntent: 'daily',
};

/** Words that leave out the days after them ("but not Friday", "except Sunday", "not on weekends"). */
const LEAVE_OUT = new Set(['but', 'except', 'besides', 'not', 'without', 'excluding']);
/** Hindi says them after the days ("रविवार छोड़कर", "ravivar ke alawa", "रविवार नहीं"). */
const LEAVE_OUT_AFTER = new Set(['छोड़कर', 'छोड़', 'छोड़के', 'अलावा', 'नहीं', 'chhodkar', 'chodkar', 'chhod', 'chod', 'alawa', 'nahi', 'nahin'].map((word) => word.normalize('NFC')));
/** A word between two days that says every day from one to the other ("Monday to Friday", "सोमवार से शुक्रवार"). */
const RANGE_WORDS = new Set(['to', 'through', 'thru', 'till', 'until', 'से', 'se']);
const WEEKEND_WORDS = new Set(['weekend', 'weekends', 'वीकेंड']);
const WEEKDAY_WORDS = new Set(['weekday', 'weekdays', 'workday', 'workdays']);
/** Words that say every day, with a word of every ("every day", "har din", "roz") or of a part of it under one ("har subah"). */
const EVERY_WORDS = new Set(['every', 'each', 'daily', 'everyday', 'har', 'हर', 'roz', 'rozana', 'रोज', 'रोज़', 'रोज़ाना', 'रोजाना'].map((word) => word.normalize('NFC')));
const DAY_PARTS = new Set(['day', 'days', 'morning', 'mornings', 'evening', 'evenings', 'night', 'nights', 'din', 'subah', 'shaam', 'sham', 'raat', 'दिन', 'सुबह', 'शाम', 'रात'].map((word) => word.normalize('NFC')));
/**
 * Words that say every other day with a word of a day ("every other day", "every second day", "alternate days", "har
 * dusre din", "ek din chhodkar": one day left out).
 */
const ALTERNATE_WORDS = new Set(['other', 'second', 'alternate', 'alternating', 'two', 'दूसरे', 'dusre', 'doosre'].map((word) => word.normalize('NFC')));
const ONE_WORDS = new Set(['एक', 'ek']);
/** Words that ask for one day, not every week ("next Monday", "kal raat", "this Friday"). */
const ONE_DAY = new Set(['next', 'this', 'coming', 'tomorrow', 'tonight', 'today', 'kal', 'aaj', 'agle', 'agla', 'baad', 'कल', 'आज', 'अगले', 'अगला', 'इस', 'बाद'].map((word) => word.normalize('NFC')));

const weekdayWord = (turn: Turn, word: string): Weekday | undefined => weekdayNamed(turn.t, word) ?? weekdayNamed(turn.t, word.replace(/'?s$/i, ''));
const wordsOfPhrase = (phrase: string): string[] =>
  phrase
    .normalize('NFC')
    .toLowerCase()
    .replace(/\b(apart from|other than)\b/g, 'except')
    .replace(/\brest days?\b/g, 'restday')
    .replace(/छोड़ (कर|के)/g, 'छोड़कर'.normalize('NFC'))
    .split(/[\s,]+/)
    .filter((word) => word !== '');

/** True when a phrase asks for one day rather than every week ("next Monday", "kal raat"). */
const asksOneDay = (phrase: string): boolean => wordsOfPhrase(phrase).some((word) => ONE_DAY.has(word));

/**
 * True when a phrase names no weekday and asks for every other day: a word of every other ("other", "alternate",
 * "दूसरे") or of one day left out ("एक दिन छोड़कर") beside a word of a day.
 */
function asksEveryOtherDay(turn: Turn, phrase: string | undefined): boolean {
  const words = wordsOfPhrase(phrase ?? '');
  if (words.some((word) => weekdayWord(turn, word) !== undefined)) return false;
  return words.some(
    (word, at) =>
      (DAY_PARTS.has(words[at + 1] ?? '') && (ALTERNATE_WORDS.has(word) || (ONE_WORDS.has(word) && LEAVE_OUT_AFTER.has(words[at + 2] ?? '')))) ||
      (DAY_PARTS.has(word) && ALTERNATE_WORDS.has(words[at - 1] ?? '')),
  );
}

/**
 * Every other day on a weekly reminder: three days a week with a day between, from the day after the rest day (Monday,
 * Wednesday and Friday for a Sunday rest).
 */
const everyOtherDay = (restDay: Weekday): readonly Weekday[] => [1, 3, 5].map((step) => ((((restDay - 1 + step) % 7) + 7) % 7) + 1) as Weekday[];

/**
 * The days a phrase of weekdays asks for: those named, runs of them ("Monday to Friday", "Monday through Wednesday and
 * Friday"), a weekend or the weekdays, the rest day, less those left out ("every day but Sunday", "Monday but not
 * Friday", "रविवार छोड़कर"); "but only on Monday" is Monday. Every day when it names none but says every day, or a part
 * of it, where `every` (the words around the slot said "every") or its own words say so. Undefined when it asks for no
 * days ("at seven", "tomorrow evening").
 */
function daysOfPhrase(turn: Turn, phrase: string | undefined, every: boolean): readonly Weekday[] | 'daily' | undefined {
  const words = wordsOfPhrase(phrase ?? '');
  const kept: Weekday[] = [];
  const leftOut: Weekday[] = [];
  let leaving = false;
  let only = false;
  let since: Weekday[] = [];
  const add = (days: readonly Weekday[]) => {
    // "Every day but only on Monday": the first days after "only" are the days.
    if (only && !leaving && since.length === 0) kept.length = 0;
    (leaving ? leftOut : kept).push(...days);
    since.push(...days);
  };
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    const day = weekdayWord(turn, word);
    const to = RANGE_WORDS.has(words[at + 1] ?? '') ? weekdayWord(turn, words[at + 2] ?? '') : undefined;
    if (day && to) {
      add(WEEKDAYS.map((_, step) => ((((day - 1 + step) % 7) + 1) as Weekday)).slice(0, ((to - day + 7) % 7) + 1));
      at += 2;
    } else if (day) add([day]);
    else if (WEEKEND_WORDS.has(word)) add([6, 7]);
    else if (WEEKDAY_WORDS.has(word)) add([1, 2, 3, 4, 5]);
    else if (word === 'restday') add([turn.restDay]);
    else if (LEAVE_OUT.has(word) && words[at + 1] === 'only') {
      only = true;
      since = [];
      at += 1;
    } else if (LEAVE_OUT.has(word)) {
      leaving = true;
      since = [];
    } else if (LEAVE_OUT_AFTER.has(word)) {
      // "रविवार छोड़कर": the days just said are left out.
      for (const left of since) kept.splice(kept.lastIndexOf(left), 1);
      leftOut.push(...since);
      since = [];
    }
  }
  const saysEvery = every || words.some((word) => EVERY_WORDS.has(word));
  const everyDay = saysEvery && words.some((word) => DAY_PARTS.has(word) || word === 'everyday' || word === 'daily');
  if (words.some((word) => ONE_DAY.has(word)) && kept.length === 0 && leftOut.length === 0) return undefined;
  const base = kept.length > 0 ? kept : leftOut.length > 0 || everyDay ? WEEKDAYS : [];
  const days = [...new Set(base)].filter((day) => !leftOut.includes(day));
  if (days.length === 0) return kept.length === 0 && leftOut.length === 0 && everyDay ? 'daily' : undefined;
  return days.length === 7 && kept.length === 0 ? 'daily' : days;
}

/** The workout days named: "my workout days", "training days", "workout wale dinon", "workout वाले दिनों". */
const WORKOUT_DAYS = /\b(?:workout|training|exercise)\s+(?:days?|wale dinon|वाले दिनों)(?:\s|$)/iu;

/**
 * "Remind me every Monday, Wednesday and Friday at 7": the days said, or their name when they make one (Monday to
 * Friday said one by one is every weekday). They come in a day slot each, in the slot that takes three together, or in
 * the words the one-day slot took ("can you remind me every Monday at 7"); days not heard are none said, and the
 * reminder keeps the days it would have. `oneDay`: said as one day ("next Monday"), which the answer says it sets weekly.
 */
async function daysAsked(turn: Turn): Promise<{ repeat?: Repeat; oneDay: boolean; everyOther?: true }> {
  if (!said(turn, 'SetReminderIntent')) return { repeat: forIntent(turn.input, REPEAT_SAID), oneDay: false };
  await turn.personalise();
  const once = resolvedSlot(turn.input, 'once');
  const spokenOnce = once.status === 'no-match' ? once.spoken : undefined;
  const inSlots = [slotValue(turn.input, 'day'), slotValue(turn.input, 'dayTwo'), slotValue(turn.input, 'days')].filter((part) => part !== undefined).join(' ');
  // "On my workout days", a value of the days slot (found by a helper trying the console: said over reminders every day,
  // it kept every day).
  if (WORKOUT_DAYS.test(inSlots)) return { repeat: 'workoutDays', oneDay: false };
  // Found by trying the console: "every other day" was every day ("day" said with "every").
  if (asksEveryOtherDay(turn, inSlots) || asksEveryOtherDay(turn, spokenOnce)) {
    return { repeat: repeatOnDays(everyOtherDay(turn.restDay), turn.restDay), oneDay: false, everyOther: true };
  }
  // The words around the days slot always say "every" ("remind me every {days}", "har {days}"); the one-day slot's own
  // words must.
  const days = daysOfPhrase(turn, inSlots, inSlots !== '') ?? daysOfPhrase(turn, spokenOnce, false);
  const oneDay = once.status === 'match' || (spokenOnce !== undefined && asksOneDay(spokenOnce));
  if (days === undefined) return { oneDay };
  return { repeat: days === 'daily' ? 'daily' : repeatOnDays(days, turn.restDay), oneDay };
}

/** Words of a part of the day said before a clock time ("shaam 6:30 baje", "सुबह 7 बजे"), with the part each names. */
const PART_WORDS: Readonly<Record<string, PartOfDay>> = Object.fromEntries(
  (
    [
      ['MO', 'subah savere sawere सुबह सवेरे morning'],
      ['AF', 'dopahar dophar दोपहर afternoon'],
      ['EV', 'shaam sham शाम evening'],
      ['NI', 'raat रात night'],
    ] as const
  ).flatMap(([part, words]) => words.split(' ').map((word) => [word.normalize('NFC'), part])),
);
/**
 * A clock time inside the words the days slot took ("weekday shaam 6 30 baje", "monday at 7 pm"): an hour, maybe its
 * minutes, then "baje", "बजे", "am", "pm" or "o'clock", with a part of the day before it when said.
 */
const TIME_IN_WORDS = /(?:^|\s)(?:(\S+)\s+)?(?:at\s+)?(\d{1,2})(?:[:.\s](\d{2}))?\s*(baje|बजे|a\.?m\.?|p\.?m\.?|o'?clock)(?=\s|$)/iu;

/**
 * The time the days slot took with the days (found by a helper trying the console as an Indian user: "har weekday
 * shaam 6:30 baje yaad dilana" asked for the time), as AMAZON.TIME would give it ("HH:MM"), read in the part of the day
 * said. None when the words hold no time. The days are read from the same words, which a time leaves alone.
 */
export function timeInDays(phrase: string): string | undefined {
  const match = TIME_IN_WORDS.exec(phrase.normalize('NFC'));
  if (!match) return minutesPastInDays(phrase);
  const [, before, hourSaid, minuteSaid, marker] = match;
  const [hour, minute] = [Number(hourSaid), Number(minuteSaid ?? 0)];
  if (hour < 1 || hour > 12 || minute > 59) return undefined;
  const part = before === undefined ? undefined : PART_WORDS[before.toLowerCase()];
  const pm = /^p/i.test(marker ?? '');
  const am = /^a/i.test(marker ?? '');
  const clock = formatClockTime({ hour: pm && hour < 12 ? hour + 12 : am && hour === 12 ? 0 : hour, minute });
  return pm || am ? clock : (inPartOfDay(clock, part) ?? clock);
}

/**
 * An hour and its minutes said with a part of the day and no "am" or "pm" ("set a reminder for 9:30 every morning", the
 * days slot taking "9 30 every morning"): read in that part of the day (found by a helper trying the console: the time
 * said before, 9 AM, was said back).
 */
const MINUTES_PAST = /(?:^|\s)(?:at\s+)?(\d{1,2})[:.\s](\d{2})(?=\s|$)/u;
function minutesPastInDays(phrase: string): string | undefined {
  const said = phrase.normalize('NFC');
  const match = MINUTES_PAST.exec(said);
  if (!match) return undefined;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  if (hour < 1 || hour > 12 || minute > 59) return undefined;
  const part = said.toLowerCase().split(/\s+/).map((word) => PART_WORDS[word.replace(/s$/, '')]).find((known) => known !== undefined);
  if (part === undefined) return undefined;
  // The small hours said of the night are AM ("1:30 every night": found in review, 1:30 PM).
  if (part === 'NI' && hour < 5) return formatClockTime({ hour, minute });
  return inPartOfDay(formatClockTime({ hour, minute }), part);
}

/** A morning hour ("08:00", as AMAZON.TIME gives "at 8") already gone by `hourNow`: the same hour in the evening. */
export function laterToday(time: string | undefined, hourNow: number): string | undefined {
  const clock = parseClockTime(time);
  if (!clock || clock.hour < 1 || clock.hour > 11 || clock.hour > hourNow) return time;
  return formatClockTime({ hour: clock.hour + 12, minute: clock.minute });
}

/**
 * A time the one-day slot took with the day ("can you remind me to work out at like 6 tomorrow"), as AMAZON.TIME gives
 * an hour said alone (found by a helper trying the console in en-CA: the time was asked for again, and "yes" to it too).
 */
const HOUR_AT = /(?:^|\s)at\s+(?:like\s+|about\s+|around\s+)?(\d{1,2})(?:[:.\s](\d{2}))?(?=\s|$)/u;
/** Said with the hour, the afternoon or the evening: PM ("at 6 tomorrow evening", "at like 8 tonight"; found in review). */
const AFTER_NOON = /\b(?:afternoon|evening|night|tonight|arvo)\b/iu;
/** Later today: which half of the day the hour is in depends on the hour now, which this reading does not know: asked. */
const LATER_TODAY = /\b(?:today|later)\b/iu;
function timeInOneDay(turn: Turn): string | undefined {
  const once = resolvedSlot(turn.input, 'once');
  if (once.status !== 'no-match') return undefined;
  const inWords = timeInDays(once.spoken);
  if (inWords) return inWords;
  const match = HOUR_AT.exec(once.spoken);
  const [hour, minute] = [Number(match?.[1]), Number(match?.[2] ?? 0)];
  if (!match || hour < 1 || hour > 12 || minute > 59 || LATER_TODAY.test(once.spoken)) return undefined;
  return formatClockTime({ hour: AFTER_NOON.test(once.spoken) && hour < 12 ? hour + 12 : hour, minute });
}

/** The time a request names: its time slot, or the one said with "tonight" or "every evening", read as PM. */
const timeSaid = (turn: Turn): string | undefined => slotValue(turn.input, 'time') ?? inTheEvening(slotValue(turn.input, 'evening'));

/** "Remind me to work out at 7 am", "remind me every weekday at 6:30", "remind me on my workout days", "7 am". */
export const setReminder = route(
  (turn) => said(turn, ...Object.keys(REPEAT_SAID)),
  async (turn) => {
    const { repeat, oneDay, everyOther } = await daysAsked(turn);
    // The time "move my reminder" asked for, said alone, moves them.
    if (repeat === undefined && turn.offer?.kind === 'reminderTime' && turn.offer.moving) return moveReminders(turn, timeSaid(turn));
    // A time said over "move them to 8 PM?": the hour said first, said again ("no, 8"), as said; another ("make it 9")
    // read near the reminders and asked about; none, the question for the time (never a move without a yes).
    if (repeat === undefined && turn.offer?.kind === 'moveReminders') return moveReminders(turn, timeSaid(turn), { declined: turn.offer.time });
    // "Remind me tomorrow at 6": one day asked for; the skill sets only repeating reminders, and says so first.
    const said = timeSaid(turn) ?? timeInDays(slotValue(turn.input, 'days') ?? '') ?? timeInOneDay(turn);
    // "Later today at 8", said at 6:30 PM: an hour already gone this morning is the evening's (found by a helper trying
    // the console: 8 AM was offered).
    const once = resolvedSlot(turn.input, 'once');
    const stillToday = once.status === 'match' && (once.id === 'today' || once.id === 'later');
    const time = stillToday ? laterToday(said, await turn.hourNow()) : said;
    return offerReminder(turn, repeat, time, oneDay ? 'onlyRepeating' : everyOther ? 'everyOtherDay' : undefined);
  },
);
export const whichReminders = route((turn) => said(turn, 'ListRemindersIntent'), listReminders);
/**
 * A reminder being set is not yet one to move: "change it to 7" then corrects the time said back, or answers the
 * question for a time, keeping the days. The question "move my reminder" asked is answered by moving them.
 */
export const settingOne = (turn: Turn): boolean =>
  turn.offer?.kind === 'setReminder' || (turn.offer?.kind === 'reminderTime' && turn.offer.moving === undefined);
export const moveReminder = route(
  (turn) => said(turn, 'MoveReminderIntent'),
  (turn) => (settingOne(turn) ? offerReminder(turn, undefined, timeSaid(turn)) : moveReminders(turn, timeSaid(turn), turn.offer?.kind === 'moveReminders' ? { declined: turn.offer.time } : {})),
);
/**
 * "Cancel my reminders": which there are, asked about first. To "Shall I cancel them?", "cancel" (Alexa's own cancel)
 * and the request said again are a yes (found in review: "cancel" said bye, and the reminders stayed).
 */
export const stopReminders = route(
  (turn) => said(turn, 'CancelRemindersIntent') || (turn.offer?.kind === 'cancelReminders' && said(turn, 'AMAZON.CancelIntent')),
  (turn) => cancelReminders(turn, turn.offer?.kind === 'cancelReminders'),
);

/** Alexa's answer to the voice permission request the skill sent (Connections.SendRequest, AskFor). */
export const consent = route(
  (turn) => isRequest(turn.input, 'Connections.Response') && (turn.input.requestEnvelope.request as { name?: unknown }).name === 'AskFor',
  consentAnswered,
);
