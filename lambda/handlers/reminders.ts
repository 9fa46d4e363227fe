import { forIntent, isRequest, resolvedSlot, slotValue } from '../conversation/requests';
import type { Turn } from '../conversation/turn';
import { WEEKDAYS, type Weekday } from '../domain/calendar';
import { inTheEvening, type Repeat, repeatOnDays } from '../domain/reminder-schedule';
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

/** Words that say the days named are the ones left out ("every day but Sunday", "रविवार छोड़कर"). */
const ALL_BUT = /\b(but|except|apart from|other than|besides)\b|छोड़कर|छोड़ के|के अलावा|\b(chhodkar|chhod kar|chhod ke|ke alawa)\b/i;
/** A word between two days that says every day from one to the other ("Monday to Friday", "सोमवार से शुक्रवार"). */
const RANGE_WORDS = new Set(['to', 'through', 'thru', 'till', 'until', 'से', 'se']);
/** Words of a weekend, and of a part of every day ("har subah": every morning), said where weekdays are heard. */
const WEEKEND = /\b(weekend|weekends)\b|वीकेंड|\bweekend\b/i;
const EVERY_DAY = /\b(every day|everyday|daily|morning|mornings|evening|evenings|night|nights|din|roz|subah|shaam|sham|raat)\b|दिन|रोज़|रोज|सुबह|शाम|रात/i;
/** Words that ask for one day, not every week ("next Monday", "this Friday", "on Monday" but not "on Mondays"). */
const ONE_DAY = /\b(next|this|coming)\b|अगले|इस\s|^on \w+day$/i;

const weekdayWord = (turn: Turn, word: string): Weekday | undefined => weekdayNamed(turn.t, word) ?? weekdayNamed(turn.t, word.replace(/'?s$/i, ''));

/** Each weekday a phrase names, in order ("mondays" is Monday). */
function weekdaysIn(turn: Turn, phrase: string | undefined): Weekday[] {
  return (phrase ?? '').split(/[\s,]+/).flatMap((word) => {
    const day = weekdayWord(turn, word);
    return day ? [day] : [];
  });
}

/** True when a phrase says one day, a word of a run, and another, side by side ("monday to friday", "सोमवार से शुक्रवार"). */
function saysRun(turn: Turn, phrase: string): boolean {
  const words = phrase.toLowerCase().split(/[\s,]+/);
  return words.some((word, at) => RANGE_WORDS.has(word) && at > 0 && weekdayWord(turn, words[at - 1]!) !== undefined && weekdayWord(turn, words[at + 1] ?? '') !== undefined);
}

/**
 * The days a phrase of weekdays asks for: those named, or all but them ("every day but Sunday"), or every day from one
 * to another ("Monday to Friday"), a weekend, the rest day; "every day" (or a part of it) when it names none but says
 * so. Undefined when it asks for no days ("at seven").
 */
function daysOfPhrase(turn: Turn, phrase: string | undefined): readonly Weekday[] | 'daily' | undefined {
  const named = weekdaysIn(turn, phrase);
  const said = phrase ?? '';
  if (WEEKEND.test(said)) named.push(6, 7);
  if (/\brest day\b/i.test(said)) named.push(turn.restDay);
  const days = [...new Set(named)];
  if (days.length > 0 && ALL_BUT.test(said)) return WEEKDAYS.filter((day) => !days.includes(day));
  const [from, to] = named;
  if (named.length === 2 && from !== undefined && to !== undefined && saysRun(turn, said)) {
    return WEEKDAYS.map((_, at) => ((((from - 1 + at) % 7) + 1) as Weekday)).slice(0, ((to - from + 7) % 7) + 1);
  }
  if (days.length > 0) return days;
  return EVERY_DAY.test(said) ? 'daily' : undefined;
}

/**
 * "Remind me every Monday, Wednesday and Friday at 7": the days said, or their name when they make one (Monday to
 * Friday said one by one is every weekday). They come in a day slot each, in the slot that takes three together, or in
 * the words the one-day slot took ("can you remind me every Monday at 7"); days not heard are none said, and the
 * reminder keeps the days it would have. `oneDay`: said as one day ("next Monday"), which the answer says it sets weekly.
 */
async function daysAsked(turn: Turn): Promise<{ repeat?: Repeat; oneDay: boolean }> {
  if (!said(turn, 'SetReminderIntent')) return { repeat: forIntent(turn.input, REPEAT_SAID), oneDay: false };
  await turn.personalise();
  const once = resolvedSlot(turn.input, 'once');
  const spokenOnce = once.status === 'no-match' ? once.spoken : undefined;
  const inSlots = [slotValue(turn.input, 'day'), slotValue(turn.input, 'dayTwo'), slotValue(turn.input, 'days')].filter((part) => part !== undefined).join(' ');
  const days = daysOfPhrase(turn, inSlots) ?? daysOfPhrase(turn, spokenOnce);
  const oneDay = once.status === 'match' || (spokenOnce !== undefined && days !== undefined && ONE_DAY.test(spokenOnce));
  if (days === undefined) return { oneDay };
  return { repeat: days === 'daily' ? 'daily' : repeatOnDays(days, turn.restDay), oneDay };
}

/** The time a request names: its time slot, or the one said with "tonight" or "every evening", read as PM. */
const timeSaid = (turn: Turn): string | undefined => slotValue(turn.input, 'time') ?? inTheEvening(slotValue(turn.input, 'evening'));

/** "Remind me to work out at 7 am", "remind me every weekday at 6:30", "remind me on my workout days", "7 am". */
export const setReminder = route(
  (turn) => said(turn, ...Object.keys(REPEAT_SAID)),
  async (turn) => {
    const { repeat, oneDay } = await daysAsked(turn);
    // The time "move my reminder" asked for, said alone, moves them.
    if (repeat === undefined && turn.offer?.kind === 'reminderTime' && turn.offer.moving) return moveReminders(turn, timeSaid(turn));
    // "Remind me tomorrow at 6": one day asked for; the skill sets only repeating reminders, and says so first.
    return offerReminder(turn, repeat, timeSaid(turn), oneDay);
  },
);
export const whichReminders = route((turn) => said(turn, 'ListRemindersIntent'), listReminders);
/**
 * A reminder being set is not yet one to move: "change it to 7" then corrects the time said back, or answers the
 * question for a time, keeping the days. The question "move my reminder" asked is answered by moving them.
 */
const settingOne = (turn: Turn): boolean =>
  turn.offer?.kind === 'setReminder' || (turn.offer?.kind === 'reminderTime' && turn.offer.moving === undefined);
export const moveReminder = route(
  (turn) => said(turn, 'MoveReminderIntent'),
  (turn) => (settingOne(turn) ? offerReminder(turn, undefined, timeSaid(turn)) : moveReminders(turn, timeSaid(turn))),
);
export const stopReminders = route((turn) => said(turn, 'CancelRemindersIntent'), cancelReminders);

/** Alexa's answer to the voice permission request the skill sent (Connections.SendRequest, AskFor). */
export const consent = route(
  (turn) => isRequest(turn.input, 'Connections.Response') && (turn.input.requestEnvelope.request as { name?: unknown }).name === 'AskFor',
  consentAnswered,
);
