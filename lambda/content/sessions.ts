import type { DayKind } from './types';

/** The sessions a week is made of. Strength days share the article's moves, with the heavy hinges spread out. */
export const SESSIONS = {
  'strength-a': { kind: 'strength', exerciseIds: ['deadlift', 'bent-over-row', 'glute-bridge', 'superman', 'side-plank'] },
  'strength-b': { kind: 'strength', exerciseIds: ['good-morning', 'suitcase-carry', 'bent-over-row', 'glute-bridge', 'side-plank'] },
  'strength-c': { kind: 'strength', exerciseIds: ['deadlift', 'suitcase-carry', 'superman', 'glute-bridge', 'side-plank'] },
  hiit: { kind: 'hiit', exerciseIds: ['hiit'] },
  cardio: { kind: 'cardio', exerciseIds: ['cardio'] },
  rest: { kind: 'rest', exerciseIds: [] },
} as const satisfies Record<string, { kind: DayKind; exerciseIds: readonly string[] }>;

export type SessionId = keyof typeof SESSIONS;

/**
 * The article's week: strength three times, HIIT twice, cardio, one rest or stretch day; move every day.
 * Listed from the day after the rest day, so no two strength days touch, even across the week's end.
 */
export const WEEK_ROTATION = ['strength-a', 'hiit', 'strength-b', 'cardio', 'strength-c', 'hiit', 'rest'] as const satisfies readonly SessionId[];
