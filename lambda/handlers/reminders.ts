import { forIntent, isRequest, resolvedSlot, slotValue } from '../conversation/requests';
import type { Turn } from '../conversation/turn';
import type { Weekday } from '../domain/calendar';
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

/**
 * The weekdays a request names: one in each day slot ("every Monday and Thursday"), and each said in the slot that
 * takes three together ("Monday, Wednesday and Friday", any three, listed or not). "Mondays" is Monday; a word that is
 * no weekday names none.
 */
function daysSaid(turn: Turn): Weekday[] {
  const words = [slotValue(turn.input, 'day'), slotValue(turn.input, 'dayTwo'), ...(slotValue(turn.input, 'days') ?? '').split(/[\s,]+/)];
  return words.flatMap((word) => {
    const day = weekdayNamed(turn.t, word) ?? weekdayNamed(turn.t, word?.replace(/'?s$/i, ''));
    return day ? [day] : [];
  });
}

/**
 * "Remind me every Monday, Wednesday and Friday at 7": the days said, or their name when they make one (Monday to
 * Friday said one by one is every weekday). Days not heard are none said: the reminder keeps the days it would have.
 */
async function repeatSaid(turn: Turn): Promise<Repeat | undefined> {
  const days = said(turn, 'SetReminderIntent') ? daysSaid(turn) : [];
  if (days.length === 0) return forIntent(turn.input, REPEAT_SAID);
  await turn.personalise();
  return repeatOnDays(days, turn.restDay);
}

/** The time a request names: its time slot, or the one said with "tonight" or "every evening", read as PM. */
const timeSaid = (turn: Turn): string | undefined => slotValue(turn.input, 'time') ?? inTheEvening(slotValue(turn.input, 'evening'));

/** "Remind me to work out at 7 am", "remind me every weekday at 6:30", "remind me on my workout days", "7 am". */
export const setReminder = route(
  (turn) => said(turn, ...Object.keys(REPEAT_SAID)),
  async (turn) => {
    const repeat = await repeatSaid(turn);
    // The time "move my reminder" asked for, said alone, moves them.
    if (repeat === undefined && turn.offer?.kind === 'reminderTime' && turn.offer.moving) return moveReminders(turn, timeSaid(turn));
    // "Remind me tomorrow at 6": one day asked for; the skill sets only repeating reminders, and says so first.
    return offerReminder(turn, repeat, timeSaid(turn), resolvedSlot(turn.input, 'once').status === 'match');
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
