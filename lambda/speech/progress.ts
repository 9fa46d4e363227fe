import { type Catalogue, findExercise } from '../content/catalogue';
import type { ActivityTotals } from '../domain/activity-report';
import type { Activity, CardioPart, KindProgress, WeekReport } from '../domain/progress';
import type { Translator } from '../i18n/translator';
import { type Speech, speech } from './ssml';

/** "2 of 3 strength sessions", "2 of 2 HIIT sessions, plus one extra", "one swim of 30 minutes": a kind heard once, never as a zero. */
function kindItems(t: Translator, kind: KindProgress, cardio: readonly CardioPart[]): string[] {
  if (kind.kind === 'cardio') return cardioItems(t, cardio);
  if (kind.done > kind.target) return [t.t(`progress.kind.${kind.kind}Over`, { target: kind.target, extra: kind.done - kind.target })];
  return [t.t(`progress.kind.${kind.kind}`, { done: kind.done, target: kind.target })];
}

/**
 * Cardio by kind, each with its minutes, as a walk has: "one run of 20 minutes, one swim of 30 minutes" (found trying
 * the console: a 45-minute swim came back as "one cardio session"); cardio with no kind said is "cardio".
 */
function cardioItems(t: Translator, cardio: readonly CardioPart[]): string[] {
  return cardio.map(({ kind, count, minutes }) => {
    const said = kind ?? 'cardio';
    return minutes > 0 ? t.t(`progress.count.${said}For`, { count, minutes }) : t.t(`progress.count.${said}`, { count });
  });
}

/** Stretch and recovery with its minutes, as a walk has (found by a helper trying the console: "one stretch session"). */
function stretchItem(t: Translator, count: number, minutes: number): string {
  return minutes > 0 ? t.t('progress.count.stretchFor', { count, minutes }) : t.t('progress.count.stretch', { count });
}

function walkItem(t: Translator, walks: number, minutes: number): string {
  return minutes > 0 ? t.t('progress.count.walksFor', { count: walks, minutes }) : t.t('progress.count.walk', { count: walks });
}

/** "8 minutes of a workout ended early, not counted as a session": what was done, never said as a session. */
function partItems(t: Translator, workouts: number, minutes: number): string[] {
  return minutes > 0 ? [t.t('progress.partMinutes', { count: workouts, minutes })] : [];
}

/** A week's items: the planned kinds done (what is not done is said once, under what is left), walks, days, steps. */
function weekItems(t: Translator, report: WeekReport): string[] {
  return [
    ...report.kinds.filter((kind) => kind.done > 0).flatMap((kind) => kindItems(t, kind, report.cardio)),
    ...(report.walks > 0 ? [walkItem(t, report.walks, report.walkMinutes)] : []),
    // A yoga or stretch day was left out, so "how's my week" never named it (found by helpers trying the console).
    ...(report.stretches > 0 ? [stretchItem(t, report.stretches, report.stretchMinutes)] : []),
    // Only more than one: "1 active day" beside what was done that day says nothing more, and after a workout ended
    // early read as part of it ("…not counted as a session and 1 active day").
    ...(report.activeDays > 1 ? [t.t('progress.activeDays', { count: report.activeDays })] : []),
    ...(report.extraSteps > 0 ? [t.t('progress.steps', { steps: report.extraSteps })] : []),
    // Last: it ends on "not counted as a session", which read as part of whatever came after it.
    ...partItems(t, report.partWorkouts, report.partMinutes),
  ];
}

function isEmptyWeek(report: WeekReport): boolean {
  return report.sessions === 0 && report.activeDays === 0 && report.extraSteps === 0 && report.partMinutes === 0;
}

function leftItems(t: Translator, report: WeekReport): string[] {
  return report.kinds.filter((kind) => kind.left > 0).map((kind) => t.t(`progress.left.${kind.kind}`, { count: kind.left }));
}

/** "This week: 2 of 3 strength sessions, 2 of 2 HIIT sessions, plus one extra, 5 active days, and 11,000 extra steps. Still to do: …" */
export function speakWeekReport(t: Translator, report: WeekReport, daysLeft?: number): Speech {
  const said = speech();
  said.say(isEmptyWeek(report) ? t.t('progress.nothingYet') : t.t('progress.thisWeek', { items: t.list(weekItems(t, report)) }));
  const left = leftItems(t, report);
  said.say(left.length > 0 ? t.t('progress.left', { items: t.list(left) }) : t.t('progress.allDone'));
  // Tried as a user: on a Thursday, "Still to do: 3 strength, 2 HIIT and 1 cardio", with four days left and no word
  // on it. More left than days to do it in: no cramming.
  const sessionsLeft = report.kinds.reduce((sum, kind) => sum + kind.left, 0);
  if (daysLeft !== undefined && sessionsLeft > daysLeft) said.say(daysLeft === 0 ? t.t('progress.noDaysLeft') : t.t('progress.moreThanDaysLeft', { count: daysLeft }));
  // A week with only walks or steps had no session to count: "0 sessions in all" read as nothing done (found by a
  // helper trying the console).
  if (report.lastWeekSessions) said.say(t.t('progress.lastWeek', { count: report.lastWeekSessions, planned: report.kinds.reduce((sum, kind) => sum + kind.target, 0) }));
  if (report.streak >= 2) said.say(t.t('progress.streak', { count: report.streak }));
  else if (report.streak === 1 && !report.met) said.say(t.t('progress.metLastWeek'));
  return said;
}

/**
 * "How much cardio did I do this week": that kind only, and what is left of it ("This week: one run of 30 minutes and
 * one swim of 20 minutes. Still to do: 1 cardio."), or that none is logged yet (tried as a user, December 5: the whole
 * week was read out, and the cardio asked about was one item in it).
 */
export function speakWeekOfKind(t: Translator, report: WeekReport, activity: Activity, daysLeft?: number): Speech {
  const kind = report.kinds.find((candidate) => candidate.kind === activity);
  const items =
    activity === 'walk'
      ? [...(report.walks > 0 ? [walkItem(t, report.walks, report.walkMinutes)] : []), ...(report.extraSteps > 0 ? [t.t('progress.steps', { steps: report.extraSteps })] : [])]
      : activity === 'stretch'
        ? report.stretches > 0
          ? [stretchItem(t, report.stretches, report.stretchMinutes)]
          : []
        : kind && kind.done > 0
          ? kindItems(t, kind, report.cardio)
          : [];
  const said = speech(items.length > 0 ? t.t('progress.thisWeek', { items: t.list(items) }) : t.t(`progress.noneOf.${activity}`));
  if (kind && kind.left > 0) said.say(t.t('progress.left', { items: t.t(`progress.left.${kind.kind}`, { count: kind.left }) }));
  // More of it left than days to do it in: no cramming, as the whole week says (found in review).
  if (kind && daysLeft !== undefined && kind.left > daysLeft) said.say(daysLeft === 0 ? t.t('progress.noDaysLeft') : t.t('progress.moreThanDaysLeft', { count: daysLeft }));
  return said;
}

/**
 * A week gone by: what was done, and whether it met the plan. `week` names it ("Last week", "The week of
 * Monday, November 9").
 */
export function speakPastWeek(t: Translator, report: WeekReport, week: string): Speech {
  if (isEmptyWeek(report)) return speech(t.t('progress.pastWeek.nothing', { week }));
  const left = leftItems(t, report);
  return speech(
    t.t('progress.pastWeek', { week, items: t.list(weekItems(t, report)) }),
    report.met ? t.t('progress.pastWeek.met') : t.t('progress.pastWeek.short', { items: t.list(left) }),
    report.met && report.streak >= 2 ? t.t('progress.streakThen', { count: report.streak }) : undefined,
  );
}

const ACTIVITY_ORDER: readonly Activity[] = ['strength', 'hiit', 'cardio', 'walk', 'stretch'];

/**
 * A day's or a month's items: sessions of each kind (strength with its exercises), walks with their minutes, workouts
 * ended early, steps.
 */
function totalsItems(t: Translator, catalogue: Catalogue, totals: ActivityTotals, withDays: boolean): string[] {
  // In the catalogue's order: a week keeps its logs as a set, so the order they were logged in is not known.
  const order = (id: string) => catalogue.exercises.findIndex((exercise) => exercise.id === id);
  const exercises = [...totals.exercises].sort((a, b) => order(a.id) - order(b.id)).map(({ id, sets }) => {
    const exercise = findExercise(catalogue, id)?.name ?? id;
    return sets > 0 ? t.t('progress.exerciseSets', { exercise, count: sets }) : exercise;
  });
  const items = ACTIVITY_ORDER.filter((activity) => totals.sessions[activity] > 0).flatMap((activity) => {
    const count = totals.sessions[activity];
    if (activity === 'walk') return walkItem(t, count, totals.walkMinutes);
    if (activity === 'cardio') return cardioItems(t, totals.cardio);
    if (activity === 'stretch') return stretchItem(t, count, totals.stretchMinutes);
    // A finished HIIT workout with its minutes, as cardio (found by a helper trying the console: "one HIIT session").
    if (activity === 'hiit' && totals.hiitMinutes > 0) return t.t('progress.count.hiitFor', { count, minutes: totals.hiitMinutes });
    const item = t.t(`progress.count.${activity}`, { count });
    return activity === 'strength' && exercises.length > 0 ? t.t('progress.with', { item, exercises: t.list(exercises) }) : item;
  });
  // A workout ended early comes last: its item ends on "not counted as a session", which read as part of whatever came
  // after it ("…not counted as sessions and 2 active days").
  return [
    ...items,
    ...(totals.unknownLogs > 0 ? [t.t('progress.earlierLogs', { count: totals.unknownLogs })] : []),
    ...(withDays && totals.activeDays > 1 ? [t.t('progress.activeDays', { count: totals.activeDays })] : []),
    ...(totals.extraSteps > 0 ? [t.t('progress.steps', { steps: totals.extraSteps })] : []),
    ...partItems(t, totals.partWorkouts, totals.partMinutes),
  ];
}

/** "Yesterday: one strength session with deadlifts and 3 sets of bent-over rows, and one walk of 30 minutes." */
export function speakDayReport(t: Translator, catalogue: Catalogue, totals: ActivityTotals, day: string, dayInSentence: string): Speech {
  const items = totalsItems(t, catalogue, totals, false);
  return speech(items.length === 0 ? t.t('progress.day.nothing', { day: dayInSentence }) : t.t('progress.day', { day, items: t.list(items) }));
}

/** "This month so far: 9 strength sessions, …, 14 active days, and 40,000 extra steps." `month` is null for this month. */
export function speakMonthReport(t: Translator, catalogue: Catalogue, totals: ActivityTotals, month: string | null): Speech {
  const items = totalsItems(t, catalogue, totals, true);
  if (month === null) return speech(items.length === 0 ? t.t('progress.thisMonth.nothing') : t.t('progress.thisMonth', { items: t.list(items) }));
  return speech(items.length === 0 ? t.t('progress.month.nothing', { month }) : t.t('progress.month', { month, items: t.list(items) }));
}
