import type { RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { WorkoutScreenEvent } from '../apl/workout-document';
import { isIntent, slotValue } from '../conversation/requests';
import { type Turn, turnOf } from '../conversation/turn';
import { workoutOf } from '../conversation/mode';

/** A handler as a sentence: when the turn is like this, answer with that reply. */
export function route(when: (turn: Turn) => boolean, reply: (turn: Turn) => Promise<Response> | Response): RequestHandler {
  return { canHandle: (input) => when(turnOf(input)), handle: (input) => reply(turnOf(input)) };
}

/** The user said one of these intents. */
export function said(turn: Turn, ...intents: readonly string[]): boolean {
  return isIntent(turn.input, ...intents);
}

/**
 * Words that move a step on: "next", "ok done", "and then", the screen's Next button, or a yes (or "kinda") to no question;
 * never a yes just after an answer not understood, which may have been a wish to stop (see askNextOrDone).
 */
export function saidNext(turn: Turn, screen: WorkoutScreenEvent | undefined): boolean {
  return screen === 'next' || said(turn, 'AMAZON.NextIntent') || (turn.offer === undefined && turn.state.told !== 'outOfScope' && !(turn.state.told === 'paused' && !workoutOf(turn.mode)?.hurt) && said(turn, 'AMAZON.YesIntent', 'HedgedYesIntent'));
}

/** "Let's go", "start my workout": a request to start that names no kind of session and no day. */
export function saidGo(turn: Turn): boolean {
  return said(turn, 'StartWorkoutIntent') && slotValue(turn.input, 'session') === undefined && slotValue(turn.input, 'date') === undefined;
}
