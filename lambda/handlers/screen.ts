import type { Directive } from 'ask-sdk-model';
import { WORKOUT_DOCUMENT, WORKOUT_DOCUMENT_TOKEN, type WorkoutDatasource } from '../apl/workout-document';
import type { Turn } from '../conversation/turn';

/** The workout screen for devices that show APL; nothing for speakers without a screen. */
export function screenDirectives(turn: Turn, datasources: WorkoutDatasource): Directive[] {
  if (!turn.screen) return [];
  return [{ type: 'Alexa.Presentation.APL.RenderDocument', token: WORKOUT_DOCUMENT_TOKEN, document: WORKOUT_DOCUMENT, datasources }];
}
