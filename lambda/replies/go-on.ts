import { workoutOf } from '../conversation/mode';
import type { Turn } from '../conversation/turn';
import type { MessageKey } from '../i18n/translator';

/**
 * How the conversation goes on after an answer. In a workout, every answer leads back to it ("say next to carry on"),
 * with no offer that would lead away; anywhere else, the answer's own question (by default, "what else?").
 */
export function goOn(turn: Turn, question: MessageKey = 'anythingElse'): { readonly question: string; readonly reprompt: string } {
  const { t } = turn;
  if (workoutOf(turn.mode)) return { question: t.t('workout.carryOn'), reprompt: t.t('workout.carryOn') };
  return { question: t.t(question), reprompt: t.t('anythingElse.reprompt') };
}
