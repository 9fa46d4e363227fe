import type { MessageKey, Translator } from '../i18n/translator';
import type { Workout, WorkoutStep } from '../domain/guided-workout';

type ToldStep = Extract<WorkoutStep, { kind: 'warm-up' | 'cool-down' | 'steady' | 'recovery' }>;

function warmUpKey(workout: Workout): MessageKey {
  return workout.kind === 'hiit' ? 'workout.warmUp.hiit' : workout.kind === 'cardio' ? 'workout.warmUp.cardio' : 'workout.warmUp.strength';
}

function coolDownKey(workout: Workout): MessageKey {
  return workout.kind === 'hiit' || workout.kind === 'cardio' ? 'workout.coolDown.easy' : 'workout.coolDown.strength';
}

/** The instructions for a step that is told, not timed: what the screen shows as its steps too. */
export function stepInstructions(t: Translator, workout: Workout, step: ToldStep): string {
  switch (step.kind) {
    case 'warm-up':
      return t.t(warmUpKey(workout), { minutes: step.minutes });
    case 'cool-down':
      return t.t(coolDownKey(workout), { minutes: step.minutes });
    case 'steady':
      return t.t('workout.steady', { minutes: step.minutes });
    case 'recovery':
      return t.t(`workout.recovery.${step.activity}`, { minutes: step.minutes });
  }
}

