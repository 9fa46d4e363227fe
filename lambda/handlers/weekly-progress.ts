import type { RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { isIntent } from '../conversation/requests';
import { type Turn, beginTurn } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { HISTORY_WEEKS, StoreUnavailableError } from '../store/progress-store';
import { recentWeekIds, weekReport } from '../domain/progress';
import { weeklyTargets } from '../domain/weekly-plan';
import { speakWeekReport } from '../speech/progress';
import { speech } from '../speech/ssml';

/** Any progress answer when the store cannot be reached: say so, and keep the conversation going. */
export function tellProgressUnavailable(turn: Turn): Response {
  const { t } = turn;
  return turn.reply({ speech: speech(t.t('progress.unavailable'), t.t('anythingElse')), reprompt: speech(t.t('anythingElse.reprompt')) });
}

export async function tellWeeklyProgress(turn: Turn): Promise<Response> {
  const { t } = turn;
  try {
    const [history, today] = await Promise.all([turn.history(), turn.today()]);
    const { thisWeek, previous } = recentWeekIds(today, HISTORY_WEEKS - 1);
    const report = weekReport(history.weeks, thisWeek, previous, weeklyTargets(turn.restDay));
    return turn.reply({ speech: speakWeekReport(t, report).say(t.t('progress.question')), reprompt: speech(t.t('anythingElse.reprompt')) });
  } catch (error) {
    if (error instanceof StoreUnavailableError) return tellProgressUnavailable(turn);
    throw error;
  }
}

export function weeklyProgressHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'WeeklyProgressIntent'),
    handle: (input) => tellWeeklyProgress(beginTurn(input, deps)),
  };
}
