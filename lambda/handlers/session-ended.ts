import type { RequestHandler } from 'ask-sdk-core';
import type { SessionEndedRequest } from 'ask-sdk-model';
import { isRequest } from '../conversation/requests';
import type { SkillDependencies } from '../dependencies';
import { saveWorkoutOnSessionEnd } from './guided-workout';

/** Alexa closed the session (the user left, said nothing, or an error): nothing may be said; a workout's place is kept. */
export function sessionEndedHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isRequest(input, 'SessionEndedRequest'),
    async handle(input) {
      const request = input.requestEnvelope.request as SessionEndedRequest;
      if (request.reason === 'ERROR') deps.log.warn('session ended with an error', { error: request.error?.type, detail: request.error?.message });
      await saveWorkoutOnSessionEnd(input, deps);
      return input.responseBuilder.getResponse();
    },
  };
}
