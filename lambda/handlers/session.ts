import type { SessionEndedRequest } from 'ask-sdk-model';
import { workoutOf } from '../conversation/mode';
import { isRequest } from '../conversation/requests';
import { repeatLast, sayGoodbye, sayYoureWelcome, tellHelp, tellOutOfScope, welcome } from '../replies/session';
import { saveCoachMemory } from '../replies/coach';
import { saveWorkoutOnSessionEnd } from '../replies/workout';
import { route, said } from './route';

/** Disabling the skill deletes everything kept about that user. */
export const skillDisabled = route(
  (turn) => isRequest(turn.input, 'AlexaSkillEvent.SkillDisabled'),
  async (turn) => {
    const { input, deps } = turn;
    const userId: unknown = input.requestEnvelope.context?.System?.user?.userId;
    if (deps.store && typeof userId === 'string' && userId !== '') {
      try {
        // Through the request's store, so the deletion leaves its tombstones on the weeks a late write could reach.
        const deleted = await turn.withStore((store, user) => store.deleteUser(user));
        deps.log.info('deleted the data of a user who disabled the skill', { items: deleted });
      } catch (error) {
        // Counted by the stack's FailedDeletions alarm; thrown on, so Alexa delivers the event again.
        deps.log.error('deletion failed', { trigger: 'skill disabled', error: error instanceof Error ? error.name : typeof error });
        throw error;
      }
    }
    return input.responseBuilder.getResponse();
  },
);

export const launch = route((turn) => isRequest(turn.input, 'LaunchRequest'), welcome);

/** Alexa closed the session (the user left, said nothing, or an error): nothing may be said; a workout's place is kept. */
export const sessionEnded = route(
  (turn) => isRequest(turn.input, 'SessionEndedRequest'),
  async (turn) => {
    const request = turn.input.requestEnvelope.request as SessionEndedRequest;
    if (request.reason === 'ERROR') turn.deps.log.warn('session ended with an error', { error: request.error?.type, detail: request.error?.message });
    // One write at most: a workout's place comes first; an offer of reminders not yet saved may then be made again.
    await (workoutOf(turn.mode) ? saveWorkoutOnSessionEnd(turn) : saveCoachMemory(turn));
    return turn.input.responseBuilder.getResponse();
  },
);

export const help = route((turn) => said(turn, 'AMAZON.HelpIntent'), tellHelp);
export const thanks = route((turn) => said(turn, 'ThanksIntent'), sayYoureWelcome);
/** Stop, Cancel and NavigateHome all end the session with a short goodbye. */
export const goodbye = route((turn) => said(turn, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'), sayGoodbye);

/** AMAZON.FallbackIntent, and any intent no other handler took (the catch-all, so it is registered last). */
export const outOfScope = route((turn) => isRequest(turn.input, 'IntentRequest'), tellOutOfScope);

/** Requests the skill has no use for (events from interfaces it does not use): acknowledged with an empty response. */
export const unhandledRequest = route(
  () => true,
  (turn) => turn.input.responseBuilder.getResponse(),
);

/** "Repeat" with nothing under way: the last answer again. */
export const repeat = route((turn) => said(turn, 'AMAZON.RepeatIntent'), repeatLast);
