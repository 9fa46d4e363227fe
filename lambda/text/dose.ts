import type { Dose, Level } from '../content/types';
import type { Translator } from '../i18n/translator';

/** "3 sets of 10, holding each for 2 seconds". */
export function doseText(t: Translator, dose: Dose): string {
  switch (dose.kind) {
    case 'reps': {
      const base = t.t(dose.perSide ? 'dose.repsPerSide' : 'dose.reps', { sets: dose.sets, reps: dose.reps });
      return dose.holdSeconds ? base + t.t('dose.hold', { seconds: dose.holdSeconds }) : base;
    }
    case 'hold':
      return t.t(dose.perSide ? 'dose.holdsPerSide' : 'dose.holds', { sets: dose.sets, seconds: dose.seconds });
    case 'minutes':
      return t.t('dose.minutes', { minutes: dose.minutes });
    case 'intervals':
      return t.t('dose.intervals', { minutes: dose.minutes, rounds: dose.rounds, work: dose.workSeconds, rest: dose.restSeconds });
    case 'steps':
      return t.t('dose.steps', { steps: dose.extraSteps });
  }
}

/** "At beginner level, do 2 sets of 8." */
export function doseForLevelText(t: Translator, dose: Dose, level: Level): string {
  return t.t('dose.level', { level: t.t(`level.${level}`), dose: doseText(t, dose) });
}
