import { isRequest } from '../conversation/requests';
import { answerCanFulfill } from '../replies/can-fulfill';
import { route } from './route';

/** Alexa asks whether the skill could answer a request said without its name; the answer changes nothing. */
export const canFulfill = route((turn) => isRequest(turn.input, 'CanFulfillIntentRequest'), answerCanFulfill);
