import type { ErrorHandler } from 'ask-sdk-core';
import { requestLocale, requestType } from '../conversation/requests';
import { keepOwnSessionAttributes } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { DEFAULT_LOCALE, loadLocale, translator } from '../locales';
import { speech } from '../speech/ssml';

/**
 * Anything unexpected in a conversation: log it (never who asked), apologise kindly, keep the door open.
 * A skill event that fails is left to fail, so Alexa can deliver it again.
 */
export function errorHandler(deps: SkillDependencies): ErrorHandler {
  return {
    canHandle: (input) => !requestType(input)?.startsWith('AlexaSkillEvent.'),
    async handle(input, error) {
      deps.log.error('request failed', { requestType: requestType(input), error: error.name, detail: error.message });
      // The failure may have been reading the locale's content: then the apology is in the default locale's words.
      const locale = await loadLocale(requestLocale(input)).then(
        () => requestLocale(input),
        () => DEFAULT_LOCALE,
      );
      const t = translator(locale, deps.rng);
      // Response interceptors are skipped on this path.
      keepOwnSessionAttributes.process(input);
      return input.responseBuilder
        .speak(speech(t.t('error')).toSsml())
        .reprompt(speech(t.t('error.reprompt')).toSsml())
        .withShouldEndSession(false)
        .getResponse();
    },
  };
}
