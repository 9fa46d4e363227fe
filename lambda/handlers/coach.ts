import { tellEffort } from '../replies/coach';
import { route, said } from './route';

/** "That was too hard" / "too easy", after a workout or an exercise, or in the middle of one. */
export const effort = route(
  (turn) => said(turn, 'TooHardIntent', 'TooEasyIntent'),
  (turn) => tellEffort(turn, said(turn, 'TooEasyIntent') ? 'too-easy' : 'too-hard'),
);
