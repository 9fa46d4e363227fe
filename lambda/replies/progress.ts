import type { Response } from 'ask-sdk-model';
import { type Turn, stored, unlessUnavailable } from '../conversation/turn';
import { formatIsoWeek, isoWeekOf } from '../domain/calendar';
import { recentWeekIds, weekReport } from '../domain/progress';
import { weeklyTargets } from '../domain/weekly-plan';
import { speakWeekReport } from '../speech/progress';
import { speech } from '../speech/ssml';
import { HISTORY_WEEKS } from '../store/progress-store';

/** Any progress answer when the store cannot be reached: say so, and keep the conversation going. */
export function tellProgressUnavailable(turn: Turn): Response {
  const { t } = turn;
  return turn.reply({ speech: speech(t.t('progress.unavailable'), t.t('anythingElse')), reprompt: speech(t.t('anythingElse.reprompt')) });
}

export async function tellWeeklyProgress(turn: Turn): Promise<Response> {
  const { t } = turn;
  const loaded = await unlessUnavailable(Promise.all([turn.history(), turn.today()]));
  if (!loaded) return tellProgressUnavailable(turn);
  const [history, today] = loaded;
  const { thisWeek, previous } = recentWeekIds(today, HISTORY_WEEKS - 1);
  const report = weekReport(history.weeks, thisWeek, previous, weeklyTargets(turn.restDay));
  return turn.reply({ speech: speakWeekReport(t, report).say(t.t('progress.question')), reprompt: speech(t.t('anythingElse.reprompt')) });
}

/** "Reset this week" and "delete all my data" only ever happen after a yes. */
export function confirmReset(turn: Turn): Response {
  const { t } = turn;
  return turn.reply({ speech: speech(t.t('reset.confirm')), reprompt: speech(t.t('reset.confirm.reprompt')), offer: { kind: 'confirmReset' } });
}

export function confirmDelete(turn: Turn): Response {
  const { t } = turn;
  return turn.reply({ speech: speech(t.t('delete.confirm')), reprompt: speech(t.t('delete.confirm.reprompt')), offer: { kind: 'confirmDelete' } });
}

export async function resetThisWeek(turn: Turn): Promise<Response> {
  const { t } = turn;
  const week = formatIsoWeek(isoWeekOf(await turn.today()));
  if (!(await stored(turn.withStore((store, user) => store.resetWeek(user, week))))) return tellProgressUnavailable(turn);
  return turn.reply({ speech: speech(t.t('reset.done'), t.t('anythingElse')), reprompt: speech(t.t('anythingElse.reprompt')) });
}

export async function deleteEverything(turn: Turn): Promise<Response> {
  const { t } = turn;
  if (!(await stored(turn.withStore((store, user) => store.deleteUser(user))))) {
    // Counted by the stack's FailedDeletions alarm: a user asked for their data to go and it is still there.
    turn.deps.log.error('deletion failed', { trigger: 'asked' });
    return tellProgressUnavailable(turn);
  }
  return turn.reply({ speech: speech(t.t('delete.done')), end: true });
}
