import type { Level } from '../content/types';
import type { Weekday } from '../domain/calendar';
import type { ActivityLog } from '../domain/progress';
import type { WeekPlan } from '../domain/weekly-plan';
import { shortKey } from '../store/user-key';
import { type Mode, isWorkoutRunning, modeFields, modeOf } from './mode';
import { type Caution, type FeltNote, type Offer, SESSION_LOGS_KEPT, type SessionState, type SettingBefore, pendingCaution } from './state';

/** What a reply that keeps the session open says about the next turn. */
export interface NextTurn {
  /** The new mode; left out, the mode carries over as it was. */
  readonly mode?: Mode;
  /** A question just asked, so "yes" and "no" know what they answer. Lives one turn. */
  readonly offer?: Offer;
  /** The log just made, for "undo". Lives one turn. */
  readonly lastLog?: ActivityLog;
  /** The log a correction just replaced ("actually it was 40 minutes"), for "undo" to put back. Lives with `lastLog`. */
  readonly corrected?: ActivityLog;
  /** `lastLog` is the day's plan, logged as "I did my workout": moved to another day, it is that day's plan. */
  readonly lastLogPlanned?: true;
  /** A setting just changed, as it was before: "undo that" changes it back. Lives one turn. */
  readonly changedFrom?: SettingBefore;
  /**
   * What the answer told of, when a day said alone next ("and last week?") asks about the same; or, mid-workout, that it
   * was not understood (`outOfScope`), so a bare yes next is no "next". Lives one turn.
   */
  readonly told?: 'progress' | 'outOfScope' | 'paused' | 'restDay';
  /** An answer beside a workout, which then carries on ("how many left?"): "repeat" next says it again, not the step. Lives one turn. */
  readonly aside?: true;
  /** Keep the previous turn's offer and last log one more turn ("repeat" says the same question again). */
  readonly keepPending?: boolean;
  /** The answer ends on the doctor question ("Before we go on: has your doctor said…?"), so a yes answers it. */
  readonly asksCleared?: boolean;
  /** The answer says only that nothing was understood: "pardon?" next says the answer before it again, not this. */
  readonly keepLast?: true;
}

/** What the user is known to have and to have heard, gathered while the turn ran. */
export interface Known {
  readonly noticeGiven: boolean;
  readonly profileLoaded?: boolean;
  readonly level?: Level;
  readonly restDay?: Weekday;
  /** The week a rest day changed in, as it keeps its plan (weekly-plan.ts). */
  readonly weekPlan?: WeekPlan;
  /** When the session began, and the device's time zone once known: they hold for the whole session. */
  readonly since?: number;
  readonly timeZone?: string;
  /** Workout reminders were offered: saved in the profile, or said in this session and still to be saved. */
  readonly remindersOffered?: 'unsaved' | 'saved';
  /** A condition, a pregnancy or an injury told, or a doctor's okay: for the session. */
  readonly caution?: Caution;
  /** Pain or feeling unwell told with no workout under way, until a workout asked for hears it has passed. */
  readonly felt?: FeltNote;
  /** An age under 18 told: answers about eating say, first, not to cut back while growing. For the session. */
  readonly young?: true;
}

/**
 * The carry rule, the one place that says what survives a turn: the user's settings, the notice and the reminders
 * offer once known (an offer the profile does not hold yet stays 'unsaved' until a request writes it); the
 * mode until a reply ends or replaces it; an offer, the last log and what was told of for one turn only; the keys of
 * the last few logs for the session; the last answer, for "repeat". An answer in a running workout that waits for a
 * doctor's okay and ends on that question (go-on.ts) leaves it pending; one that ends on anything else ("Paused. Say,
 * resume my workout…", help) does not, so a yes there is never taken for the okay (found in review).
 */
export function carry(before: SessionState, known: Known, next: NextTurn, last: SessionState['last']): SessionState {
  const mode = next.mode ?? modeOf(before);
  const offer = next.offer ?? (next.keepPending ? before.offer : undefined) ?? (next.asksCleared ? clearedPending(mode, known.caution) : undefined);
  const lastLog = next.lastLog ?? (next.keepPending ? before.lastLog : undefined);
  const corrected = next.lastLog ? next.corrected : next.keepPending ? before.corrected : undefined;
  const lastLogPlanned = next.lastLog ? next.lastLogPlanned : next.keepPending ? before.lastLogPlanned : undefined;
  const told = next.told ?? (next.keepPending ? before.told : undefined);
  const changedFrom = next.changedFrom ?? (next.keepPending ? before.changedFrom : undefined);
  // Any answer in a running workout that leaves its place as it was ("can I spot reduce?", "too hard") is beside it:
  // "say that again" is that answer (found by a helper trying the console: the round was replayed, rests and all).
  const aside = next.aside ?? (next.keepPending ? before.aside : undefined) ?? (next.mode === undefined && isWorkoutRunning(mode) ? true : undefined);
  // "Pardon?" after "sorry, I didn't get that" is the answer before it (found by a helper trying the console as an older
  // user: it said the fallback again).
  const repeatable = next.keepLast && before.last ? before.last : last;
  const sessionLogs = next.lastLog ? withLatest(before.sessionLogs ?? [], shortKey(next.lastLog.requestId)) : before.sessionLogs;
  return {
    noticeGiven: known.noticeGiven,
    ...(known.profileLoaded && { profileLoaded: true }),
    ...(known.level && { level: known.level }),
    ...(known.restDay && { restDay: known.restDay }),
    ...(known.weekPlan && { weekPlan: known.weekPlan }),
    ...(known.since && { since: known.since }),
    ...(known.timeZone && { timeZone: known.timeZone }),
    ...(known.remindersOffered && { remindersOffered: known.remindersOffered }),
    ...(known.caution && { caution: known.caution }),
    ...(known.felt && { felt: known.felt }),
    ...(known.young && { young: true as const }),
    ...modeFields(mode),
    ...(offer && { offer }),
    ...(lastLog && { lastLog }),
    ...(lastLog && corrected && { corrected }),
    ...(lastLog && lastLogPlanned && { lastLogPlanned }),
    ...(told && { told }),
    ...(changedFrom && { changedFrom }),
    ...(aside && { aside }),
    ...(sessionLogs && { sessionLogs }),
    ...(repeatable && { last: repeatable }),
  };
}

/**
 * "Has your doctor said it's okay?", pending while a workout (a how-to asked in it too: found in a second review) not
 * paused for pain waits for the answer.
 */
function clearedPending(mode: Mode, caution: Caution | undefined): Offer | undefined {
  return mode.kind === 'workout' && !mode.workout.hurt && pendingCaution(caution) ? { kind: 'cleared', resume: true } : undefined;
}

/** The session's latest log keys, this one last: a log answered again (a retry, a reply that keeps it) is one log. */
function withLatest(keys: readonly string[], key: string): readonly string[] {
  return [...keys.filter((kept) => kept !== key), key].slice(-SESSION_LOGS_KEPT);
}
