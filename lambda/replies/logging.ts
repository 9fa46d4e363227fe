import type { Response } from 'ask-sdk-model';
import { findExercise, findStrengthExerciseSaid } from '../content/catalogue';
import { kindNamedIn } from '../content/named';
import { type Mode, workoutOf } from '../conversation/mode';
import type { PendingLog } from '../conversation/state';
import { type Turn, unlessUnavailable } from '../conversation/turn';
import { type LocalDate, type Weekday, addDays, daysBetween, formatIsoDate, formatIsoWeek, isoWeekOf, mondayOf, parseIsoDate, parseIsoWeek, previousWeek, weekdayOf } from '../domain/calendar';
import { LOG_DAYS_BACK, type LogDay, dayGoneBy, logDay } from '../domain/log-day';
import { type Activity, type ActivityLog, CARDIO_KINDS, CONFIRM_ABOVE, type CardioKind, LIMITS, type LogEntry, type WeekProgress, countedOn, walksTaken } from '../domain/progress';
import { plannedMinutes, weeklyTargets } from '../domain/weekly-plan';
import type { MessageKey } from '../i18n/translator';
import { type Speech, speech } from '../speech/ssml';
import { type RecordOutcome, StoreUnavailableError, entryOf } from '../store/progress-store';
import { shortKey } from '../store/user-key';
import { dayPhrase, speakDate, speakDayInSentence, weekdayName } from '../text/dates';
import { coachAfterLog } from './coach';
import { describedEntry } from './described';
import { type Closing, askAgain as askPendingAgain, askOrGoOn, goOn } from './go-on';

/** What each day of the plan counts as once it is done. */
export const ACTIVITY_FOR_DAY = { strength: 'strength', hiit: 'hiit', cardio: 'cardio', rest: 'stretch' } as const satisfies Record<string, Activity>;

/** A day holds one session of these: a second one logged for the same day is asked about first. Walks come as they come. */
const ONCE_A_DAY = ['strength', 'hiit', 'cardio', 'stretch'] as const satisfies readonly Activity[];
const onceADay = (activity: Activity): activity is (typeof ONCE_A_DAY)[number] => ONCE_A_DAY.some((once) => once === activity);

/** "this week" or "last week": a log or a removal for a day of last week ("I swam on Sunday", said on a Thursday). */
export function weekName(turn: Turn, week: string, today: LocalDate): string {
  return turn.t.t(week === formatIsoWeek(isoWeekOf(today)) ? 'log.week.this' : 'log.week.last');
}

/** What a log says was done, beyond its kind. */
export interface Amounts {
  readonly minutes?: number;
  readonly extraSteps?: number;
  /** A strength exercise of the day's session ("3 sets of rows"), kept as detail. */
  readonly exercise?: string;
  readonly sets?: number;
  /** The kind of cardio said ("I swam"): kept with a cardio log only. */
  readonly kind?: CardioKind;
}

/** The kind of cardio a log's words name ("swam", "a bike ride", "went for a run"), when they name one such kind. */
export function cardioKindNamedIn(spoken: string | undefined): CardioKind | undefined {
  const kind = kindNamedIn(spoken);
  return CARDIO_KINDS.find((known) => known === kind);
}

/** The Alexa requestId, which counts a retried log once; without a usable one a log can't be kept safely. */
function requestIdOf(turn: Turn): string | undefined {
  const id: unknown = turn.input.requestEnvelope.request.requestId;
  return typeof id === 'string' && id.length > 0 && id.length <= LIMITS.maxRequestIdLength ? id : undefined;
}

function exerciseName(turn: Turn, id: string): string {
  return findExercise(turn.catalogue, id)?.name ?? id;
}

function loggedLine(turn: Turn, log: ActivityLog, addedTo = false): string {
  const { t } = turn;
  if (addedTo) return t.t(`log.added.${log.kind ?? log.activity}`, { minutes: log.minutes ?? 0 });
  if (log.exercise) {
    const exercise = exerciseName(turn, log.exercise);
    return log.sets ? t.t('log.logged.exerciseSets', { exercise, count: log.sets }) : t.t('log.logged.exercise', { exercise });
  }
  switch (log.activity) {
    case 'hiit':
    case 'cardio': {
      const said = log.kind ?? log.activity;
      return log.minutes ? t.t(`log.logged.${said}Minutes`, { minutes: log.minutes }) : t.t(`log.logged.${said}`);
    }
    // Part of a strength workout, not counted as a session: its minutes.
    case 'strength':
      return log.counts === false && log.minutes ? t.t('log.logged.strengthMinutes', { minutes: log.minutes }) : t.t('log.logged.strength');
    case 'walk':
      if (log.minutes && log.extraSteps) return t.t('log.logged.walkBoth', { minutes: log.minutes, steps: log.extraSteps });
      if (log.minutes) return t.t('log.logged.walkMinutes', { minutes: log.minutes });
      return log.extraSteps ? t.t('log.logged.walkSteps', { steps: log.extraSteps }) : t.t('log.logged.walk');
    // "30 minutes of yoga": the minutes said, kept with the log, are said back.
    case 'stretch':
      return log.minutes ? t.t('log.logged.stretchMinutes', { minutes: log.minutes }) : t.t('log.logged.stretch');
    default:
      return t.t(`log.logged.${log.activity}`);
  }
}

/**
 * Where the week stands for this kind of activity, from the week the write came back with; a day of last week ("I swam
 * on Sunday", said on a Thursday) is counted as last week's.
 */
function weekLine(turn: Turn, log: ActivityLog, week: WeekProgress, today: LocalDate, partial = false, addedTo = false): string {
  const { t } = turn;
  // A workout ended early says what fell short of counting it: its sets, its rounds, or the time of its main part.
  if (log.counts === false && !addedTo) return t.t(partial && log.activity !== 'walk' ? `log.partial.${log.activity}` : 'log.detailAdded');
  return countLine(turn, log.activity, week, today);
}

/** "That's 2 of 3 strength sessions this week.": where the week stands for one kind, after a log or a removal. */
export function countLine(turn: Turn, activity: Activity, week: WeekProgress, today: LocalDate): string {
  const { t } = turn;
  const targets = weeklyTargets(turn.restDay);
  const when = weekName(turn, week.week, today);
  switch (activity) {
    case 'strength':
    case 'hiit': {
      const done = week.sessions[activity];
      const target = targets[activity];
      return done > target ? t.t(`log.count.${activity}Over`, { target, extra: done - target, when }) : t.t(`log.count.${activity}`, { done, target, when });
    }
    case 'cardio':
      return t.t('log.count.cardio', { count: week.sessions.cardio, when });
    case 'walk': {
      const minutes = week.entries.filter((entry) => entry.activity === 'walk').reduce((sum, entry) => sum + entry.minutes, 0);
      const walks = walksTaken(week);
      if (walks === 0) return t.t('log.count.walk', { items: t.t('log.count.stepsOnly', { steps: week.extraSteps, when }) });
      const items = [
        minutes > 0 ? t.t('log.count.walksFor', { count: walks, minutes, when }) : t.t('log.count.walks', { count: walks, when }),
        ...(week.extraSteps > 0 ? [t.t('log.count.steps', { steps: week.extraSteps })] : []),
      ];
      return t.t('log.count.walk', { items: t.list(items) });
    }
    case 'stretch':
      return t.t('log.count.stretch');
  }
}

export interface RecordOptions {
  /** Said first ("That's your strength workout done."). */
  readonly lead?: Speech;
  /** The log finishes a guided workout: the saved place is cleared in the same write, and the session's workout ends. */
  readonly endsWorkout?: boolean;
  /** The day the activity belongs to (a workout started before midnight, "yesterday"); today by default. */
  readonly day?: LocalDate;
  /**
   * A log said by voice, not yet agreed: an amount more likely misheard than done, or a second session of its kind
   * that day, is asked about first; an exercise joins the day's strength session when there is one. Reads the week
   * first (the request's one read), so a retried request answers as its first delivery did before anything is asked.
   */
  readonly check?: boolean;
  /** A yes already given to an exercise that only adds to a session counted that day. */
  readonly counts?: false;
  /** Say which day it went to even when it is today: the log was heard some other way, and a day said may be lost. */
  readonly sayDay?: boolean;
  /** Part of a guided workout, less than counts it as a session: its minutes, said not to count (with `counts: false`). */
  readonly partial?: true;
  /** The time of the log just made, said after it ("about forty minutes"): added to it (with `counts: false`). */
  readonly addedTo?: true;
  /** A correction: the log it took back, put back if this one cannot be written. */
  readonly replaces?: ActivityLog;
  /** The day's plan logged whole ("I did my workout"): its minutes are the plan's, not said. */
  readonly planned?: true;
}

function logOf(requestId: string, day: LocalDate, activity: Activity, amounts: Amounts, options: RecordOptions): ActivityLog {
  return {
    week: formatIsoWeek(isoWeekOf(day)),
    weekday: weekdayOf(day),
    activity,
    requestId,
    ...(amounts.minutes !== undefined && { minutes: amounts.minutes }),
    ...(amounts.extraSteps !== undefined && { extraSteps: amounts.extraSteps }),
    ...(amounts.exercise !== undefined && { exercise: amounts.exercise }),
    ...(amounts.exercise !== undefined && amounts.sets !== undefined && { sets: amounts.sets }),
    ...(activity === 'cardio' && amounts.kind !== undefined && { kind: amounts.kind }),
    ...(options.counts === false && { counts: false }),
    ...(options.endsWorkout && { endsWorkout: true }),
  };
}

/** The log as its week stored it, for this request: what a retry answers with and undo takes off. */
function storedLog(entry: LogEntry, log: ActivityLog): ActivityLog {
  return {
    week: log.week,
    weekday: entry.weekday,
    activity: entry.activity,
    requestId: log.requestId,
    ...(entry.minutes > 0 && { minutes: entry.minutes }),
    ...(entry.extraSteps > 0 && { extraSteps: entry.extraSteps }),
    ...(entry.exercise !== undefined && { exercise: entry.exercise }),
    ...(entry.sets !== undefined && { sets: entry.sets }),
    ...(entry.kind !== undefined && { kind: entry.kind }),
    ...(!entry.counts && { counts: false }),
  };
}

function pendingOf(log: ActivityLog, day: LocalDate): PendingLog {
  return {
    activity: log.activity,
    date: formatIsoDate(day),
    ...(log.minutes !== undefined && { minutes: log.minutes }),
    ...(log.extraSteps !== undefined && { extraSteps: log.extraSteps }),
    ...(log.exercise !== undefined && { exercise: log.exercise }),
    ...(log.sets !== undefined && { sets: log.sets }),
    ...(log.kind !== undefined && { kind: log.kind }),
    ...(log.counts === false && { counts: false }),
  };
}

/** One atomic write, then what it means for the week, from that same write. */
export async function recordAndTell(turn: Turn, activity: Activity, amounts: Amounts, options: RecordOptions = {}): Promise<Response> {
  const { t } = turn;
  const ending: { mode?: Mode } = options.endsWorkout ? { mode: { kind: 'idle' } } : {};
  const closing = closingOf(turn, ending);
  const question = closing.question;
  const reprompt = speech(closing.reprompt);
  const lead = options.lead ?? speech();
  // More sets than a log keeps is refused, never kept as the most it keeps (found by a helper trying the console: "10000
  // sets of deadlifts" was said back as "I heard 50 sets", and logged).
  if ((amounts.minutes ?? 0) > LIMITS.maxMinutes || (amounts.extraSteps ?? 0) > LIMITS.maxExtraSteps || (amounts.sets ?? 0) > LIMITS.maxSets) {
    return turn.reply({ speech: lead.say(t.t('log.tooMuch'), question), reprompt, ...ending });
  }
  const today = await turn.today();
  const day = options.day ?? today;
  const requestId = requestIdOf(turn);
  if (requestId === undefined) return turn.reply({ speech: lead.say(t.t('log.notSaved'), question), reprompt, ...ending });
  let log = logOf(requestId, day, activity, amounts, options);

  if (options.check) {
    const big =
      (log.minutes ?? 0) > CONFIRM_ABOVE.minutes ? 'minutes' : (log.extraSteps ?? 0) > CONFIRM_ABOVE.extraSteps ? 'steps' : (log.sets ?? 0) > CONFIRM_ABOVE.sets ? 'sets' : undefined;
    if (big) return askFirst(turn, t.t(`log.confirm.${big}`, { minutes: log.minutes ?? 0, steps: log.extraSteps ?? 0, sets: log.sets ?? 0 }), pendingOf(log, day));
    const history = await unlessUnavailable(turn.history());
    // Nothing has been written: that much is certain.
    if (!history) return turn.reply({ speech: lead.say(t.t('log.notSaved'), question), reprompt, ...ending });
    const week = history.weeks.find((candidate) => candidate.week === log.week);
    const earlier = week?.entries.find((entry) => entry.key === shortKey(requestId));
    if (earlier && week) return tellLogged(turn, storedLog(earlier, log), week, today, options);
    if (week && week.requests >= LIMITS.maxLogsPerWeek) return tellFull(turn, lead, ending);
    const countedThatDay = countedOn(week, log.weekday, log.activity);
    const sameDay = countedThatDay && !anotherKind(week, log);
    if (sameDay && log.exercise) log = { ...log, counts: false };
    else if (sameDay && onceADay(log.activity)) return askAgain(turn, log.activity, log, day, today, week);
    if (saidAgain(turn, week, log)) return askFirst(turn, t.t('log.again.same', { day: speakDayInSentence(t, day, today) }), pendingOf(log, day));
    // Only the workout said whole ("I did my workout", "I did my strength workout"): a run of twenty minutes is no "rest
    // of it", and a no would have lost it (found in review).
    const { activity: kind } = log;
    const whole = options.planned === true || (log.minutes === undefined && log.exercise === undefined);
    // Minutes added to a session counted that day are no workout ended early (found trying the console: a run after a
    // swim with its minutes added was asked about as the rest of a cardio workout).
    const part = !countedThatDay && whole ? partLogged(week, log) : undefined;
    if (part !== undefined && onceADay(kind)) return askAboutRest(turn, log, kind, part, day, today, options.planned === true);
    // What was read can be stale by the write (another device logging at the same moment): the write checks it again.
    // Another kind of cardio that day counts as a session of its own, so it has no first of the day to check.
    if (!countedThatDay && (log.exercise || onceADay(log.activity))) log = { ...log, firstOfDay: true };
  }

  let recorded: RecordOutcome;
  try {
    recorded = await turn.withStore((store, user) => store.recordActivity(user, log));
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    // A write whose answer never came may well have landed: said as such, and undo stays possible.
    if (error.mayHaveLanded) return turn.reply({ speech: lead.say(t.t('log.unsure'), question), reprompt, lastLog: log, ...ending });
    if (options.replaces) return putBack(turn, options.replaces, ending);
    return turn.reply({ speech: lead.say(t.t('log.notSaved'), question), reprompt, ...ending });
  }
  switch (recorded.outcome) {
    case 'full':
      return options.replaces ? putBack(turn, options.replaces, ending) : tellFull(turn, lead, ending);
    case 'duplicate':
      // This request was counted before (Alexa sent it again): the answer is the first one's, undo included.
      if (!recorded.entry) return turn.reply({ speech: lead.say(t.t('log.duplicate'), question), reprompt, ...ending });
      return tellLogged(turn, storedLog(recorded.entry, log), recorded.week, today, options);
    case 'recorded':
      return tellLogged(turn, log, recorded.week, today, options);
    case 'same-day':
      // Another device counted a session of this kind that day since the read: an exercise adds to it, a session is asked about.
      if (!log.exercise && onceADay(log.activity)) return askAgain(turn, log.activity, log, day, today, recorded.week);
      return recordAndTell(turn, activity, amounts, { ...options, check: false, counts: false });
  }
}

/**
 * A log made with nothing said about it (the session is ending): true once its week holds it, a retry's first write
 * included; false for a week full or a store down. As a workout finished by "next" is, a second session of a kind in a
 * day is logged as one (a workout done twice was done twice).
 */
export async function recordQuietly(turn: Turn, activity: Activity, amounts: Amounts, options: Pick<RecordOptions, 'day' | 'endsWorkout'>): Promise<boolean> {
  const requestId = requestIdOf(turn);
  if (requestId === undefined) return false;
  const log = logOf(requestId, options.day ?? (await turn.today()), activity, amounts, options);
  const recorded = await unlessUnavailable(turn.withStore((store, user) => store.recordActivity(user, log)));
  return recorded?.outcome === 'recorded' || recorded?.outcome === 'duplicate';
}

/** "You've already logged a strength session today. Log another?", "… a run today": by the kind of cardio said. */
function askAgain(turn: Turn, activity: (typeof ONCE_A_DAY)[number], log: ActivityLog, day: LocalDate, today: LocalDate, week: WeekProgress | undefined): Response {
  const { t } = turn;
  // "You've already logged a run" only over a run: over skipping, which has no kind, it is cardio that was logged (found
  // by a helper trying the console: "today I went for a jog" after skipping was told a run was logged already).
  const sameKind = (week?.entries ?? []).some((entry) => entry.counts && entry.weekday === log.weekday && entry.activity === log.activity && entry.kind === log.kind);
  const said = log.kind !== undefined && sameKind ? log.kind : activity;
  return askFirst(turn, t.t(`log.again.${said}`, { day: speakDayInSentence(t, day, today) }), pendingOf(log, day));
}

/**
 * A kind of cardio none of that day's counted cardio was ("went for a run" after a swim): another session, never the
 * same one said again, so not asked about. Cardio with no kind said may be any of them.
 */
function anotherKind(week: WeekProgress | undefined, log: Pick<ActivityLog, 'activity' | 'weekday' | 'kind'>): boolean {
  const counted = (week?.entries ?? []).filter((entry) => entry.counts && entry.weekday === log.weekday && entry.activity === log.activity);
  return log.kind !== undefined && counted.every((entry) => entry.kind !== undefined && entry.kind !== log.kind);
}

/**
 * The same log as one made this session and still in its week: its kind, day, time, steps, exercise and sets. Found by
 * a tester: "I walked for 30 minutes" said twice, as people do when unsure they were heard, counted two walks. Only
 * this session's logs: two walks of the same length on one day, told at different times, are common.
 */
function saidAgain(turn: Turn, week: WeekProgress | undefined, log: Pick<ActivityLog, 'activity' | 'weekday' | 'minutes' | 'extraSteps' | 'exercise' | 'sets' | 'kind'>): boolean {
  const keys = turn.state.sessionLogs ?? [];
  return (week?.entries ?? []).some(
    (entry) =>
      keys.includes(entry.key) &&
      entry.activity === log.activity &&
      entry.weekday === log.weekday &&
      entry.minutes === (log.minutes ?? 0) &&
      entry.extraSteps === (log.extraSteps ?? 0) &&
      entry.exercise === log.exercise &&
      entry.sets === log.sets &&
      entry.kind === log.kind,
  );
}

/** Steps said without "extra", the same as steps logged this session: read only when this session logged anything. */
async function stepsSaidAgain(turn: Turn, day: LocalDate, log: PendingLog): Promise<boolean> {
  if (!turn.state.sessionLogs) return false;
  const history = await unlessUnavailable(turn.history());
  const week = formatIsoWeek(isoWeekOf(day));
  return saidAgain(turn, history?.weeks.find((candidate) => candidate.week === week), { ...log, weekday: weekdayOf(day) });
}

function tellFull(turn: Turn, lead: Speech, ending: { mode?: Mode }): Response {
  const { question, reprompt } = closingOf(turn, ending);
  return turn.reply({ speech: lead.say(turn.t.t('log.full', { count: LIMITS.maxLogsPerWeek }), question), reprompt: speech(reprompt), ...ending });
}

/**
 * How a log's answer ends: mid-workout, back to the workout (found by a tester: a walk logged during HIIT ended
 * "Anything else?", as if none were running); once the log ends the workout, or with none under way, "Anything else?".
 */
function closingOf(turn: Turn, ending: { mode?: Mode } = {}): Closing {
  return ending.mode ? { question: turn.t.t('log.question'), reprompt: turn.t.t('anythingElse.reprompt') } : goOn(turn, 'log.question');
}

/** A log that waits for a yes. */
function askFirst(turn: Turn, question: string, log: PendingLog): Response {
  const { t } = turn;
  return turn.reply({ speech: speech(question), reprompt: speech(t.t('log.confirm.reprompt')), offer: { kind: 'confirmLog', log } });
}

/** What was logged, the day it went to when that is not plainly today, the week, and undo. */
async function tellLogged(turn: Turn, log: ActivityLog, week: WeekProgress | undefined, today: LocalDate, options: RecordOptions): Promise<Response> {
  const { t } = turn;
  const ending: { mode?: Mode } = options.endsWorkout ? { mode: { kind: 'idle' } } : {};
  const day = options.day ?? today;
  const date = speakDate(t, day);
  const dayNote = daysBetween(day, today) !== 0 || options.sayDay ? t.t('log.forDate', { date }) : (await turn.timeZoneKnown()) ? undefined : t.t('log.forDateGuessed', { date });
  // The coach's word on it: a rest note when one is due, and the one offer of reminders after a finished workout.
  const next = askWhatNext(turn);
  const coach = week ? await coachAfterLog(turn, log, week, day, options.endsWorkout === true) : {};
  // The next thing told at once comes before any offer of the coach's, which waits for another log.
  const ask = next ?? coach.ask;
  const closing = closingOf(turn, ending);
  const said = (options.lead ?? speech()).say(
    loggedLine(turn, log, options.addedTo === true),
    dayNote,
    week ? weekLine(turn, log, week, today, options.partial === true, options.addedTo === true) : undefined,
    t.t('log.undoHint'),
    coach.note,
    ask?.question ?? closing.question,
  );
  return turn.reply({
    speech: said,
    reprompt: speech(ask?.reprompt ?? closing.reprompt),
    lastLog: log,
    ...(options.planned && { lastLogPlanned: true as const }),
    ...(options.replaces && { corrected: options.replaces }),
    ...ending,
    ...(ask && { offer: ask.offer }),
  });
}

/** What a log by voice said: its kind, amounts, the words for it ("deadlifts"), sets, and the day (an AMAZON.DATE value). */
export interface SaidLog {
  readonly activity?: Activity;
  readonly minutes?: number;
  readonly extraSteps?: number;
  /** Steps said without "extra": logged as extra when few enough to be, else asked about first. */
  readonly daySteps?: number;
  readonly said?: string;
  /** The kind of cardio, when known apart from the words (a log that waited for a yes); else read from `said`. */
  readonly kind?: CardioKind;
  readonly sets?: number;
  readonly date?: string;
  /** Said with "yesterday" or "last night" after the activity, in a wording of its own. */
  readonly yesterday?: boolean;
  /** A day of the week said inside a phrase heard whole ("swam half an hour on monday"): its last occurrence, today included. */
  readonly weekday?: Weekday;
  /** "Last monday": that weekday's last occurrence before today, a week back when today is that weekday. */
  readonly lastWeekday?: boolean;
  /**
   * A day of the month said inside a phrase heard whole ("swam on the 2nd", "ran on november 21st"): its last
   * occurrence, today included (this month's, or the last month's when that is still to come; the month when named).
   */
  readonly monthDay?: { readonly day: number; readonly month?: number };
  /** Days back said inside a phrase heard whole as a word of its own ("parson walk kiya": two). */
  readonly daysBack?: number;
  /** Heard through another request's open slot, whose own words (a "yesterday") are lost: the answer says the day. */
  readonly sayDay?: boolean;
}

/**
 * "I did my strength workout", "I swam for thirty minutes yesterday", "I walked 45 minutes", "3 sets of rows": logged
 * to its day (up to LOG_DAYS_BACK days back, never ahead), a strength exercise as part of that day's session.
 */
export async function logActivity(turn: Turn, heard: SaidLog): Promise<Response> {
  const { t } = turn;
  // "I did 10k steps", the slot taking "10": a count under a hundred is thousands (found by a helper trying the console:
  // "Logged 10 extra steps"), said back before anything is logged.
  const inThousands = (steps: number | undefined) => (steps !== undefined && steps > 0 && steps < STEPS_IN_THOUSANDS ? steps * 1_000 : steps);
  const said: SaidLog = {
    ...heard,
    ...(heard.extraSteps !== undefined && { extraSteps: inThousands(heard.extraSteps) }),
    ...(heard.daySteps !== undefined && { daySteps: inThousands(heard.daySteps) }),
  };
  const thousandsExtra = said.extraSteps !== heard.extraSteps;
  // A day's count read as thousands that would be logged as extra steps is said back first too (found by a helper trying
  // the console: "walked 3 km today", the slot taking "3", logged 3,000 extra steps unasked).
  const thousandsDay = said.daySteps !== heard.daySteps && said.daySteps !== undefined && said.daySteps <= EXTRA_STEPS_UNSAID ? said.daySteps : undefined;
  const activity = said.activity ?? (said.extraSteps !== undefined || said.daySteps !== undefined ? 'walk' : undefined);
  if (!activity) {
    const { minutes = 0 } = said;
    // Only a time said alone changes the last log ("actually it was thirty minutes"): a time with something named that
    // is no activity ("played video games for an hour") is asked about, never made the last log's time.
    const namesOther = said.said !== undefined && !SAID_OF_THE_LAST.test(said.said.trim());
    const last = minutes > 0 && !namesOther ? onlyMinutesAfter(turn, said) : undefined;
    // With nothing just logged, a question waiting for its answer is asked again ("Shall I set that?" "No I meant 7"),
    // never dropped for "what did you do?" (found in review).
    if (!last) return (minutes > 0 && !namesOther ? askPendingAgain(turn, turn.t.t('fallback.pending')) : undefined) ?? askWhatDone(turn, await dayToAskAbout(turn, said));
    if (last.minutes === undefined) return addMinutes(turn, last, minutes);
    // Only a log that stood on its own: one that added to another (minutes added, part of a workout) is asked about.
    return last.counts === false ? askWhatDone(turn) : correctMinutes(turn, last, minutes);
  }
  const exercise = activity === 'strength' ? findStrengthExerciseSaid(turn.catalogue, said.said) : undefined;
  const kind = activity === 'cardio' ? (said.kind ?? cardioKindNamedIn(said.said)) : undefined;
  const today = await turn.today();
  const when = dayOfSaidLog(turn, said, today);
  const closing = closingOf(turn);
  const question = closing.question;
  const reprompt = speech(closing.reprompt);
  // "I ran for 0 minutes", "zero sets of rows": nothing was done, so nothing is logged.
  if ([said.minutes, said.sets, said.extraSteps, said.daySteps].includes(0)) return turn.reply({ speech: speech(t.t('log.zero'), question), reprompt });
  // More than a log keeps, refused before its day is asked (a log waiting for its day keeps only what a log can).
  if ((said.sets ?? 0) > LIMITS.maxSets || (said.minutes ?? 0) > LIMITS.maxMinutes) return turn.reply({ speech: speech(t.t('log.tooMuch'), question), reprompt });
  switch (when.kind) {
    case 'future':
      return turn.reply({ speech: speech(futureSaid(turn, said.date, today), question), reprompt });
    case 'tooLongAgo':
      return turn.reply({ speech: speech(t.t('log.tooLongAgo', { days: LOG_DAYS_BACK }), question), reprompt });
    case 'unclear': {
      // The log waits for its day, said next ("yesterday", "Tuesday"): found by a helper trying the console, "Tuesday"
      // said to "which day was that?" was heard as a day alone, and the log was dropped.
      const waiting = said.daySteps === undefined || said.extraSteps !== undefined;
      const week = weekSaid(said, today);
      const log: PendingLog = {
        activity,
        date: formatIsoDate(today),
        dayAsked: true,
        ...(week && { week }),
        ...(said.minutes !== undefined && { minutes: said.minutes }),
        ...(kind !== undefined && { kind }),
        ...(said.extraSteps !== undefined && { extraSteps: said.extraSteps }),
        ...(exercise && { exercise: exercise.id, ...(said.sets !== undefined && { sets: said.sets }) }),
      };
      const ask = whichDayAsked(turn, { week });
      return turn.reply({ speech: speech(ask), reprompt: speech(ask), ...(waiting && { offer: { kind: 'confirmLog' as const, log } }) });
    }
    case 'day': {
      const inThousandsSaid = thousandsExtra ? said.extraSteps : thousandsDay;
      if (inThousandsSaid !== undefined) {
        const log: PendingLog = { activity: 'walk', date: formatIsoDate(when.date), extraSteps: inThousandsSaid, ...(said.minutes !== undefined && { minutes: said.minutes }) };
        return askFirst(turn, t.t('log.confirm.thousands', { steps: inThousandsSaid }), log);
      }
      // A count that may be the day's whole is asked about: the plan counts the steps added to a usual day.
      const steps = said.extraSteps ?? (said.daySteps !== undefined && said.daySteps <= EXTRA_STEPS_UNSAID ? said.daySteps : undefined);
      if (activity === 'walk' && steps === undefined && said.daySteps !== undefined) {
        const log: PendingLog = { activity, date: formatIsoDate(when.date), extraSteps: said.daySteps, ...(said.minutes !== undefined && { minutes: said.minutes }), stepsAsked: true };
        // The same steps said again, once taken as extra this session, are asked about as said again, not as extra anew.
        if (await stepsSaidAgain(turn, when.date, log)) {
          const { stepsAsked, ...again } = log;
          return askFirst(turn, t.t('log.again.same', { day: speakDayInSentence(t, when.date, today) }), again);
        }
        return askFirst(turn, t.t('log.steps.extraOrAll', { steps: said.daySteps }), log);
      }
      // The kind just logged, said again at once with another time ("actually I walked 15 minutes", the "actually" heard
      // by no slot): a change, or another one? Asked (found trying the console: a second walk was logged, 35 minutes).
      const last = turn.state.lastLog;
      // Another kind of cardio ("a swim" after a run, tennis after a bike ride) is another thing done, unless the words
      // may be the same one again: cardio said as such, a correction's ("actually", "sorry"), or no words at all.
      // A kind its slot said ("I danced fifteen minutes": no words heard) is told as plainly as one named in words.
      const anotherTold =
        ANOTHER_OCCASION.test(said.said ?? '') || (activity === 'cardio' && kind !== last?.kind && !MAY_BE_SAME.test(said.said ?? (said.kind === undefined ? 'cardio' : '')));
      // The same, just logged without a time, said again with one ("I did my walk", then "I walked for 30 minutes"): it
      // takes the time (found by a helper trying the console in Indian English: "2 walks this week, 30 minutes in all").
      if (last && said.minutes !== undefined && !exercise && steps === undefined && !anotherTold && saidAgainWithATime(last, activity, kind, when.date)) {
        return addMinutes(turn, last, said.minutes);
      }
      if (last && said.minutes !== undefined && !exercise && steps === undefined && !anotherTold && saidAgainWithAnotherTime(last, activity, said.minutes, when.date)) {
        const log: PendingLog = { activity, date: formatIsoDate(when.date), minutes: said.minutes, ...(kind !== undefined && { kind }), changeAsked: true };
        return turn.reply({
          speech: speech(t.t('log.changeOrAnother', { was: last.minutes!, minutes: said.minutes })),
          reprompt: speech(t.t('log.changeOrAnother.reprompt')),
          offer: { kind: 'confirmLog', log },
          lastLog: last,
        });
      }
      return recordAndTell(
        turn,
        activity,
        {
          ...(said.minutes !== undefined && { minutes: said.minutes }),
          ...(kind !== undefined && { kind }),
          ...(activity === 'walk' && steps !== undefined && { extraSteps: steps }),
          ...(exercise && { exercise: exercise.id, ...(said.sets !== undefined && { sets: said.sets }) }),
        },
        { day: when.date, check: true, ...((said.sayDay || (turn.offer?.kind === 'whatDone' && turn.offer.sayDay)) && { sayDay: true }) },
      );
    }
  }
}

/** Words a time may come with that name nothing but the log just made ("it was", "that one", "actually"). */
const SAID_OF_THE_LAST =
  /^((actually|no|sorry|oops|it|it's|that|that's|this|was|were|one|the|same|just|only|about|around|like|more|less|i|i'm|did|mean|meant|think|out|at|for|took|take|lasted|went|kept|going|gone|been|roughly|nearly|almost|total|in)\b\s*)*$/i;

/** Steps counted below this are thousands: nobody logs 12 steps, and "12k" may reach the slot as 12. */
const STEPS_IN_THOUSANDS = 100;

/** Words that tell of another time it was done ("another", "after lunch", "this evening"): never a change of the last. */
const ANOTHER_OCCASION =
  /(?:^|\s)(?:another|again|also|second|more|too|morning|afternoon|evening|tonight|night|after|before|lunch|dinner|breakfast|later|earlier|phir|dobara|aur|subah|shaam|sham|raat|baad|फिर|दोबारा|और|सुबह|शाम|रात|बाद)(?=\s|$)/iu;

/** Words a log may say of one just made again: cardio named as such, or a correction's. */
const MAY_BE_SAME = /(?:^|\s)(?:cardio|actually|sorry|oops|no|nahi|nahin|mean|meant)(?=\s|$)/iu;

/** The log just made, of this kind (and kind of cardio) on this day, standing alone with no time or steps of its own. */
function saidAgainWithATime(last: ActivityLog, activity: Activity, kind: CardioKind | undefined, day: LocalDate): boolean {
  const loggedOn = dayOfLog(last);
  return (
    last.activity === activity &&
    (kind === undefined || last.kind === undefined || last.kind === kind) &&
    last.counts !== false &&
    last.exercise === undefined &&
    last.minutes === undefined &&
    last.extraSteps === undefined &&
    loggedOn !== undefined &&
    daysBetween(loggedOn, day) === 0
  );
}

/** The log just made, of this kind on this day, standing alone with another time than `minutes`. */
function saidAgainWithAnotherTime(last: ActivityLog, activity: Activity, minutes: number, day: LocalDate): boolean {
  const loggedOn = dayOfLog(last);
  return (
    last.activity === activity &&
    last.counts !== false &&
    last.exercise === undefined &&
    last.minutes !== undefined &&
    last.minutes !== minutes &&
    loggedOn !== undefined &&
    daysBetween(loggedOn, day) === 0
  );
}

/**
 * "Change the one you just logged to 15 minutes?" "Yes": the log just made, changed; with none left to change, the
 * time said is logged as it was said.
 */
/**
 * "Was it the same one?" (a log moved to a day that has that session already). Yes: the log just made comes off, and
 * the day keeps the one it had. No: it moves there, another session.
 */
export async function sameAnswered(turn: Turn, pending: PendingLog, same: boolean): Promise<Response> {
  const last = turn.state.lastLog;
  const day = parseIsoDate(pending.date);
  if (!last || !day) return askWhatDone(turn);
  if (same) return undoLastLog(turn, 'log.moved.tookOff');
  // Only what the move changes: the day, and the day's plan when it was the plan that was logged (found in review: a
  // HIIT moved to a day with HIIT, said again as its own activity, was "That's what I have already", and stayed).
  const { planned } = pending;
  const change = {
    day,
    ...(pending.activity !== last.activity && { activity: pending.activity }),
    ...(pending.minutes !== last.minutes && { minutes: pending.minutes }),
  };
  return correctLog(turn, last, change, false, planned === true, true);
}

export function changeAfterYes(turn: Turn, pending: PendingLog): Promise<Response> {
  const last = turn.state.lastLog;
  const { changeAsked: _, ...log } = pending;
  if (!last || pending.minutes === undefined || last.activity !== pending.activity) return logAfterYes(turn, log);
  return correctLog(turn, last, { minutes: pending.minutes, ...(pending.kind !== undefined && { kind: pending.kind }) });
}

/**
 * The day a log said is for: yesterday, a weekday or a day of the month said inside it, the date slot, or else the
 * day "what did you do?" was asked about (found by a helper trying the console: "I worked out on Thursday", then
 * "strength", logged it for today).
 */
function dayOfSaidLog(turn: Turn, said: SaidLog, today: LocalDate): LogDay {
  const back = daysBackSaid(said, today);
  if (back !== undefined) return logDay(formatIsoDate(addDays(today, -back)), today);
  if (said.monthDay) return monthDayGoneBy(said.monthDay, today);
  // Today said in its words ("I went for a run this morning"), to "what did you do yesterday?": today (found by a helper
  // trying the console: it went to yesterday).
  const asked = turn.offer?.kind === 'whatDone' && !TODAY_SAID.test(said.said ?? '') ? turn.offer.date : undefined;
  return logDay(dayGoneBy(turn.t.locale, said.date, today) ?? asked, today);
}
/** Today, said in a log's words. */
const TODAY_SAID = /\b(?:this morning|this afternoon|this evening|tonight|earlier today|just now|today)\b|आज|\baaj\b/i;

/**
 * The week a log with no day was said to be in ("I did cardio this week", "I swam last week"): the week its date slot
 * took, or said in its words. A weekday said next is that week's (found by a helper trying the console: "this week",
 * then "Thursday", said on a Tuesday, logged last week's Thursday).
 */
function weekSaid(said: SaidLog, today: LocalDate): 'this' | 'last' | undefined {
  const week = said.date === undefined ? undefined : parseIsoWeek(said.date);
  const thisWeek = isoWeekOf(today);
  if (week) return formatIsoWeek(week) === formatIsoWeek(thisWeek) ? 'this' : formatIsoWeek(week) === formatIsoWeek(previousWeek(thisWeek)) ? 'last' : undefined;
  const words = said.said ?? '';
  return /\bthis week\b|इस हफ़्ते|is hafte/i.test(words) ? 'this' : /\blast week\b|पिछले हफ़्ते|pichhle hafte/i.test(words) ? 'last' : undefined;
}

/** "Which day was that?", of the week the log was said to be in if it was. */
export function whichDayAsked(turn: Turn, pending: Pick<PendingLog, 'week'>): string {
  return turn.t.t(pending.week ? `log.whichDay.${pending.week}` : 'log.whichDay');
}

/**
 * The day of the week said, in the week a log was said to be in: this week's or last week's (weeks run Monday to
 * Sunday). A Sunday said of this week, still to come, is the one just gone: where weeks start on a Sunday, that is
 * this week's.
 */
function dayInWeek(weekday: Weekday, week: 'this' | 'last', today: LocalDate): LocalDate {
  const day = addDays(mondayOf(isoWeekOf(today)), weekday - 1 - (week === 'last' ? 7 : 0));
  return week === 'this' && weekday === 7 && daysBetween(today, day) > 0 ? addDays(day, -7) : day;
}

/** How many days back a log's day said is: yesterday, days ago, or the last such weekday, today's too; undefined with none. */
export function daysBackSaid(said: Pick<SaidLog, 'yesterday' | 'daysBack' | 'weekday' | 'lastWeekday'>, today: LocalDate): number | undefined {
  return said.yesterday ? 1 : (said.daysBack ?? (said.weekday !== undefined ? (weekdayOf(today) - said.weekday + 7) % 7 || (said.lastWeekday ? 7 : 0) : undefined));
}

/** The last time a day of the month came round, today included: a month named, that month's, this year's or last. */
function monthDayGoneBy({ day, month }: NonNullable<SaidLog['monthDay']>, today: LocalDate): LogDay {
  const iso = (year: number, inMonth: number) => `${year}-${String(inMonth).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (month !== undefined) {
    const date = parseIsoDate(iso(today.year, month));
    if (!date) return { kind: 'unclear' };
    // Said in January of December's 30th: last year's. Named ahead within the year, it is still to come.
    return daysBetween(today, date) > 31 ? logDay(iso(today.year - 1, month), today) : logDayNotAhead(date, today);
  }
  const thisMonth = parseIsoDate(iso(today.year, today.month));
  if (thisMonth && daysBetween(today, thisMonth) <= 0) return logDay(formatIsoDate(thisMonth), today);
  const [year, before] = today.month === 1 ? [today.year - 1, 12] : [today.year, today.month - 1];
  const lastMonth = parseIsoDate(iso(year, before));
  return lastMonth ? logDay(formatIsoDate(lastMonth), today) : { kind: 'unclear' };
}

/** A date as it is, never moved back as AMAZON.DATE's weekdays are: ahead of today is the future. */
function logDayNotAhead(date: LocalDate, today: LocalDate): LogDay {
  return daysBetween(today, date) > 0 ? { kind: 'future' } : logDay(formatIsoDate(date), today);
}

/** The day said with nothing done named, when it is one that could be logged (not today: that needs no saying). */
async function dayToAskAbout(turn: Turn, said: SaidLog): Promise<LocalDate | undefined> {
  if (!said.yesterday && said.weekday === undefined && said.monthDay === undefined && said.daysBack === undefined && said.date === undefined) return undefined;
  const today = await turn.today();
  const when = dayOfSaidLog(turn, said, today);
  return when.kind === 'day' && daysBetween(today, when.date) !== 0 ? when.date : undefined;
}

/**
 * Only minutes, said just after a log: with none, its time ("I went for a walk", "about forty minutes"); with some, a
 * correction ("actually it was thirty minutes"). Not for an exercise's sets, nor with a day or anything else said.
 */
function onlyMinutesAfter(turn: Turn, said: SaidLog): ActivityLog | undefined {
  const last = turn.state.lastLog;
  const more = said.sets ?? said.date ?? said.weekday ?? said.monthDay ?? said.daysBack ?? said.daySteps ?? said.extraSteps ?? (said.yesterday || undefined);
  return last !== undefined && last.exercise === undefined && more === undefined ? last : undefined;
}

/** The day a log went to. */
function dayOfLog(log: ActivityLog): LocalDate | undefined {
  const week = parseIsoWeek(log.week);
  return week && addDays(mondayOf(week), log.weekday - 1);
}

/**
 * "Actually it was thirty minutes", just after a log with its time: that log, changed. Found by a helper trying the
 * console: it asked what was done, and the answer logged a second walk. The log is taken back and written again as
 * corrected, its session counted as before; if the new one cannot be written, the old one is put back.
 */
function correctMinutes(turn: Turn, last: ActivityLog, minutes: number): Promise<Response> {
  return correctLog(turn, last, { minutes });
}

/**
 * "No sorry, it was a walk", just after a log: that log, as what was done, its time kept (found by a helper trying the
 * console: not understood). With nothing just logged, it is a log of its own.
 */
export async function correctActivity(turn: Turn, activity: Activity, kind?: CardioKind, minutes?: number): Promise<Response> {
  const last = turn.state.lastLog;
  if (!last) return logActivity(turn, { activity, ...(kind !== undefined && { kind }), ...(minutes !== undefined && { minutes }) });
  // Only a log that stood on its own: minutes added to another, or steps, are asked about (found in review: changed,
  // they counted a session of their own), as a correction of the time is.
  if (last.counts === false || (last.minutes === undefined && last.extraSteps !== undefined)) return askWhatDone(turn);
  return correctLog(turn, last, { activity, ...(kind !== undefined && { kind }), ...(minutes !== undefined && { minutes }) });
}

/**
 * "No, that was yesterday", "actually it was on Monday", just after a log: that log, moved to the day said (found by a
 * helper trying the console: the first ended the session, heard as "no"). Undefined with no log just made.
 */
export async function correctDay(turn: Turn, said: { readonly yesterday?: boolean; readonly date?: string }): Promise<Response | undefined> {
  const last = turn.state.lastLog;
  if (!last) return undefined;
  const today = await turn.today();
  const day = said.yesterday ? { kind: 'day' as const, date: addDays(today, -1) } : logDay(dayGoneBy(turn.t.locale, said.date, today), today);
  if (day.kind !== 'day') {
    const { question, reprompt } = closingOf(turn);
    const why = day.kind === 'future' ? futureSaid(turn, said.date, today) : day.kind === 'tooLongAgo' ? turn.t.t('log.tooLongAgo', { days: LOG_DAYS_BACK }) : turn.t.t('log.whichDay');
    return turn.reply({ speech: speech(why, question), reprompt: speech(reprompt), lastLog: last });
  }
  if (last.counts === false) return askWhatDone(turn);
  // The day's plan logged ("I did my workout today"), moved to another day: that day's plan, as "I did my workout
  // yesterday" would log (found by a helper: Saturday's HIIT moved to Friday stayed HIIT, and Friday was strength).
  const plan = turn.state.lastLogPlanned ? plannedOn(turn, day.date) : undefined;
  // The plan's minutes, or none where it has none (strength: found in review, the HIIT's 20 minutes went with it).
  const moved = {
    ...(plan && plan.activity !== last.activity && { activity: plan.activity }),
    ...(plan && plan.minutes !== last.minutes && { minutes: plan.minutes }),
  };
  return correctLog(turn, last, { day: day.date, ...moved }, false, plan !== undefined);
}

/** What the day's plan logs: its kind of activity, and the minutes its dose takes. */
function plannedOn(turn: Turn, date: LocalDate): { activity: Activity; minutes?: number } {
  const plan = turn.planOn(date);
  const minutes = plannedMinutes(findExercise(turn.catalogue, plan.exerciseIds[0])?.dose[turn.level]);
  return { activity: ACTIVITY_FOR_DAY[plan.kind], ...(minutes !== undefined && { minutes }) };
}

/** A log just made, changed: its time, what was done, or its day. */
async function correctLog(
  turn: Turn,
  last: ActivityLog,
  change: { readonly minutes?: number | undefined; readonly activity?: Activity; readonly kind?: CardioKind; readonly day?: LocalDate; readonly extraSteps?: number },
  addedTo = false,
  planned = false,
  sameAnswered = false,
): Promise<Response> {
  const { t } = turn;
  const closing = closingOf(turn);
  const question = closing.question;
  const reprompt = speech(closing.reprompt);
  // Nothing changes, so the log a correction just replaced stays what "undo" puts back (found by a helper trying the
  // console: "actually it was 45 minutes" said twice, then "undo", took the walk off altogether).
  const corrected = turn.state.corrected;
  const keep = (key: MessageKey, values?: Record<string, number>) => turn.reply({ speech: speech(t.t(key, values), question), reprompt, lastLog: last, ...(corrected && { corrected }) });
  // Minutes given as none take them away (the day's plan moved to a day whose plan has none).
  const minutes = 'minutes' in change ? change.minutes : last.minutes;
  const { activity = last.activity } = change;
  // "No sorry, it was a swim" over a run: the kind changes. Cardio with no kind said over a run keeps it, and the
  // answer says why; over cardio with no kind, a swim is the kind it was.
  const kind = activity === 'cardio' ? (change.kind ?? last.kind) : undefined;
  const kindChanged = activity === 'cardio' && last.activity === 'cardio' && change.kind !== undefined && change.kind !== last.kind;
  const whatChanged = change.activity !== undefined && (activity !== last.activity || kindChanged);
  const minutesChanged = change.minutes !== undefined && minutes !== last.minutes;
  if (change.activity !== undefined && !whatChanged && !minutesChanged) {
    return keep(activity === 'cardio' && change.kind === undefined ? 'log.unchangedKind.cardio' : 'log.unchangedKind');
  }
  if (change.minutes !== undefined && !minutesChanged && !whatChanged) return keep('log.unchanged', { minutes: change.minutes });
  const loggedOn = dayOfLog(last);
  if (change.day !== undefined && loggedOn !== undefined && daysBetween(loggedOn, change.day) === 0) return keep('log.unchangedDay');
  if (minutes !== undefined && minutes > LIMITS.maxMinutes) return keep('log.tooMuch');
  // More than is likely ("actually it was 400 minutes") is asked about when first logged; a change to it is not made
  // on a word that may be misheard.
  if (change.minutes !== undefined && change.minutes > CONFIRM_ABOVE.minutes) return keep('log.correctTooBig', { minutes: change.minutes });
  // A week with no room for another log could not take the corrected one, and the old one would be lost with it.
  const history = await unlessUnavailable(turn.history());
  if (!history) return keep('progress.unavailable');
  const into = change.day ? formatIsoWeek(isoWeekOf(change.day)) : last.week;
  const week = history.weeks.find((candidate) => candidate.week === into);
  if (week && week.requests >= LIMITS.maxLogsPerWeek) return keep('log.full', { count: LIMITS.maxLogsPerWeek });
  // Moved to a day that has that session already ("I did my workout", then "no, that was yesterday", with yesterday's
  // HIIT logged the night before): most likely the same one, told twice. Asked, never counted twice unasked (found by a
  // helper trying the console as a parent: "2 of 2 HIIT sessions", and yesterday read back as two).
  if (change.day !== undefined && !sameAnswered && onceADay(activity)) {
    const weekday = weekdayOf(change.day);
    if (countedOn(week, weekday, activity) && !anotherKind(week, { activity, weekday, ...(kind !== undefined && { kind }) })) {
      const moved: PendingLog = { activity, date: formatIsoDate(change.day), ...(minutes !== undefined && { minutes }), ...(kind !== undefined && { kind }), sameAsked: true, ...(planned && { planned: true }) };
      const there = week?.entries.find((entry) => entry.counts && entry.weekday === weekday && entry.activity === activity);
      const question = t.t('log.moved.same', { what: there ? describedEntry(turn, there) : describedEntry(turn, entryOf(last)), day: speakDayInSentence(t, change.day, await turn.today()) });
      return turn.reply({ speech: speech(question), reprompt: speech(t.t('log.moved.same.reprompt')), offer: { kind: 'confirmLog', log: moved }, lastLog: last, ...(turn.state.lastLogPlanned && { lastLogPlanned: true }) });
    }
  }
  // A retry after the old log was put back (under its kept key) takes that one back instead.
  const undo = (log: ActivityLog) => unlessUnavailable(turn.withStore((store, user) => store.undoActivity(user, log)));
  let undone = await undo(last);
  if (undone === 'not-found') undone = await undo(keptOf(last));
  if (undone === undefined) return keep('progress.unavailable');
  const day = change.day ?? loggedOn;
  // Steps go with a walk only; an exercise's sets with the strength it was.
  const amounts = {
    ...(minutes !== undefined && { minutes }),
    ...(kind !== undefined && { kind }),
    ...(activity === 'walk' && (change.extraSteps ?? last.extraSteps) !== undefined && { extraSteps: change.extraSteps ?? last.extraSteps }),
    ...(activity === last.activity && last.exercise !== undefined && { exercise: last.exercise, ...(last.sets !== undefined && { sets: last.sets }) }),
  };
  // What was done, changed, says which log it was: the last one said, which may not be the one the user had in mind
  // (found by a helper: "no it was a 30 minute run" after a stretch changed the stretch, and a report of "2 runs" surprised).
  const lead = whatChanged ? t.t('log.corrected.from', { what: describedEntry(turn, entryOf(last)) }) : t.t('log.corrected');
  const said = addedTo ? { addedTo: true as const } : { lead: speech(lead) };
  return recordAndTell(turn, activity, amounts, { ...said, ...(day && { day }), ...(undone === 'undone' && { replaces: last }), ...(planned && { planned: true as const }) });
}

/** The key a log put back after a failed correction is written under: undo keeps a request's own key taken. */
function keptOf(log: ActivityLog): ActivityLog {
  return { ...log, requestId: `${log.requestId.slice(0, LIMITS.maxRequestIdLength - 5)}#kept` };
}

/** A correction whose new log could not be written, or undone: the old one back, said as it is. */
async function putBack(turn: Turn, old: ActivityLog, ending: { mode?: Mode }, keptKey: 'log.correctFailed' | 'undo.correction' = 'log.correctFailed'): Promise<Response> {
  const { t } = turn;
  const again = keptOf(old);
  const outcome = await unlessUnavailable(turn.withStore((store, user) => store.recordActivity(user, again)));
  const kept = outcome?.outcome === 'recorded' || outcome?.outcome === 'duplicate';
  const closing = closingOf(turn, ending);
  return turn.reply({
    speech: speech(t.t(kept ? keptKey : 'log.correctLost'), closing.question),
    reprompt: speech(closing.reprompt),
    ...(kept && { lastLog: again }),
    ...ending,
  });
}

/**
 * Why a day to come is not logged. Tomorrow may be a weekday Alexa put ahead ("I walked on Monday", said on a Sunday):
 * how to say the one gone by (tried as a user, December 5: the walk was lost, "I can only log what you've already done").
 */
function futureSaid(turn: Turn, date: string | undefined, today: LocalDate): string {
  const day = date === undefined ? undefined : parseIsoDate(date);
  const tomorrow = day !== undefined && daysBetween(today, day) === 1;
  return tomorrow ? turn.t.t('log.future.tomorrow', { weekday: weekdayName(turn.t, weekdayOf(day)) }) : turn.t.t('log.future');
}

/** A log of steps alone, with no time: a number said over it may be its steps. */
export const stepsOnly = (log: ActivityLog): boolean => log.activity === 'walk' && log.extraSteps !== undefined && log.minutes === undefined;

/**
 * A number said alone just after a log ("actually it was 40", "make it 250"): the time of a log with one, and from a
 * hundred up the count of steps logged alone (found in review: "make it 300" over 2,000 steps added 300 minutes).
 */
export function numberSaidOverLog(turn: Turn, number: number): Promise<Response> | Response {
  const last = turn.state.lastLog;
  if (last && stepsOnly(last) && number >= STEPS_IN_THOUSANDS) return correctSteps(turn, number);
  return logActivity(turn, { minutes: number });
}

/**
 * "No it was 7000 steps", just after steps were logged: those steps, changed (tried as a user, December 5: it was read
 * as 7000 minutes). Over a walk, its steps; with nothing just logged, a log of its own; over anything else, what was
 * done is asked.
 */
export function correctSteps(turn: Turn, steps: number): Promise<Response> | Response {
  const last = turn.state.lastLog;
  const count = steps > 0 && steps < STEPS_IN_THOUSANDS ? steps * 1_000 : steps;
  // With nothing just logged, as steps said without "extra": a count that may be the whole day is asked about (tried
  // as a user: "no it was 6000 steps" to "were those 5,000 steps extra?" logged 6,000 as extra unasked).
  if (!last) return logActivity(turn, { daySteps: steps });
  if (last.activity !== 'walk' || last.counts === false) return askWhatDone(turn);
  const { t } = turn;
  const { question, reprompt } = closingOf(turn);
  if (count > LIMITS.maxExtraSteps) return turn.reply({ speech: speech(t.t('log.tooMuch'), question), reprompt: speech(reprompt), lastLog: last });
  if (count === last.extraSteps) {
    return turn.reply({ speech: speech(t.t('log.unchangedSteps', { steps: count }), question), reprompt: speech(reprompt), lastLog: last, ...(turn.state.corrected && { corrected: turn.state.corrected }) });
  }
  return correctLog(turn, last, { extraSteps: count });
}

/** The time of the log just made, added to it: its minutes count, and no second session or walk is counted. */
function addMinutes(turn: Turn, last: ActivityLog, minutes: number): Promise<Response> {
  // The log itself takes the time, so it is one log: written as an entry of its own beside it, the time stayed when the
  // log was removed, and went to another of its kind ("remove the jog" left the skipping that day at 40 minutes; found
  // by a helper trying the console as an Indian user).
  return correctLog(turn, last, { minutes }, true);
}

/**
 * Up to this many steps said without "extra" are taken as the extra ones: the plan asks for 1,000 to 2,000 more a day,
 * and a whole day's count is seldom this low. More may be the day's count, and is asked about.
 */
const EXTRA_STEPS_UNSAID = 3_000;

/**
 * The day said to "which day was that?" of a log that waited for it: a weekday is the last one (today's included), a
 * date is read as gone by. A day it cannot take (to come, too long ago) is said, and the question stays.
 */
export async function logOnDayAnswered(turn: Turn, pending: PendingLog, answered: { readonly weekday?: Weekday; readonly date?: string }): Promise<Response> {
  const today = await turn.today();
  const { week } = pending;
  const ask = whichDayAsked(turn, pending);
  // A weekday is the last one, today's included; in a week said with the log ("this week"), that week's. "It was
  // Thursday" and "on Monday" come as dates, the weekday's next one as Alexa hears it: a date in the coming week is
  // its weekday. A day gone by ("it was yesterday") is that day.
  const dateSaid = answered.date === undefined ? undefined : parseIsoDate(answered.date);
  const ahead = dateSaid === undefined ? 0 : daysBetween(today, dateSaid);
  const weekdaySaid = answered.weekday ?? (week && dateSaid && ahead > 0 && ahead < 7 ? weekdayOf(dateSaid) : undefined);
  const inWeek = weekdaySaid !== undefined && week ? dayInWeek(weekdaySaid, week, today) : undefined;
  if (inWeek && daysBetween(today, inWeek) > 0) {
    const notYet = turn.t.t('log.future.thisWeek', { weekday: weekdayName(turn.t, weekdayOf(inWeek)) });
    return turn.reply({ speech: speech(notYet, ask), reprompt: speech(ask), offer: { kind: 'confirmLog', log: pending } });
  }
  // Last week's Monday, said on a Sunday, is further back than a log goes (found in review: it logged 13 days back).
  if (inWeek && daysBetween(inWeek, today) > LOG_DAYS_BACK) {
    return turn.reply({ speech: speech(turn.t.t('log.tooLongAgo', { days: LOG_DAYS_BACK }), ask), reprompt: speech(ask), offer: { kind: 'confirmLog', log: pending } });
  }
  const day = inWeek
    ? ({ kind: 'day', date: inWeek } as const)
    : answered.weekday !== undefined
      ? ({ kind: 'day', date: addDays(today, -((weekdayOf(today) - answered.weekday + 7) % 7)) } as const)
      : logDay(dayGoneBy(turn.t.locale, answered.date, today), today);
  if (day.kind !== 'day') {
    const why = day.kind === 'future' ? futureSaid(turn, answered.date, today) : day.kind === 'tooLongAgo' ? turn.t.t('log.tooLongAgo', { days: LOG_DAYS_BACK }) : undefined;
    return turn.reply({ speech: speech(why, ask), reprompt: speech(ask), offer: { kind: 'confirmLog', log: pending } });
  }
  const { activity, dayAsked: _, counts: __, stepsAsked: ___, restAsked: ____, changeAsked: _____, week: ______, ...amounts } = pending;
  return recordAndTell(turn, activity, amounts, { day: day.date, check: true, sayDay: true });
}

/** "Yes" to a log that waited for one: logged as said, with no more questions. */
export function logAfterYes(turn: Turn, pending: PendingLog): Promise<Response> {
  const day = parseIsoDate(pending.date);
  const { activity, counts, stepsAsked, restAsked: _, changeAsked: __, teach: ___, ...amounts } = pending;
  // Steps confirmed as extra still go through the checks a log told outright does (a count too big to be likely).
  return recordAndTell(turn, activity, amounts, { ...(day && { day }), ...(counts === false && { counts }), ...(stepsAsked && { check: true }) });
}

/** "A run and then some stretching": nothing is logged until each is told on its own; after the first, the next is asked for. */
export function askOneAtATime(turn: Turn, things: number): Response {
  const { t } = turn;
  const more = Math.max(0, things - 1);
  return turn.reply({ speech: speech(t.t('log.oneAtATime')), reprompt: speech(t.t('log.what.reprompt')), offer: { kind: 'whatDone', listing: true, ...(more > 0 && { more }) } });
}

/** After one of several things told at once is logged, the next one is asked for, while any is left. */
function askWhatNext(turn: Turn): Closing | undefined {
  const more = turn.offer?.kind === 'whatDone' ? (turn.offer.more ?? 0) : 0;
  if (more === 0 || workoutOf(turn.mode)) return undefined;
  return { question: turn.t.t('log.whatNext'), reprompt: turn.t.t('log.what.reprompt'), offer: { kind: 'whatDone', listing: true, ...(more > 1 && { more: more - 1 }) } };
}

/** "What did you do?": the answer may be only its name ("the run", "deadlifts"), which then logs it. */
export async function askWhatDone(turn: Turn, date?: LocalDate, sayDay = false): Promise<Response> {
  const { t } = turn;
  if (!date) {
    return turn.reply({ speech: speech(t.t('log.what')), reprompt: speech(t.t('log.what.reprompt')), offer: { kind: 'whatDone', ...(sayDay && { sayDay: true as const }) } });
  }
  const day = dayPhrase(t, date, await turn.today());
  return turn.reply({ speech: speech(t.t('log.what.onDay', { day })), reprompt: speech(t.t('log.what.reprompt')), offer: { kind: 'whatDone', date: formatIsoDate(date) } });
}

/** "I finished today's workout", "I did my workout yesterday": logs what that day's plan called for. */
export async function logToday(turn: Turn, date?: string): Promise<Response> {
  const { t } = turn;
  await turn.personalise();
  const today = await turn.today();
  // "I finished yesterday's workout": that day's plan, on that day (a week or a vague day is today's).
  const when = date !== undefined && parseIsoDate(date) ? logDay(dayGoneBy(turn.t.locale, date, today), today) : ({ kind: 'day', date: today } as const);
  if (when.kind === 'unclear') return turn.reply({ speech: speech(t.t('log.whichDay')), reprompt: speech(t.t('log.whichDay')) });
  if (when.kind !== 'day') {
    const said = when.kind === 'future' ? futureSaid(turn, date, today) : t.t('log.tooLongAgo', { days: LOG_DAYS_BACK });
    const { question, reprompt } = closingOf(turn);
    return turn.reply({ speech: speech(said, question), reprompt: speech(reprompt) });
  }
  const day = turn.planOn(when.date);
  const dose = findExercise(turn.catalogue, day.exerciseIds[0])?.dose[turn.level];
  const minutes = plannedMinutes(dose);
  return recordAndTell(turn, ACTIVITY_FOR_DAY[day.kind], minutes === undefined ? {} : { minutes }, { check: true, day: when.date, planned: true });
}

/** What a workout of each kind is called ("your strength workout"). */
const WORKOUT_NAME = { strength: 'workout.name.strength', hiit: 'workout.name.hiit', cardio: 'workout.name.cardio', stretch: 'workout.name.rest' } as const;

/** Minutes logged that day of a workout of this kind stopped partway (not counted as a session). */
function partLogged(week: WeekProgress | undefined, log: ActivityLog): number | undefined {
  const parts = week?.entries.filter((entry) => entry.activity === log.activity && entry.weekday === log.weekday && !entry.counts && entry.exercise === undefined && entry.minutes > 0);
  return parts && parts.length > 0 ? parts.reduce((sum, entry) => sum + entry.minutes, 0) : undefined;
}

/**
 * Part of that day's workout logged already, as stopped partway, then the whole session said ("I did my workout", "I did
 * my strength workout"): did they finish the rest? (Found trying it as a user: a whole session was logged on top,
 * unasked.) A yes counts the session; the day's plan told, its minutes are the rest of it.
 */
function askAboutRest(turn: Turn, log: ActivityLog, kind: (typeof ONCE_A_DAY)[number], part: number, day: LocalDate, today: LocalDate, planned: boolean): Response {
  const { t } = turn;
  const minutes = log.minutes === undefined ? undefined : planned ? Math.max(log.minutes - part, 1) : log.minutes;
  const rest: PendingLog = { ...pendingOf({ ...log, ...(minutes !== undefined && { minutes }) }, day), restAsked: true };
  const question = t.t('log.rest.asked', { count: part, name: t.t(WORKOUT_NAME[kind]), day: speakDayInSentence(t, day, today) });
  return turn.reply({ speech: speech(question), reprompt: speech(question), offer: { kind: 'confirmLog', log: rest } });
}

/** "I skipped my workout yesterday": nothing is logged, and no guilt; then today's workout, or the one under way. */
export function tellMissed(turn: Turn): Response {
  const next = askOrGoOn(turn, turn.t.t('plan.offerToday'), { kind: 'today' });
  return turn.reply({ speech: speech(turn.t.t('log.missed'), next.question), reprompt: speech(next.reprompt), offer: next.offer });
}

/** "Undo that", right after a log: takes back exactly that log, as its week stored it, atomically. */
export async function undoLastLog(turn: Turn, done: 'undo.done' | 'log.moved.tookOff' = 'undo.done'): Promise<Response> {
  const { t, state } = turn;
  const next = goOn(turn);
  const reprompt = speech(next.reprompt);
  // "Should I log another one?" "Undo that.": the log waiting for a yes is dropped; nothing was written for it.
  if (turn.offer?.kind === 'confirmLog' && !turn.offer.log.sameAsked) return turn.reply({ speech: speech(t.t('undo.notLogged'), next.question), reprompt });
  const { lastLog, corrected } = state;
  if (!lastLog) return turn.reply({ speech: speech(t.t('undo.nothing'), next.question), reprompt });
  const outcome = await unlessUnavailable(turn.withStore((store, user) => store.undoActivity(user, lastLog)));
  // Unreachable: keep the log in hand, so "undo" can be tried again.
  if (outcome === undefined) return turn.reply({ speech: speech(t.t('progress.unavailable'), next.question), reprompt, lastLog, ...(corrected && { corrected }) });
  // Undo just after a correction ("actually it was 40 minutes", "undo"): the log as it was before it (found by a helper
  // trying the console: the run was gone altogether).
  if (outcome === 'undone' && corrected) return putBack(turn, corrected, {}, 'undo.correction');
  // Said by what it was (found by a helper trying the console: "Done. I took that off", after a turn not understood, left
  // unclear which log went).
  return turn.reply({ speech: speech(outcome === 'undone' ? t.t(done, { what: describedEntry(turn, entryOf(lastLog)) }) : t.t('undo.nothing'), next.question), reprompt });
}
