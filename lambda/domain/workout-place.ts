import { SESSIONS, type SessionId } from '../content/sessions';
import { parseIsoDate } from './calendar';

/**
 * Where a guided workout stands: the day it belongs to, its session, and the step under way (`index` equal to the
 * workout's length is finished). The session carries it between turns; the week item keeps it across sessions.
 */
export interface WorkoutPlace {
  /** ISO date of the day the workout is for. */
  readonly date: string;
  readonly sessionId: SessionId;
  readonly index: number;
}

/** No session has this many steps at any level; a larger index is not one this skill wrote. Indexes are clamped on use. */
export const MAX_WORKOUT_STEPS = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The one reader of a place, from the session or the store: anything this skill could not have written is none. */
export function readWorkoutPlace(value: unknown): WorkoutPlace | undefined {
  if (!isRecord(value)) return undefined;
  const { date, sessionId, index } = value;
  if (typeof date !== 'string' || !parseIsoDate(date)) return undefined;
  if (typeof sessionId !== 'string' || !Object.hasOwn(SESSIONS, sessionId)) return undefined;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > MAX_WORKOUT_STEPS) return undefined;
  return { date, sessionId: sessionId as SessionId, index };
}
