import type { KindProgress, WeekReport } from '../domain/progress';
import type { Translator } from '../i18n/translator';
import { type Speech, speech } from './ssml';

/** "This week: 2 of 3 strength sessions, 1 of 2 HIIT, 1 cardio, 5 active days, and 11,000 extra steps. Still to do: …" */
export function speakWeekReport(t: Translator, report: WeekReport): Speech {
  const said = speech();
  if (report.sessions === 0 && report.activeDays === 0 && report.extraSteps === 0) {
    said.say(t.t('progress.nothingYet'));
  } else {
    const items = [
      ...report.kinds.map((kind: KindProgress) => t.t(`progress.kind.${kind.kind}`, { done: kind.done, target: kind.target })),
      ...(report.activeDays > 0 ? [t.t('progress.activeDays', { count: report.activeDays })] : []),
      ...(report.extraSteps > 0 ? [t.t('progress.steps', { steps: report.extraSteps })] : []),
    ];
    said.say(t.t('progress.thisWeek', { items: t.list(items) }));
  }
  const left = report.kinds.filter((kind) => kind.left > 0).map((kind) => t.t(`progress.left.${kind.kind}`, { count: kind.left }));
  said.say(left.length > 0 ? t.t('progress.left', { items: t.list(left) }) : t.t('progress.allDone'));
  if (report.lastWeekSessions !== undefined) said.say(t.t('progress.lastWeek', { count: report.lastWeekSessions }));
  if (report.streak >= 2) said.say(t.t('progress.streak', { count: report.streak }));
  else if (report.streak === 1 && !report.met) said.say(t.t('progress.metLastWeek'));
  return said;
}
