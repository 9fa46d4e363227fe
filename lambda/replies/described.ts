import { findExercise } from '../content/catalogue';
import type { Turn } from '../conversation/turn';
import type { LogEntry } from '../domain/progress';

/** "the 30-minute walk", "the 3 sets of bent-over rows", "the HIIT session": what an entry was, as it was logged. */
export function describedEntry(turn: Turn, entry: LogEntry): string {
  const { t } = turn;
  const { minutes, extraSteps: steps } = entry;
  if (entry.exercise) {
    const exercise = findExercise(turn.catalogue, entry.exercise)?.name ?? entry.exercise;
    return entry.sets ? t.t('remove.what.exerciseSets', { exercise, count: entry.sets }) : t.t('remove.what.exercise', { exercise });
  }
  switch (entry.activity) {
    case 'walk':
      if (minutes && steps) return t.t('remove.what.walkBoth', { minutes, steps });
      if (steps) return t.t('remove.what.walkSteps', { steps });
      return minutes ? t.t('remove.what.walkMinutes', { minutes }) : t.t('remove.what.walk');
    default: {
      const what = entry.kind ?? entry.activity;
      return minutes ? t.t(`remove.what.${what}Minutes`, { minutes }) : t.t(`remove.what.${what}`);
    }
  }
}
