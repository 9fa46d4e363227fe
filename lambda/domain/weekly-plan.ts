import { SESSIONS, type SessionId, WEEK_ROTATION } from '../content/sessions';
import type { DayKind, Dose } from '../content/types';
import { type Weekday, WEEKDAYS } from './calendar';

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
export function trainingDaysLeft(weekday: Weekday, restDay: Weekday = DEFAULT_REST_DAY, todayDone = false): number {
  return WEEKDAYS.filter((day) => day >= weekday && !(day === weekday && todayDone) && planForDay(day, restDay).kind !== 'rest').length;
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
export function sessionOfKind(kind: DayKind, weekday: Weekday, restDay: Weekday = DEFAULT_REST_DAY): SessionId {
  for (let offset = 0; offset < 7; offset += 1) {
    const day = planForDay((((weekday - 1 + offset) % 7) + 1) as Weekday, restDay);
    if (day.kind === kind) return day.sessionId;
  }
  return planForDay(weekday, restDay).sessionId;
}
