import type { Response } from 'ask-sdk-model';
import { LEVELS, type Level } from '../content/types';
import { hiitUnderWay, isWorkoutRunning, workoutOf } from '../conversation/mode';
import type { Offer, SettingBefore } from '../conversation/state';
import { type Turn, stored, unlessUnavailable } from '../conversation/turn';
import { type LocalDate, type Weekday, formatIsoWeek, isoWeekOf, weekdayOf } from '../domain/calendar';
import { countedOn } from '../domain/progress';
import { changeRestDay, formatWeekPlan } from '../domain/weekly-plan';
import { speech } from '../speech/ssml';
import { speakDay, weekdayName } from '../text/dates';
import { askOrGoOn, carryOn, goOn } from './go-on';
import { ACTIVITY_FOR_DAY } from './logging';
import { followRestDay } from './reminders';
import { levelReachesWorkout } from './workout';

/** "Change my level": which one? */
export function askWhichLevel(turn: Turn): Response {
  const { t } = turn;
  return turn.reply({ speech: speech(t.t('level.which')), reprompt: speech(t.t('level.which.reprompt')) });
}

/** "Set my level to advanced": every dose read out follows it from now on. */
/**
 * `undone`: the level as it was before a change just made, put back by "undo" with the week it was set and how it felt
 * (found in review: the weeks toward a step up began again, and a "too hard" said was lost); an undo is no change to
 * undo in turn.
 */
export async function setLevel(turn: Turn, level: Level, undone?: Extract<SettingBefore, { level: Level }>): Promise<Response> {
  const { t } = turn;
  await turn.personalise();
  const before = turn.level;
  const profile = undone ? undefined : (await unlessUnavailable(turn.history()))?.profile;
  turn.learn({ level });
  const name = t.t(`level.${level}`);
  // A new level starts the count of weeks at one level afresh, and how the old one felt no longer applies.
  const levelSince = undone ? (undone.levelSince ?? null) : formatIsoWeek(isoWeekOf(await turn.today()));
  const felt = undone ? { effort: undone.effort ?? null, effortWeek: undone.effortWeek ?? null } : { effort: null, effortWeek: null };
  const saved = await stored(turn.withStore((store, user) => store.updateProfile(user, { level, levelSince, ...felt })));
  // "Undo that" next changes it back (found by a helper trying the console: it offered to remove a log of last week).
  const kept = profile && {
    ...(profile.levelSince !== undefined && { levelSince: profile.levelSince }),
    ...(profile.effort !== undefined && { effort: profile.effort }),
    ...(profile.effortWeek !== undefined && { effortWeek: profile.effortWeek }),
  };
  const changedFrom = !undone && saved && before !== level ? { changedFrom: { level: before, ...kept } } : {};
  // Mid-workout, the exercise under way keeps its level and the next one takes the new level (replies/workout.ts).
  if (workoutOf(turn.mode)) {
    const back = carryOn(turn);
    const from = levelReachesWorkout(turn) ? 'workout.levelFromNext' : 'workout.levelFromNextWorkout';
    return turn.reply({ speech: speech(t.t(saved ? 'level.set' : 'level.notSaved', { level: name }), t.t(from), back), reprompt: speech(back), ...changedFrom });
  }
  return turn.reply({
    speech: speech(t.t(saved ? 'level.set' : 'level.notSaved', { level: name }), t.t('anythingElse')),
    reprompt: speech(t.t('anythingElse.reprompt')),
    ...changedFrom,
  });
}

/** "Make it harder" moves one level up, "easier" one down; at the end of the range, it says so. */
export async function stepLevel(turn: Turn, direction: 'harder' | 'easier'): Promise<Response> {
  await turn.personalise();
  const { t } = turn;
  const at = LEVELS.indexOf(turn.level);
  const next = LEVELS[at + (direction === 'harder' ? 1 : -1)];
  if (!next) {
    const { question, reprompt } = goOn(turn);
    return turn.reply({
      speech: speech(
        t.t(direction === 'harder' ? 'level.atTop' : 'level.atBottom', { level: t.t(`level.${turn.level}`) }),
        direction === 'easier' && hiitUnderWay(turn.mode) ? t.t('level.atBottom.hiit') : undefined,
        question,
      ),
      reprompt: speech(reprompt),
    });
  }
  return setLevel(turn, next);
}

/** "What's my level?" */
export async function tellLevel(turn: Turn): Promise<Response> {
  await turn.personalise();
  const { t } = turn;
  const { reprompt } = goOn(turn);
  // Mid-workout, how to change it gives way to how to carry on. Outside one, which level suits whom ("what level should I
  // be at": found by a helper trying the console as an older user, the fallback).
  // The guide is the level's own: "Beginner suits anyone new" said to someone at intermediate read as a mistake (found by
  // a helper trying the console, December 6).
  const guide = turn.level === 'beginner' ? 'level.guide' : turn.level === 'intermediate' ? 'level.guide.intermediate' : 'level.guide.advanced';
  // At the top or the bottom, only the way there is to go (found in review: "the top level… say: make it harder").
  const hint = turn.level === 'beginner' ? 'level.changeHint.up' : turn.level === 'advanced' ? 'level.changeHint.down' : 'level.changeHint';
  const next = isWorkoutRunning(turn.mode) ? [reprompt] : [t.t(guide), t.t(hint)];
  return turn.reply({ speech: speech(t.t('level.current', { level: t.t(`level.${turn.level}`) }), ...next), reprompt: speech(reprompt) });
}

/** "Make Saturday my rest day": the week turns around it, keeping the article's mix. */
export async function setRestDay(turn: Turn, restDay: Weekday, undoable = true): Promise<Response> {
  const { t } = turn;
  // Already the rest day (tried as a user, "Done… the week moves around it" was said anyway): said so, nothing written.
  await turn.personalise();
  const before = turn.restDay;
  const already = before === restDay;
  const today = await turn.today();
  // Mid-week, this week keeps the days gone by: the new rest day swaps with the old where both are to come, else the
  // change waits for next week (see changeRestDay).
  const logged = already ? undefined : await unlessUnavailable(turn.history());
  const week = logged?.weeks.find((candidate) => candidate.week === formatIsoWeek(isoWeekOf(today)));
  const todayDone = countedOn(week, weekdayOf(today), ACTIVITY_FOR_DAY[turn.planOn(today).kind]);
  const change = already ? undefined : changeRestDay(today, before, restDay, turn.keptWeek, todayDone);
  const weekPlan = change?.thisWeek ? formatWeekPlan(change.thisWeek) : null;
  if (change && !(await stored(turn.withStore((store, user) => store.updateProfile(user, { restDay, weekPlan }))))) {
    const { question, reprompt } = goOn(turn);
    return turn.reply({ speech: speech(t.t('restDay.notSaved'), question), reprompt: speech(reprompt) });
  }
  if (change) turn.learn({ restDay, ...(weekPlan !== null && { weekPlan }) });
  const plan = turn.planOn(today);
  const next = askOrGoOn(turn, t.t('tips.offer.plan'), { kind: 'plan' });
  const reminders = already ? undefined : await followRestDay(turn, before);
  const values = {
    weekday: weekdayName(t, restDay),
    restThisWeek: weekdayName(t, change?.restThisWeek ?? restDay),
    ...(change?.moved && { moved: weekdayName(t, change.moved.weekday), kind: t.t(`plan.short.${change.moved.kind}`) }),
    ...(change?.rearranged && {
      days: t.list(change.rearranged.map((day) => t.t('restDay.dayHolds', { kind: t.t(`plan.short.${day.kind}`), day: weekdayName(t, day.weekday) }))),
    }),
  };
  return turn.reply({
    speech: speech(
      t.t(!change ? 'restDay.already' : change.outcome === 'whole' ? 'restDay.set' : change.rearranged ? 'restDay.set.rearranged' : `restDay.set.${change.outcome}`, values),
      // Mid-workout, the workout under way carries on: "today is a strength day" said during cardio only confused.
      workoutOf(turn.mode) ? undefined : t.t('plan.dayIs', { day: speakDay(t, today, today), kind: t.t(`plan.kind.${plan.kind}`) }),
      reminders,
      next.question,
    ),
    reprompt: speech(next.reprompt),
    offer: next.offer,
    // "Undo that" next changes it back (found by a helper trying the console: it offered to remove a log of last week).
    ...(undoable && change && { changedFrom: { restDay: before } }),
  });
}

/**
 * "Can I make tomorrow my rest day": a day's break is fine, and how to move the weekly one is said; nothing is set
 * (found in review: the day-off answer ended "pick up tomorrow", and "make today my rest day" is the day-off topic's).
 */
export async function tellOneDayOff(turn: Turn, date: LocalDate): Promise<Response> {
  await turn.personalise();
  const { t } = turn;
  const { question, reprompt } = goOn(turn);
  const day = weekdayOf(date);
  const values = { weekday: weekdayName(t, day), restDay: weekdayName(t, turn.restDay) };
  // The day's own plan answers: a week kept as planned after a change has its own rest day (found trying the console: on a
  // Saturday, "make tomorrow my day off" said the rest day each week was Tuesday, of this week's rest day, Sunday).
  // The weekly rest day not yet this week's: it is from next week (never "to make it Tuesday every week", of Tuesday).
  const rest = turn.planOn(date).kind === 'rest';
  const key = rest ? (day === turn.restDay ? 'restDay.oneDay.already' : 'restDay.oneDay.thisWeek') : day === turn.restDay ? 'restDay.oneDay.nextWeek' : 'restDay.oneDay';
  return turn.reply({ speech: speech(t.t(key, values), question), reprompt: speech(reprompt) });
}

/**
 * "Which day would you like to rest?" asked: the day said next answers it. Mid-workout it is no offer, as a yes or a no
 * there is still the workout's (found in review: a yes was taken as to the question, and the workout waited), but told,
 * for the one turn.
 */
function restDayAsked(turn: Turn): { offer: Offer } | { told: 'restDay' } {
  return workoutOf(turn.mode) ? { told: 'restDay' } : { offer: { kind: 'restDay' } };
}

export function askWhichRestDay(turn: Turn): Response {
  const { t } = turn;
  return turn.reply({ speech: speech(t.t('restDay.which')), reprompt: speech(t.t('restDay.which.reprompt')), ...restDayAsked(turn) });
}

/**
 * "I want Wednesdays and Sundays off": the plan keeps one rest day a week, said so, and which one asked; nothing is set
 * until the answer (found by helpers trying the console: the first day was set, and the second said nothing of).
 */
export function askWhichOfTwoRestDays(turn: Turn, first: Weekday, second: Weekday): Response {
  const { t } = turn;
  const days = { first: weekdayName(t, first), second: weekdayName(t, second) };
  return turn.reply({
    speech: speech(t.t('restDay.oneOfTwo', days)),
    reprompt: speech(t.t('restDay.oneOfTwo.reprompt', days)),
    ...restDayAsked(turn),
  });
}

/** "Friday", said alone with no question that takes a day: what a day alone can be for. */
export function tellDayAlone(turn: Turn, day: Weekday): Response {
  const { t } = turn;
  const name = weekdayName(t, day);
  return turn.reply({ speech: speech(t.t('restDay.dayAlone', { day: name })), reprompt: speech(t.t('anythingElse.reprompt')) });
}

const [FRIDAY, SATURDAY] = [5, 6] as const;

/** "What are my settings?": the level and the rest day, and how to change them. */
export async function tellSettings(turn: Turn): Promise<Response> {
  await turn.personalise();
  const { t } = turn;
  const { reprompt } = goOn(turn);
  // The example is a day that is not the rest day already (found by a helper: "make Saturday my rest day", of Saturday).
  const example = weekdayName(t, turn.restDay === SATURDAY ? FRIDAY : SATURDAY);
  const next = isWorkoutRunning(turn.mode) ? reprompt : t.t('settings.changeHint', { weekday: example });
  return turn.reply({
    speech: speech(t.t('level.current', { level: t.t(`level.${turn.level}`) }), t.t('restDay.current', { weekday: weekdayName(t, turn.restDay) }), next),
    reprompt: speech(reprompt),
  });
}

/** "When is my rest day?" */
export async function tellRestDay(turn: Turn): Promise<Response> {
  await turn.personalise();
  const { t } = turn;
  const { reprompt } = goOn(turn);
  // The example is another day than the rest day: Saturday, or Sunday when Saturday already is.
  const next = isWorkoutRunning(turn.mode) ? reprompt : t.t('restDay.changeHint', { day: weekdayName(t, turn.restDay === 6 ? 7 : 6) });
  // This week kept as it was planned, with another rest day: both said (found in review: "Wednesday is your rest day",
  // just after "this week stays as it was, with Sunday as its rest day").
  const thisWeek = turn.weekPlanOf(await turn.today()).find((day) => day.kind === 'rest')?.weekday;
  const told =
    thisWeek !== undefined && thisWeek !== turn.restDay
      ? t.t('restDay.current.thisWeek', { weekday: weekdayName(t, turn.restDay), thisWeek: weekdayName(t, thisWeek) })
      : t.t('restDay.current', { weekday: weekdayName(t, turn.restDay) });
  return turn.reply({ speech: speech(told, next), reprompt: speech(reprompt) });
}
