import { SESSIONS } from '../content/sessions';
import type { WorkoutPlace } from '../domain/workout-place';
import type { HowToPosition, SessionState } from './state';

/**
 * What the conversation is in the middle of. It lasts until a reply ends or replaces it (see carry.ts); an offer
 * (the question just asked) and the last log sit beside it for one turn only.
 */
export type Mode =
  | { readonly kind: 'idle' }
  | { readonly kind: 'howTo'; readonly howTo: HowToPosition }
  /** A guided workout; `howTo` is set while an exercise is being taught in the middle of it (the workout waits). */
  | { readonly kind: 'workout'; readonly workout: WorkoutPlace; readonly howTo?: HowToPosition };

export const IDLE: Mode = { kind: 'idle' };

export function modeOf(state: Pick<SessionState, 'workout' | 'howTo'>): Mode {
  if (state.workout) return state.howTo ? { kind: 'workout', workout: state.workout, howTo: state.howTo } : { kind: 'workout', workout: state.workout };
  if (state.howTo) return { kind: 'howTo', howTo: state.howTo };
  return IDLE;
}

/** The session fields that hold a mode. */
export function modeFields(mode: Mode): Pick<SessionState, 'workout' | 'howTo'> {
  switch (mode.kind) {
    case 'idle':
      return {};
    case 'howTo':
      return { howTo: mode.howTo };
    case 'workout':
      return mode.howTo ? { workout: mode.workout, howTo: mode.howTo } : { workout: mode.workout };
  }
}

/** A workout running, not paused for a how-to: next, back and skip steer it. */
export function isWorkoutRunning(mode: Mode): mode is Extract<Mode, { kind: 'workout' }> {
  return mode.kind === 'workout' && mode.howTo === undefined;
}

/** The how-to being walked through, on its own or in the middle of a workout. */
export function howToOf(mode: Mode): HowToPosition | undefined {
  return mode.kind === 'idle' ? undefined : mode.howTo;
}

/** The workout under way, whether it runs or waits behind a how-to. */
/** True when the workout under way is made of HIIT rounds. */
export function hiitUnderWay(mode: Mode): boolean {
  const place = workoutOf(mode);
  return place !== undefined && SESSIONS[place.sessionId].kind === 'hiit';
}

export function workoutOf(mode: Mode): WorkoutPlace | undefined {
  return mode.kind === 'workout' ? mode.workout : undefined;
}
