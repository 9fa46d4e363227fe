import type { Response } from 'ask-sdk-model';
import { hiitUnderWay } from '../conversation/mode';
import type { Offer } from '../conversation/state';
import { type Turn, stored, unlessUnavailable } from '../conversation/turn';
import { type LocalDate, daysBetween, formatIsoWeek, isoWeekOf, localDate, mondayOf } from '../domain/calendar';
import { lookBack, lookBackDue, nextLevel, restNoteFor, restNoteReachesBack, stepUpDue } from '../domain/coach';
import type { ActivityLog, Effort, WeekProgress } from '../domain/progress';
import { weeklyTargets } from '../domain/weekly-plan';
import { speech } from '../speech/ssml';
import type { ProfileChanges, UserHistory } from '../store/progress-store';
import { rememberRemindersOffered } from './reminders';
import { goOn } from './go-on';
import { backToSteps } from './how-to';

/** The shortest walk that could be a cardio session (the beginner dose's least). */
const BRISK_WALK_MINUTES = 20;

/** A yes/no question the coach asks, with what "yes" would do. */
export interface CoachQuestion {
  readonly question: string;
  readonly reprompt: string;
  readonly offer: Offer;
}

/** The one offer of workout reminders, when it has never been made and the request can reach the Reminders API. */
function remindersOffer(turn: Turn): CoachQuestion | undefined {
  if (turn.remindersOffered !== undefined || !turn.reminders()) return undefined;
  return { question: turn.t.t('reminders.offer'), reprompt: turn.t.t('reminders.offer.reprompt'), offer: { kind: 'remindMe' } };
}

/**
 * What the coach adds to a log: a short rest note when the log makes one due, and after a finished guided workout, the
 * one offer of reminders (the week's first session gets it at launch, see lookBackAtLaunch). `day` is the log's day, and
 * `week` its week after it, from the log's own write; the weeks before and the profile come from the request's one read,
 * made only when they matter. The offer cannot be written in this request (the log was its one write), so the session
 * holds it until a request can (see rememberRemindersOffered).
 */
export async function coachAfterLog(turn: Turn, log: ActivityLog, week: WeekProgress, day: LocalDate, endsWorkout: boolean): Promise<{ note?: string; ask?: CoachQuestion }> {
  const mayOffer = endsWorkout && remindersOffer(turn) !== undefined;
  // A rest note is advice for the day after the log's: for a day gone by, that day is today or past (found by a helper
  // trying the console: "I did strength on Tuesday", said on a Wednesday, got "keep tomorrow light").
  const gone = daysBetween(day, await turn.today()) > 0;
  const reachesBack = !gone && restNoteReachesBack(week, day, log.activity);
  // Most logs need nothing but their own week; the weeks before and the profile are read only when they matter.
  const history = mayOffer || reachesBack ? await unlessUnavailable(turn.history()) : undefined;
  const weeks = [week, ...(history?.weeks.filter((other) => other.week !== week.week) ?? [])];
  const note = gone || (reachesBack && !history) ? undefined : restNoteFor(weeks, day, log.activity);
  const ask = mayOffer && history ? remindersOffer(turn) : undefined;
  if (ask) turn.offeredReminders(false);
  // A walk on a cardio day, long enough to be its session, with the week's cardio still to do: how to count it, if it
  // was brisk (found by helpers trying the console, December 5: the day's plan names brisk walking, the walk never
  // counted, and nothing said how it could). Only then: a daily walk is no question of cardio.
  const brisk =
    !note &&
    log.activity === 'walk' &&
    (log.minutes ?? 0) >= BRISK_WALK_MINUTES &&
    turn.planOn(day).kind === 'cardio' &&
    week.sessions.cardio < weeklyTargets(turn.restDay).cardio;
  const said = note ? turn.t.t(`coach.rest.${note}`) : brisk ? turn.t.t('coach.briskWalk') : undefined;
  return { ...(said && { note: said }), ...(ask && { ask }) };
}

/** Reminders offered in this session and not yet remembered are written now (at goodbye, or when the session ends). */
export async function saveCoachMemory(turn: Turn): Promise<void> {
  if (turn.remindersOffered === 'unsaved') await rememberRemindersOffered(turn);
}

/**
 * The first session of a new week opens with last week against the plan and one thing to focus on, in a sentence or
 * two, once a week; then, at most one question: moving up a level (once a level), or reminders (once). What the
 * launch must remember comes back as profile changes, for its one write.
 */
export function lookBackAtLaunch(turn: Turn, history: UserHistory, today: LocalDate, timeZone: string): { said: string[]; ask?: CoachQuestion; remember: ProfileChanges } {
  const { t } = turn;
  if (!lookBackDue(history.profile, history.weeks, today, timeZone)) return { said: [], remember: {} };
  const targets = weeklyTargets(turn.restDay);
  const back = lookBack(history.weeks, today, targets);
  const stepUp = stepUpDue(history.weeks, today, targets, turn.level, history.profile);
  // Begun late last week with nothing logged, the first full week starts now: not "last week had no sessions" (found by a
  // helper trying the console: said to a user who had begun the evening before).
  const firstWeek = back.done === 0 && startedLateLastWeek(history, today, timeZone);
  const said = [
    back.met
      ? t.t('coach.lookBack.met', { count: back.sessions })
      : back.done > 0
        ? t.t('coach.lookBack.short', { done: back.done, planned: back.planned, count: back.done })
        : t.t(firstWeek ? 'coach.lookBack.firstWeek' : 'coach.lookBack.none'),
    back.met && back.streak >= 2 ? t.t('coach.lookBack.streak', { count: back.streak }) : undefined,
    // The focus: what fell short; with nothing short, the same rhythm, unless the step up is the week's news.
    back.focus ? t.t(`coach.focus.${back.focus.kind}`, { count: back.focus.target }) : stepUp ? undefined : t.t('coach.focus.steady'),
  ].filter((sentence): sentence is string => sentence !== undefined);
  const remember: { -readonly [K in keyof ProfileChanges]: ProfileChanges[K] } = { lookedBack: formatIsoWeek(isoWeekOf(today)) };
  if (stepUp) {
    remember.stepUpOffered = turn.level;
    return { said, ask: stepUpQuestion(turn), remember };
  }
  const reminders = remindersOffer(turn);
  if (reminders) {
    // Said now and written by the launch's one write; 'unsaved' until that write lands.
    remember.remindersOffered = true;
    turn.offeredReminders(false);
  }
  return { said, ...(reminders && { ask: reminders }), remember };
}

/** Days before this week's Monday a start counts as late last week: its Friday, Saturday or Sunday. */
const LATE_START_DAYS = 3;

/**
 * Whether the user began in the last days of last week, on their own calendar (their profile's creation is kept in UTC;
 * found in review: a Sunday evening in New York is Monday in UTC, and a Monday a week before counted as late).
 */
function startedLateLastWeek(history: UserHistory, today: LocalDate, timeZone: string): boolean {
  const created = history.profile?.createdAt === undefined ? Number.NaN : Date.parse(history.profile.createdAt);
  if (Number.isNaN(created)) return false;
  const began = localDate(new Date(created), timeZone);
  const monday = mondayOf(isoWeekOf(today));
  const before = daysBetween(began, monday);
  return before > 0 && before <= LATE_START_DAYS;
}

/** Two good weeks: the next level, as a yes/no; at the top level, a way to make it harder. */
function stepUpQuestion(turn: Turn): CoachQuestion {
  const { t } = turn;
  const next = nextLevel(turn.level, 'up');
  const met = t.t('coach.stepUp.met', { level: t.t(`level.${turn.level}`) });
  if (!next) return { question: `${met} ${t.t('coach.harder.offer')}`, reprompt: t.t('coach.harder.offer'), offer: { kind: 'harder' } };
  const level = t.t(`level.${next}`);
  return { question: `${met} ${t.t('coach.stepUp.offer', { level })}`, reprompt: t.t('coach.stepUp.offer', { level }), offer: { kind: 'level', level: next } };
}

/**
 * "That was too hard" / "too easy", after a workout or an exercise: remembered (it holds back the next step up, or
 * brings one forward), and answered with a suggestion to change level, as a yes/no: the level never changes without one.
 */
export async function tellEffort(turn: Turn, effort: Effort): Promise<Response> {
  const { t } = turn;
  const [today] = await Promise.all([turn.today(), turn.personalise()]);
  const saved = await stored(turn.withStore((store, user) => store.updateProfile(user, { effort, effortWeek: formatIsoWeek(isoWeekOf(today)) })));
  if (!saved) turn.deps.log.warn('could not remember how the workout felt');
  const lead = t.t(effort === 'too-easy' ? 'coach.effort.tooEasy' : 'coach.effort.tooHard');
  const next = nextLevel(turn.level, effort === 'too-easy' ? 'up' : 'down');
  if (!next && effort === 'too-hard') {
    // In a lesson, back to its steps: "What else?" left "Ready for step 2?" behind (noticed at the last stop).
    const steps = backToSteps(turn);
    const { question, reprompt } = steps ? { question: steps, reprompt: steps } : goOn(turn);
    const gentler = hiitUnderWay(turn.mode) ? t.t('level.atBottom.hiit') : undefined;
    return turn.reply({ speech: speech(lead, t.t('level.atBottom', { level: t.t(`level.${turn.level}`) }), gentler, question), reprompt: speech(reprompt) });
  }
  const ask: CoachQuestion = next
    ? {
        question: t.t(effort === 'too-easy' ? 'coach.effort.moveUp' : 'coach.effort.moveDown', { level: t.t(`level.${next}`) }),
        reprompt: t.t(effort === 'too-easy' ? 'coach.effort.moveUp' : 'coach.effort.moveDown', { level: t.t(`level.${next}`) }),
        offer: { kind: 'level', level: next },
      }
    : { question: t.t('coach.harder.offer'), reprompt: t.t('coach.harder.offer'), offer: { kind: 'harder' } };
  // Mid-HIIT, something easier to do now, as at beginner: the lower level starts only with the next workout (found by a
  // helper trying the console in Indian English: "yes" left a dozen rounds as hard as they were).
  const now = effort === 'too-hard' && hiitUnderWay(turn.mode) ? t.t('level.atBottom.hiit') : undefined;
  return turn.reply({ speech: speech(lead, now, ask.question), reprompt: speech(ask.reprompt), offer: ask.offer });
}

/** "Yes" to a way to make it harder: add weight slowly, as the article says. */
export function tellHarder(turn: Turn): Response {
  const { t } = turn;
  const { question, reprompt } = goOn(turn);
  return turn.reply({ speech: speech(t.t('coach.harder'), question), reprompt: speech(reprompt) });
}

/** "No" to moving level: it stays as it is. */
export function keepLevel(turn: Turn): Response {
  const { t } = turn;
  const { question, reprompt } = goOn(turn);
  return turn.reply({ speech: speech(t.t('coach.level.kept', { level: t.t(`level.${turn.level}`) }), question), reprompt: speech(reprompt) });
}
