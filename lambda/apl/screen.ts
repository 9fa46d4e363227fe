import type { Directive } from 'ask-sdk-model';
import { WORKOUT_DOCUMENT, WORKOUT_DOCUMENT_TOKEN, WORKOUT_SCREEN_EVENTS, type WorkoutDatasource, type WorkoutScreenEvent } from './workout-document';

/** The workout screen for devices that show APL; nothing for speakers without a screen. */
export function screenDirectives(screen: boolean, datasources: WorkoutDatasource): Directive[] {
  if (!screen) return [];
  return [{ type: 'Alexa.Presentation.APL.RenderDocument', token: WORKOUT_DOCUMENT_TOKEN, document: WORKOUT_DOCUMENT, datasources }];
}

/** A touch on the screen's buttons, from an Alexa.Presentation.APL.UserEvent's arguments; anything else is none. */
export function screenEventOf(args: unknown): WorkoutScreenEvent | undefined {
  const argument: unknown = Array.isArray(args) ? args[0] : undefined;
  return WORKOUT_SCREEN_EVENTS.find((event) => event === argument);
}
