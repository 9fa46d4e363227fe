import type { RequestHandler } from 'ask-sdk-core';
import { isRequest } from '../conversation/requests';
import type { SkillDependencies } from '../dependencies';
import { userKey } from '../store/user-key';

/** Disabling the skill deletes everything kept about that user. */
export function skillDisabledHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isRequest(input, 'AlexaSkillEvent.SkillDisabled'),
    async handle(input) {
      const userId: unknown = input.requestEnvelope.context?.System?.user?.userId;
      if (deps.store && typeof userId === 'string' && userId !== '') {
        const deleted = await deps.store.deleteUser(userKey(userId));
        deps.log.info('deleted the data of a user who disabled the skill', { items: deleted });
      }
      return input.responseBuilder.getResponse();
    },
  };
}
