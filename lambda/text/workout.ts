import type { BlockStep, Workout } from '../domain/guided-workout';
import type { MessageKey, Translator } from '../i18n/translator';

function warmUpKey(workout: Workout, gentle: boolean): MessageKey {
  switch (workout.kind) {
    case 'hiit':
      return gentle ? 'workout.warmUp.hiit.gentle' : 'workout.warmUp.hiit';
    case 'cardio':
      return gentle ? 'workout.warmUp.cardio.gentle' : 'workout.warmUp.cardio';
    case 'rest':
      return 'workout.warmUp.rest';
    case 'strength':
      return 'workout.warmUp.strength';
  }
}

function coolDownKey(workout: Workout): MessageKey {
  switch (workout.kind) {
    case 'hiit':
    case 'cardio':
      return 'workout.coolDown.easy';
    case 'rest':
      return 'workout.coolDown.rest';
    case 'strength':
      return 'workout.coolDown.strength';
  }
}

/**
 * The instructions for a timed block, said as it starts: what the screen shows as its steps too. `gentle`: pain told
 * today was said to have passed, so the warm-up suggests no running or stairs (HIIT's hard move, cardio's activity).
 */
export function stepInstructions(t: Translator, workout: Workout, step: BlockStep, gentle = false): string {
  switch (step.kind) {
    case 'warm-up':
      return t.t(warmUpKey(workout, gentle), { minutes: step.minutes });
    case 'cool-down':
      return t.t(coolDownKey(workout), { minutes: step.minutes });
    case 'steady':
      return t.t('workout.steady', { minutes: step.minutes });
    case 'recovery':
      return t.t(`workout.recovery.${step.activity}`, { minutes: step.minutes });
  }
}
