import type { Weekday } from './calendar';
import type { Activity, CardioKind, LogEntry } from './progress';

/** Steps said alone ("I walked 2,000 extra steps"): no walk, as the week says. */
const stepsAlone = (entry: LogEntry): boolean => entry.activity === 'walk' && entry.minutes === 0 && entry.extraSteps > 0;

/** What "delete the walk", "take off yesterday's run" or "I logged strength twice" asks to take off. */
export interface RemovalAsked {
  readonly activity: Activity;
  /** The day said, if one was. */
  readonly weekday?: Weekday;
  /** A strength exercise said ("remove the deadlifts"): its entries, when the week has any. */
  readonly exercise?: string;
  /** The keys of the logs made this session, oldest first: of a day's logs alike, the latest of these is the last one. */
  readonly recent?: readonly string[];
  /** Minutes said with it ("the 25 minute swim"): of its kind, a log of that time, when there is one. */
  readonly minutes?: number;
  /** The kind of cardio said ("the swim"): of the cardio logs, those kept as that kind, when there are any. */
  readonly cardioKind?: CardioKind;
  /**
   * Cardio named as something with no kind of its own ("the skipping", "the tennis"): of the cardio logs, those kept
   * with no kind, when there are any; never a swim while the skipping is there.
   */
  readonly noKind?: boolean;
  /** Steps said ("delete the steps"), not a walk: of the walk logs, the steps said alone, when there are any. */
  readonly steps?: boolean;
}

/**
 * The log a removal means: of the entries of its kind (on the day said), the most recent day's; of that day's, one
 * that counts a session before one that only added to it, and the latest logged this session before the rest (a week
 * keeps its entries as a set, so their order is otherwise unknown). `onDay` are that day's entries it was chosen from,
 * itself included, and `days` every day its kind was logged, in order: what the question says besides.
 */
export type Removal =
  | { readonly kind: 'found'; readonly entry: LogEntry; readonly onDay: readonly LogEntry[]; readonly days: readonly Weekday[] }
  /** Nothing of that kind on the day said, or in the week: `days` are the days its kind was logged, if any. */
  | { readonly kind: 'none'; readonly days: readonly Weekday[] };

export function logToRemove(entries: readonly LogEntry[], asked: RemovalAsked): Removal {
  const ofKind = entries.filter((entry) => entry.activity === asked.activity);
  const exercise = ofKind.filter((entry) => asked.exercise !== undefined && entry.exercise === asked.exercise);
  // "Remove the swim": a swim, never a run; with none, cardio logged with no kind said (or before kinds were kept) may
  // be it.
  const ofCardioKind = ofKind.filter((entry) => entry.kind === asked.cardioKind);
  const unkinded = ofKind.filter((entry) => entry.kind === undefined);
  // "Delete the walk" is a walk, never steps said alone; "delete the steps" the steps (found by a helper trying the
  // console: the steps were offered for the walk). With none of what was said, any log of the kind.
  // Steps asked with none said alone: a walk logged with its steps, and never a walk without (found by a helper trying the
  // console: "remove the steps", with none logged, offered a 30-minute walk).
  const walks = ofKind.filter((entry) => asked.activity === 'walk' && stepsAlone(entry) === (asked.steps === true));
  const stepped = ofKind.filter((entry) => asked.steps === true && entry.extraSteps > 0);
  const candidates =
    exercise.length > 0
      ? exercise
      : walks.length > 0
        ? walks
        : asked.steps === true
          ? stepped
        : asked.cardioKind !== undefined
          ? ofCardioKind.length > 0
            ? ofCardioKind
            : unkinded
          : asked.noKind && unkinded.length > 0
            ? unkinded
            : ofKind;
  const days = [...new Set(candidates.map((entry) => entry.weekday))].sort((a, b) => a - b);
  // "The 25 minute swim": runs and swims are both cardio, and the time said tells them apart (found by a helper trying
  // the console: the 20-minute run was offered).
  const timed = candidates.filter((entry) => asked.minutes !== undefined && entry.minutes === asked.minutes);
  const matching = (timed.length > 0 ? timed : candidates).filter((entry) => asked.weekday === undefined || entry.weekday === asked.weekday);
  const day = Math.max(0, ...matching.map((entry) => entry.weekday));
  const ofDay = matching.filter((entry) => entry.weekday === day);
  const counted = ofDay.filter((entry) => entry.counts);
  const onDay = counted.length > 0 ? counted : ofDay;
  if (onDay.length === 0) return { kind: 'none', days };
  const recent = asked.recent ?? [];
  const entry = onDay.reduce((latest, candidate) => (recent.indexOf(candidate.key) >= recent.indexOf(latest.key) ? candidate : latest));
  return { kind: 'found', entry, onDay, days };
}

/** Two entries a listener could not tell apart: the same kind, day, time, steps, exercise and sets. */
export function sameToHear(a: LogEntry, b: LogEntry): boolean {
  return (
    a.activity === b.activity &&
    a.weekday === b.weekday &&
    a.minutes === b.minutes &&
    a.extraSteps === b.extraSteps &&
    a.exercise === b.exercise &&
    a.sets === b.sets &&
    a.kind === b.kind
  );
}

/** A kind of log as "which one?" names it: steps said alone (`steps`) are no walk. */
export interface KindLogged {
  readonly activity: Activity;
  readonly count: number;
  readonly steps?: true;
}

/** How many sessions of each kind a week's entries hold, in the order given: what "which one?" names. */
export function kindsLogged(entries: readonly LogEntry[], order: readonly Activity[]): KindLogged[] {
  return order
    .flatMap((activity): KindLogged[] => {
      const ofKind = entries.filter((entry) => entry.activity === activity);
      if (activity === 'walk') {
        const walks = ofKind.filter((entry) => !stepsAlone(entry));
        const counted = walks.filter((entry) => entry.counts).length;
        return [{ activity, count: counted > 0 ? counted : walks.length }, { activity, count: ofKind.filter(stepsAlone).length, steps: true }];
      }
      // Minutes or an exercise added to a session are part of it; a kind with only such entries still has something to remove.
      const sessions = ofKind.filter((entry) => entry.counts).length;
      return [{ activity, count: sessions > 0 ? sessions : ofKind.length }];
    })
    .filter(({ count }) => count > 0);
}
