import { accept, decline, nothingPending } from '../replies/offers';
import { route, said } from './route';

/** A paged list ("Want the other 2?", "Want the rest of the steps?") goes on with more, next, go on, continue, the rest, or yes. */
export const moreOfList = route(
  (turn) =>
    // Only a list already being read pages on with "next"; "Want the diet tips?" asked aside is a plain yes/no.
    ((turn.offer?.kind === 'tips' && turn.offer.from !== undefined) || turn.offer?.kind === 'allSteps') &&
    said(turn, 'AMAZON.MoreIntent', 'AMAZON.NextIntent', 'AMAZON.ResumeIntent', 'AMAZON.YesIntent'),
  (turn) => (turn.offer ? accept(turn, turn.offer) : nothingPending(turn)),
);

/** "Yes" to the question just asked. */
export const yesToOffer = route(
  (turn) => turn.offer !== undefined && said(turn, 'AMAZON.YesIntent'),
  (turn) => (turn.offer ? accept(turn, turn.offer) : nothingPending(turn)),
);

/** "No" to the question just asked, or to nothing. */
export const no = route((turn) => said(turn, 'AMAZON.NoIntent'), decline);

/** "Yes" with no question pending and nothing under way. */
export const yesToNothing = route((turn) => said(turn, 'AMAZON.YesIntent'), nothingPending);
