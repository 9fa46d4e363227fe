import { SESSIONS, type SessionId, WEEK_ROTATION } from '../content/sessions';
import type { DayKind, Dose } from '../content/types';
import { type LocalDate, type Weekday, WEEKDAYS, formatIsoWeek, isoWeekOf, weekdayOf } from './calendar';

export const DEFAULT_REST_DAY: Weekday = 7;

export interface PlannedDay {
  readonly weekday: Weekday;
  readonly sessionId: SessionId;
  readonly kind: DayKind;
  readonly exerciseIds: readonly string[];
}

/** The session on `weekday` when the user rests on `restDay`: the rotation shifts, the mix stays. */
export function planForDay(weekday: Weekday, restDay: Weekday = DEFAULT_REST_DAY): PlannedDay {
  const sessionId = WEEK_ROTATION[(weekday - restDay + 6) % 7] as SessionId;
  const session = SESSIONS[sessionId];
  return { weekday, sessionId, kind: session.kind, exerciseIds: session.exerciseIds };
}

/** Monday to Sunday. */
export function weeklyPlan(restDay: Weekday = DEFAULT_REST_DAY): readonly PlannedDay[] {
  return WEEKDAYS.map((weekday) => planForDay(weekday, restDay));
}

/**
 * The week a rest day was changed in, as it keeps its plan: its sessions Monday to Sunday. A rest day changed
 * mid-week turns only the weeks after it; this one keeps the days gone by as they were, and the new rest day swaps
 * with the old where both are still to come (found by a helper trying the console: on a Thursday, "Saturday off instead
 * of Sunday" made today strength, not cardio, and Monday's strength, done, read as HIIT).
 */
export interface WeekPlan {
  /** ISO week, "2026-W50". */
  readonly week: string;
  readonly sessions: readonly SessionId[];
}

/** The plan of the week `date` is in: the week kept when a rest day changed in it, else the rotation around `restDay`. */
export function weekPlanOf(date: LocalDate, restDay: Weekday = DEFAULT_REST_DAY, kept?: WeekPlan): readonly PlannedDay[] {
  const own = kept?.week === formatIsoWeek(isoWeekOf(date)) ? kept.sessions : undefined;
  if (!own) return weeklyPlan(restDay);
  return WEEKDAYS.map((weekday) => {
    const sessionId = own[weekday - 1] as SessionId;
    const session = SESSIONS[sessionId];
    return { weekday, sessionId, kind: session.kind, exerciseIds: session.exerciseIds };
  });
}

/** The session planned on `date`: its week's own, kept when a rest day changed in it, else the rotation's. */
export function planOn(date: LocalDate, restDay: Weekday = DEFAULT_REST_DAY, kept?: WeekPlan): PlannedDay {
  return weekPlanOf(date, restDay, kept)[weekdayOf(date) - 1] as PlannedDay;
}

/** What changing the rest day on `today` does to this week. */
export interface RestDayChange {
  /** This week's plan to keep; undefined when this week simply follows the new rotation (nothing gone by differs). */
  readonly thisWeek?: WeekPlan;
  /**
   * 'whole': the week turns around the new day (no day gone by changes); 'swapped': this week the new rest day and the
   * old one trade sessions; 'nextWeek': one of them has gone by, so this week stays as it was.
   */
  readonly outcome: 'whole' | 'swapped' | 'nextWeek';
  /** This week's rest day, as kept. */
  readonly restThisWeek: Weekday;
  /** 'swapped': the session the old rest day now holds. */
  readonly moved?: PlannedDay;
  /**
   * 'swapped', when the swap alone would have put two HIIT days side by side: the days still to come whose kind of
   * session changed in spacing them out (the new rest day aside), Monday first, each with the session it holds now.
   */
  readonly rearranged?: readonly PlannedDay[];
}

/**
 * This week's plan once the rest day changes from `before` to `after` on `today` (see WeekPlan). With today's session
 * done (`todayDone`), today has gone by too: it keeps its plan (found in review: today's cardio, done, "moved" to Sunday).
 */
export function changeRestDay(today: LocalDate, before: Weekday, after: Weekday, kept?: WeekPlan, todayDone = false): RestDayChange {
  const week = formatIsoWeek(isoWeekOf(today));
  const now = weekPlanOf(today, before, kept);
  const turned = weeklyPlan(after);
  const day = weekdayOf(today);
  // Today is the first day nothing is done of, and on Monday nothing of the week has gone by: the whole week turns.
  const goneBy = (weekday: Weekday) => weekday < day || (todayDone && weekday === day);
  const sessionsNow = now.map((planned) => planned.sessionId);
  if (WEEKDAYS.every((weekday) => !goneBy(weekday) || now[weekday - 1]?.sessionId === turned[weekday - 1]?.sessionId)) {
    return { outcome: 'whole', restThisWeek: after };
  }
  const restNow = (now.find((planned) => planned.kind === 'rest')?.weekday ?? before) as Weekday;
  if (goneBy(restNow) || goneBy(after)) return { outcome: 'nextWeek', restThisWeek: restNow, thisWeek: { week, sessions: sessionsNow } };
  const sessions = [...sessionsNow];
  sessions[restNow - 1] = sessionsNow[after - 1] as SessionId;
  sessions[after - 1] = sessionsNow[restNow - 1] as SessionId;
  // Two HIIT days can end up side by side, this week or with next Monday's ("too much workout and constant hard work
  // without rest", the article warns): found in review, a Tuesday rest taken on a Tuesday made Saturday, Sunday and the
  // next Monday all HIIT. The days still to come are then arranged to space them out (see spacedOut).
  const nextMonday = turned[0]!.sessionId;
  const open = WEEKDAYS.filter((weekday) => !goneBy(weekday) && weekday !== after);
  const spaced = backToBack(sessions, nextMonday, 'hiit') > 0 ? spacedOut(sessions, sessionsNow, nextMonday, open, day) : undefined;
  const thisWeek = { week, sessions: spaced ?? sessions };
  const planned = weekPlanOf(today, after, thisWeek);
  const kindNow = (weekday: Weekday) => SESSIONS[sessionsNow[weekday - 1] as SessionId].kind;
  const rearranged = spaced ? open.filter((weekday) => planned[weekday - 1]!.kind !== kindNow(weekday)).map((weekday) => planned[weekday - 1] as PlannedDay) : undefined;
  return { outcome: 'swapped', restThisWeek: after, thisWeek, moved: planned[restNow - 1] as PlannedDay, ...(rearranged && { rearranged }) };
}

/** How many times a day of `kind` follows another in this week's sessions, next Monday's counted as the eighth day. */
function backToBack(sessions: readonly SessionId[], nextMonday: SessionId, kind: DayKind): number {
  const kinds = [...sessions, nextMonday].map((id) => SESSIONS[id].kind);
  return kinds.slice(1).filter((next, at) => next === kind && kinds[at] === kind).length;
}

/** Whether scores `a` come before `b`, compared value by value. */
function ranksBefore(a: readonly number[], b: readonly number[]): boolean {
  const at = a.findIndex((value, index) => value !== b[index]);
  return at >= 0 && (a[at] as number) < (b[at] as number);
}

/** Every order of `items`, each distinct order once. */
function orders<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  const seen = new Set<T>();
  return items.flatMap((item, at) => {
    if (seen.has(item)) return [];
    seen.add(item);
    return orders([...items.slice(0, at), ...items.slice(at + 1)]).map((rest) => [item, ...rest]);
  });
}

/**
 * This week's sessions with those of the `open` days (still to come, the new rest day aside) rearranged so no two HIIT
 * days are side by side: of the arrangements that do it, the one leaving `today` as it was planned, then changing the
 * fewest days from the plan before the change (`planned`), then leaving the fewest strength days side by side. At most
 * six days, 720 orders. Undefined when none spaces them (a Saturday rest taken on a Saturday leaves only Sunday to
 * come, and next Monday is HIIT).
 */
function spacedOut(sessions: readonly SessionId[], planned: readonly SessionId[], nextMonday: SessionId, open: readonly Weekday[], today: Weekday): SessionId[] | undefined {
  let best: { sessions: SessionId[]; score: readonly number[] } | undefined;
  for (const order of orders(open.map((weekday) => sessions[weekday - 1] as SessionId))) {
    const trial = [...sessions];
    open.forEach((weekday, at) => (trial[weekday - 1] = order[at] as SessionId));
    if (backToBack(trial, nextMonday, 'hiit') > 0) continue;
    const changed = open.filter((weekday) => trial[weekday - 1] !== planned[weekday - 1]);
    const score = [changed.includes(today) ? 1 : 0, changed.length, backToBack(trial, nextMonday, 'strength')];
    if (!best || ranksBefore(score, best.score)) best = { sessions: trial, score };
  }
  return best?.sessions;
}

/** A week's plan as the profile keeps it: "2026-W50:strength-a,hiit,…" (seven sessions, Monday first). */
export function formatWeekPlan(plan: WeekPlan): string {
  return `${plan.week}:${plan.sessions.join(',')}`;
}

/** A kept week's plan read back; undefined when malformed (never trusted). */
export function readWeekPlan(text: unknown): WeekPlan | undefined {
  if (typeof text !== 'string' || text.length > 200) return undefined;
  const match = /^(\d{4}-W\d{2}):([a-z-]+(?:,[a-z-]+){6})$/.exec(text);
  if (!match) return undefined;
  const sessions = (match[2] as string).split(',');
  if (!sessions.every((id) => Object.hasOwn(SESSIONS, id))) return undefined;
  if (sessions.filter((id) => SESSIONS[id as SessionId].kind === 'rest').length !== 1) return undefined;
  return { week: match[1] as string, sessions: sessions as SessionId[] };
}

/** How many sessions of each kind a week holds; the targets that progress is measured against. */
export function weeklyTargets(restDay: Weekday = DEFAULT_REST_DAY): Readonly<Record<DayKind, number>> {
  const targets: Record<DayKind, number> = { strength: 0, hiit: 0, cardio: 0, rest: 0 };
  for (const day of weeklyPlan(restDay)) targets[day.kind] += 1;
  return targets;
}

/**
 * Training days left in the week from `weekday` (today) on: days whose plan is a session that counts (not the rest
 * or recovery day), today only if `todayDone` is false.
 */
export function trainingDaysLeft(weekday: Weekday, restDay: Weekday = DEFAULT_REST_DAY, todayDone = false, week: readonly PlannedDay[] = weeklyPlan(restDay)): number {
  return WEEKDAYS.filter((day) => day >= weekday && !(day === weekday && todayDone) && week[day - 1]?.kind !== 'rest').length;
}

/** The minutes a dose sets for a timed session (HIIT, cardio); undefined for sets, holds and steps. */
export function plannedMinutes(dose: Dose | undefined): number | undefined {
  return dose && (dose.kind === 'minutes' || dose.kind === 'intervals') ? dose.minutes : undefined;
}

export const DAY_KINDS: readonly DayKind[] = ['strength', 'hiit', 'cardio', 'rest'];

/** The sessions a user can ask for by name ("let's do HIIT", "my stretch day"), and the kind of day each is. */
export const SESSION_NAMES = { strength: 'strength', hiit: 'hiit', cardio: 'cardio', stretch: 'rest' } as const satisfies Record<string, DayKind>;
export type SessionName = keyof typeof SESSION_NAMES;

/** The day kind a SessionName slot id names, if it names one. */
export function kindOfSessionName(id: string | undefined): DayKind | undefined {
  return id !== undefined && Object.hasOwn(SESSION_NAMES, id) ? SESSION_NAMES[id as SessionName] : undefined;
}

/**
 * The session to do on `weekday` when the user asks for a kind ("let's do HIIT today"): today's own if it is of that
 * kind, else the next one of that kind in the user's week, so a swapped day still follows the plan's rotation.
 */
export function sessionOfKind(kind: DayKind, weekday: Weekday, restDay: Weekday = DEFAULT_REST_DAY, week: readonly PlannedDay[] = weeklyPlan(restDay)): SessionId {
  for (let offset = 0; offset < 7; offset += 1) {
    // The rest of this week as it is planned, then the next week's rotation.
    const at = weekday - 1 + offset;
    const day = at < 7 ? week[at] : planForDay((at - 6) as Weekday, restDay);
    if (day?.kind === kind) return day.sessionId;
  }
  return (week[weekday - 1] ?? planForDay(weekday, restDay)).sessionId;
}
