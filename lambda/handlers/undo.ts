import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../conversation/requests';
import { beginTurn } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { speech } from '../speech/ssml';
import { StoreUnavailableError } from '../store/progress-store';

/** "Undo that", right after a log: takes back exactly that log, atomically. */
export function undoHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'UndoIntent'),
    async handle(input) {
      const turn = beginTurn(input, deps);
      const { t, state } = turn;
      const reprompt = speech(t.t('anythingElse.reprompt'));
      const { lastLog } = state;
      if (!lastLog) return turn.reply({ speech: speech(t.t('undo.nothing'), t.t('anythingElse')), reprompt });
      try {
        const outcome = await turn.withStore((store, user) => store.undoActivity(user, lastLog));
        return turn.reply({ speech: speech(t.t(outcome === 'undone' ? 'undo.done' : 'undo.nothing'), t.t('anythingElse')), reprompt });
      } catch (error) {
        if (!(error instanceof StoreUnavailableError)) throw error;
        // Keep the log in hand, so "undo" can be tried again.
        return turn.reply({ speech: speech(t.t('progress.unavailable'), t.t('anythingElse')), reprompt, lastLog: state.lastLog });
      }
    },
  };
}

