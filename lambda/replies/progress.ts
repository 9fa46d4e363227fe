import type { Response } from 'ask-sdk-model';
import { workoutOf } from '../conversation/mode';
import { type Turn, stored, unlessUnavailable } from '../conversation/turn';
import { type ReportQuery, daysOfMonth, reportQuery, totalsForDays } from '../domain/activity-report';
import { type LocalDate, addDays, daysBetween, formatIsoWeek, isoWeekOf, mondayOf, parseIsoWeek, weekdayOf } from '../domain/calendar';
import { type Activity, type ActivityLog, countedOn, recentWeekIds, weekReport } from '../domain/progress';
import { trainingDaysLeft, weeklyTargets } from '../domain/weekly-plan';
import type { Translator } from '../i18n/translator';
import { speakDayReport, speakMonthReport, speakPastWeek, speakWeekOfKind, speakWeekReport } from '../speech/progress';
import { type Speech, speech } from '../speech/ssml';
import { HISTORY_WEEKS, type UserHistory } from '../store/progress-store';
import { shortKey } from '../store/user-key';
import { speakDate, speakDay, speakDayInSentence } from '../text/dates';
import { askAgain, goOn } from './go-on';
import { ACTIVITY_FOR_DAY } from './logging';
import { type RemindersErased, eraseReminders, remindersToErase } from './reminders';
import { offerYesterdaysWorkout, unloggedToday } from './workout';

/** Any progress answer when the store cannot be reached: say so, and keep the conversation going. */
export function tellProgressUnavailable(turn: Turn): Response {
  const { question, reprompt } = goOn(turn);
  return turn.reply({ speech: speech(turn.t.t('progress.unavailable'), question), reprompt: speech(reprompt) });
}

function monthName(t: Translator, year: number, month: number): string {
  return new Intl.DateTimeFormat(t.locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** The answer to one question about progress, from the one read. */
function progressFor(turn: Turn, history: UserHistory, today: LocalDate, asked: string | undefined, activity?: Activity): Speech {
  const { t } = turn;
  const targets = weeklyTargets(turn.restDay);
  const query = reportQuery(asked, today);
  switch (query.kind) {
    case 'future':
      return speech(t.t('progress.future'));
    case 'day': {
      const told = speakDayReport(t, turn.catalogue, totalsForDays(history.weeks, [query.date]), speakDay(t, query.date, today), speakDayInSentence(t, query.date, today));
      const unlogged = !activity && daysBetween(query.date, today) === 0 && !workoutOf(turn.mode) ? unloggedToday(turn, history, today) : undefined;
      return unlogged ? told.say(unlogged) : told;
    }
    case 'month': {
      const thisMonth = query.year === today.year && query.month === today.month;
      const totals = totalsForDays(history.weeks, daysOfMonth(query.year, query.month, today));
      return speakMonthReport(t, turn.catalogue, totals, thisMonth ? null : monthName(t, query.year, query.month));
    }
    case 'week': {
      const { thisWeek, previous } = recentWeekIds(today, HISTORY_WEEKS - 1);
      if (query.week === thisWeek) {
        const week = history.weeks.find((candidate) => candidate.week === thisWeek);
        const weekday = weekdayOf(today);
        const todayDone = countedOn(week, weekday, ACTIVITY_FOR_DAY[turn.planOn(today).kind]);
        const daysLeft = trainingDaysLeft(weekday, turn.restDay, todayDone, turn.weekPlanOf(today));
        if (activity) return speakWeekOfKind(t, weekReport(history.weeks, thisWeek, previous, targets), activity, daysLeft);
        const told = speakWeekReport(t, weekReport(history.weeks, thisWeek, previous, targets), daysLeft);
        // Not with a workout under way: the place kept is the one running (found in review: "say resume my workout").
        const unlogged = workoutOf(turn.mode) ? undefined : unloggedToday(turn, history, today);
        return unlogged ? told.say(unlogged) : told;
      }
      const monday = mondayOf(parseIsoWeek(query.week) ?? isoWeekOf(today));
      const before = recentWeekIds(monday, HISTORY_WEEKS - 1).previous;
      const name = previous[0] === query.week ? t.t('progress.lastWeekName') : t.t('progress.weekOfName', { date: speakDate(t, monday) });
      return speakPastWeek(t, weekReport(history.weeks, query.week, before, targets), name);
    }
  }
}

/**
 * "How am I doing?", "what did I do yesterday?", "how did last week go?", "what did I do this month?": this week
 * against the plan with what is left and the streak; a day with its sessions and exercises; a week gone by; a month.
 * One read, whatever is asked.
 */
export async function tellWeeklyProgress(turn: Turn, asked?: string, activity?: Activity, lead?: string): Promise<Response> {
  const loaded = await unlessUnavailable(Promise.all([turn.history(), turn.today()]));
  if (!loaded) return tellProgressUnavailable(turn);
  const [history, today] = loaded;
  const goOnWith = goOn(turn, 'progress.question');
  const query = reportQuery(asked, today);
  // Yesterday asked about, with a workout left partway then and not logged: told, and offered to log, as the welcome
  // does (found by a helper trying the console in Indian English: "Nothing logged for yesterday", of that workout).
  const yesterdays =
    !activity && query.kind === 'day' && daysBetween(query.date, today) === 1 && !workoutOf(turn.mode) && (!turn.offer || turn.offer.kind === 'logWorkout')
      ? offerYesterdaysWorkout(turn, history, today)
      : undefined;
  const { question, reprompt } = yesterdays ?? goOnWith;
  const lastLog = toldLog(turn, history, query);
  const told = progressFor(turn, history, today, asked, activity).say(question);
  return turn.reply({
    speech: lead ? speech(lead).append(told) : told,
    reprompt: speech(reprompt),
    told: 'progress',
    ...(lastLog && { lastLog }),
    ...(yesterdays && { offer: yesterdays.offer }),
  });
}

/**
 * The log just made, when the answer told of it (its day, its week or its month) and the week still holds it: a
 * correction said next ("no sorry, it was a walk", "actually it was 40 minutes") changes it, as just after the log
 * (noticed trying the console: it logged a second activity). Undo there still asks first (handlers/progress.ts).
 */
function toldLog(turn: Turn, history: UserHistory, query: ReportQuery): ActivityLog | undefined {
  const { lastLog } = turn.state;
  const week = lastLog && history.weeks.find((candidate) => candidate.week === lastLog.week);
  const monday = week && parseIsoWeek(week.week);
  if (!lastLog || !monday || !week.entries.some((entry) => entry.key === shortKey(lastLog.requestId))) return undefined;
  const day = addDays(mondayOf(monday), lastLog.weekday - 1);
  switch (query.kind) {
    case 'future':
      return undefined;
    case 'day':
      return daysBetween(query.date, day) === 0 ? lastLog : undefined;
    case 'week':
      return query.week === lastLog.week ? lastLog : undefined;
    case 'month':
      return query.year === day.year && query.month === day.month ? lastLog : undefined;
  }
}

/** "Reset this week" and "delete all my data" only ever happen after a yes. */
export function confirmReset(turn: Turn): Response {
  const { t } = turn;
  return turn.reply({ speech: speech(t.t('reset.confirm')), reprompt: speech(t.t('reset.confirm.reprompt')), offer: { kind: 'confirmReset' } });
}

/**
 * "What do you know about me": what is kept, under what, for how long, where the voice goes, and how to erase it, as
 * PRIVACY.md says it. The same for everyone: it reads nothing, so it is said even when the store cannot be reached.
 * Asked while a deletion waits for a yes, what deleting erases, and the question again: nothing is deleted without it.
 */
export function tellPrivacy(turn: Turn): Response {
  const deleting = turn.offer?.kind === 'confirmDelete' ? askAgain(turn, turn.t.t('delete.what')) : undefined;
  if (deleting) return deleting;
  const { question, reprompt } = goOn(turn);
  return turn.reply({ speech: speech(turn.t.t('privacy.kept'), question), reprompt: speech(reprompt) });
}

/** "Delete my data": the question says the reminders go only when there are some the yes can cancel. */
export async function confirmDelete(turn: Turn): Promise<Response> {
  const { t } = turn;
  const reminders = await remindersToErase(turn).catch(() => true);
  const question = t.t(reminders ? 'delete.confirm' : 'delete.confirm.noReminders');
  return turn.reply({ speech: speech(question), reprompt: speech(t.t('delete.confirm.reprompt')), offer: { kind: 'confirmDelete' } });
}

export async function resetThisWeek(turn: Turn): Promise<Response> {
  const { t } = turn;
  const week = formatIsoWeek(isoWeekOf(await turn.today()));
  if (!(await stored(turn.withStore((store, user) => store.resetWeek(user, week))))) return tellProgressUnavailable(turn);
  return turn.reply({ speech: speech(t.t('reset.done'), t.t('anythingElse')), reprompt: speech(t.t('anythingElse.reprompt')) });
}

/**
 * "Delete my data", and yes: everything kept, and the reminders this skill set, at once (each has its own budget, and
 * together they stay inside the answer's time). The answer says what became of the reminders.
 */
export async function deleteEverything(turn: Turn): Promise<Response> {
  const { t } = turn;
  // A reminders call that fails in a way of its own is a failure to say, never one that loses the deletion's answer.
  const erasing = eraseReminders(turn).catch((): RemindersErased => 'failed');
  const [deleted, reminders] = await Promise.all([stored(turn.withStore((store, user) => store.deleteUser(user))), erasing]);
  if (!deleted) {
    // Counted by the stack's FailedDeletions alarm: a user asked for their data to go and it is still there.
    turn.deps.log.error('deletion failed', { trigger: 'asked' });
    // The reminders went, though: said, so "try again" is not taken to have done nothing (found in review).
    if (reminders !== 'cancelled') return tellProgressUnavailable(turn);
    const { question, reprompt } = goOn(turn);
    return turn.reply({ speech: speech(t.t('delete.onlyReminders'), question), reprompt: speech(reprompt) });
  }
  return turn.reply({ speech: speech(t.t(reminders === 'cancelled' ? 'delete.done' : `delete.done.${reminders}`)), end: true });
}
