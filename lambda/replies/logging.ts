import type { Response } from 'ask-sdk-model';
import { findExercise } from '../content/catalogue';
import type { Mode } from '../conversation/mode';
import { type Turn, unlessUnavailable } from '../conversation/turn';
import { type LocalDate, formatIsoWeek, isoWeekOf, weekdayOf } from '../domain/calendar';
import { type Activity, type ActivityLog, LIMITS, type WeekProgress } from '../domain/progress';
import { planForDay, plannedMinutes, weeklyTargets } from '../domain/weekly-plan';
import { type Speech, speech } from '../speech/ssml';
import { coachAfterLog } from './coach';

/** What each day of the plan counts as once it is done. */
export const ACTIVITY_FOR_DAY = { strength: 'strength', hiit: 'hiit', cardio: 'cardio', rest: 'stretch' } as const satisfies Record<string, Activity>;

/** The Alexa requestId, which counts a retried log once; without a usable one a log can't be kept safely. */
function requestIdOf(turn: Turn): string | undefined {
  const id: unknown = turn.input.requestEnvelope.request.requestId;
  return typeof id === 'string' && id.length > 0 && id.length <= LIMITS.maxRequestIdLength ? id : undefined;
}

function loggedLine(turn: Turn, log: ActivityLog): string {
  const { t } = turn;
  switch (log.activity) {
    case 'hiit':
    case 'cardio':
      return log.minutes ? t.t(`log.logged.${log.activity}Minutes`, { minutes: log.minutes }) : t.t(`log.logged.${log.activity}`);
    case 'walk':
      return log.extraSteps ? t.t('log.logged.walkSteps', { steps: log.extraSteps }) : t.t('log.logged.walk');
    default:
      return t.t(`log.logged.${log.activity}`);
  }
}

function weekLine(turn: Turn, activity: Activity, week: WeekProgress): string {
  const { t } = turn;
  const targets = weeklyTargets(turn.restDay);
  switch (activity) {
    case 'strength':
    case 'hiit':
    case 'cardio':
      return t.t(`log.count.${activity}`, { done: week.sessions[activity], target: targets[activity] });
    case 'walk':
      return t.t('log.count.walk', { steps: week.extraSteps });
    case 'stretch':
      return t.t('log.count.stretch');
  }
}

export interface RecordOptions {
  /** Said first ("That's your strength workout done."). */
  readonly lead?: Speech;
  /** The log finishes a guided workout: the saved place is cleared in the same write, and the session's workout ends. */
  readonly endsWorkout?: boolean;
  /** The day the activity belongs to (a workout started before midnight); today by default. */
  readonly day?: LocalDate;
}

/** One atomic write, then what it means for the week, from that same write. */
export async function recordAndTell(
  turn: Turn,
  activity: Activity,
  amounts: { minutes?: number; extraSteps?: number },
  options: RecordOptions = {},
): Promise<Response> {
  const { t } = turn;
  const ending: { mode?: Mode } = options.endsWorkout ? { mode: { kind: 'idle' } } : {};
  const question = t.t('log.question');
  const reprompt = speech(t.t('anythingElse.reprompt'));
  if ((amounts.minutes ?? 0) > LIMITS.maxMinutes || (amounts.extraSteps ?? 0) > LIMITS.maxExtraSteps) {
    return turn.reply({ speech: speech(t.t('log.tooMuch'), question), reprompt });
  }
  const today = options.day ?? (await turn.today());
  const requestId = requestIdOf(turn);
  const lead = options.lead ?? speech();
  const log: ActivityLog | undefined = requestId === undefined ? undefined : {
    week: formatIsoWeek(isoWeekOf(today)),
    weekday: weekdayOf(today),
    activity,
    requestId,
    ...(amounts.minutes !== undefined && { minutes: amounts.minutes }),
    ...(amounts.extraSteps !== undefined && { extraSteps: amounts.extraSteps }),
    ...(options.endsWorkout && { endsWorkout: true }),
  };
  const recorded = log && (await unlessUnavailable(turn.withStore((store, user) => store.recordActivity(user, log))));
  if (!log || !recorded) return turn.reply({ speech: lead.say(t.t('log.notSaved'), question), reprompt, ...ending });
  if (recorded.outcome === 'duplicate') return turn.reply({ speech: lead.say(t.t('log.duplicate'), question), reprompt, ...ending });
  // The coach's word on it: a rest note when one is due, and the one offer of reminders after a finished workout.
  const coach = recorded.week ? await coachAfterLog(turn, log, recorded.week, today, options.endsWorkout === true) : {};
  const said = lead.say(loggedLine(turn, log), recorded.week ? weekLine(turn, activity, recorded.week) : undefined, t.t('log.undoHint'), coach.note, coach.ask?.question ?? question);
  return turn.reply({ speech: said, reprompt: coach.ask ? speech(coach.ask.reprompt) : reprompt, lastLog: log, ...ending, ...(coach.ask && { offer: coach.ask.offer }) });
}

/** "I did my strength workout", "I swam for thirty minutes", "I walked two thousand extra steps". */
export function logActivity(turn: Turn, named: Activity | undefined, minutes: number | undefined, extraSteps: number | undefined): Promise<Response> | Response {
  const { t } = turn;
  const activity = named ?? (extraSteps !== undefined ? 'walk' : undefined);
  if (!activity) return turn.reply({ speech: speech(t.t('log.what')), reprompt: speech(t.t('log.what.reprompt')) });
  return recordAndTell(turn, activity, {
    ...(minutes !== undefined && { minutes }),
    ...(activity === 'walk' && extraSteps !== undefined && { extraSteps }),
  });
}

/** "I finished today's workout": logs what today's plan called for. */
export async function logToday(turn: Turn): Promise<Response> {
  await turn.personalise();
  const day = planForDay(weekdayOf(await turn.today()), turn.restDay);
  const dose = findExercise(turn.catalogue, day.exerciseIds[0])?.dose[turn.level];
  const minutes = plannedMinutes(dose);
  return recordAndTell(turn, ACTIVITY_FOR_DAY[day.kind], minutes === undefined ? {} : { minutes });
}

/** "Undo that", right after a log: takes back exactly that log, atomically. */
export async function undoLastLog(turn: Turn): Promise<Response> {
  const { t, state } = turn;
  const reprompt = speech(t.t('anythingElse.reprompt'));
  const { lastLog } = state;
  if (!lastLog) return turn.reply({ speech: speech(t.t('undo.nothing'), t.t('anythingElse')), reprompt });
  const outcome = await unlessUnavailable(turn.withStore((store, user) => store.undoActivity(user, lastLog)));
  // Unreachable: keep the log in hand, so "undo" can be tried again.
  if (outcome === undefined) return turn.reply({ speech: speech(t.t('progress.unavailable'), t.t('anythingElse')), reprompt, lastLog });
  return turn.reply({ speech: speech(t.t(outcome === 'undone' ? 'undo.done' : 'undo.nothing'), t.t('anythingElse')), reprompt });
}
