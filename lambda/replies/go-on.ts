import { howToOf, isWorkoutRunning, workoutOf } from '../conversation/mode';
import type { Offer } from '../conversation/state';
import type { Turn } from '../conversation/turn';
import type { MessageKey } from '../i18n/translator';

/**
 * How the conversation goes on after an answer. In a workout, every answer leads back to it ("say next to carry on"),
 * with no offer that would lead away; in a how-to (one taught mid-workout included), back to its steps, which is what
 * "next" then does; anywhere else, the answer's own question (by default, "what else?").
 */
export function goOn(turn: Turn, question: MessageKey = 'anythingElse'): { readonly question: string; readonly reprompt: string } {
  const { t, mode } = turn;
  if (isWorkoutRunning(mode)) return { question: t.t('workout.carryOn'), reprompt: t.t('workout.carryOn') };
  if (howToOf(mode)) return { question: t.t('howTo.backToSteps'), reprompt: t.t('howTo.backToSteps') };
  return { question: t.t(question), reprompt: t.t('anythingElse.reprompt') };
}

/**
 * An answer's own question and offer ("Want today's workout?"), unless a workout is under way: a yes would lead away
 * from it, so the answer leads back to it instead, offering nothing.
 */
export function askOrGoOn(turn: Turn, question: string, offer: Offer): { readonly question: string; readonly reprompt: string; readonly offer?: Offer } {
  return workoutOf(turn.mode) ? goOn(turn) : { question, reprompt: question, offer };
}
