import type { RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { isIntent } from '../conversation/requests';
import { type Turn, beginTurn } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { formatIsoWeek, isoWeekOf } from '../domain/calendar';
import { speech } from '../speech/ssml';
import { StoreUnavailableError } from '../store/progress-store';
import { tellProgressUnavailable } from './weekly-progress';

/** "Reset this week" and "delete all my data" only ever happen after a yes. */
export function dataControlsHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'ResetWeekIntent', 'DeleteDataIntent'),
    handle(input) {
      const turn = beginTurn(input, deps);
      const { t } = turn;
      return isIntent(input, 'ResetWeekIntent')
        ? turn.reply({ speech: speech(t.t('reset.confirm')), reprompt: speech(t.t('reset.confirm.reprompt')), offer: { kind: 'confirmReset' } })
        : turn.reply({ speech: speech(t.t('delete.confirm')), reprompt: speech(t.t('delete.confirm.reprompt')), offer: { kind: 'confirmDelete' } });
    },
  };
}

export async function resetThisWeek(turn: Turn): Promise<Response> {
  const { t } = turn;
  try {
    const week = formatIsoWeek(isoWeekOf(await turn.today()));
    await turn.withStore((store, user) => store.resetWeek(user, week));
    return turn.reply({ speech: speech(t.t('reset.done'), t.t('anythingElse')), reprompt: speech(t.t('anythingElse.reprompt')) });
  } catch (error) {
    if (error instanceof StoreUnavailableError) return tellProgressUnavailable(turn);
    throw error;
  }
}

export async function deleteEverything(turn: Turn): Promise<Response> {
  const { t } = turn;
  try {
    await turn.withStore((store, user) => store.deleteUser(user));
    return turn.reply({ speech: speech(t.t('delete.done')), end: true });
  } catch (error) {
    if (error instanceof StoreUnavailableError) return tellProgressUnavailable(turn);
    throw error;
  }
}
