import { accept, decline, nothingPending } from '../replies/offers';
import { route, said, saidGo } from './route';

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

/**
 * "Let's go", "start my workout", "ok I'm ready" to "Want to pick up where you left off?" or "Want to start today's
 * workout?": a yes (it used to ask the same question again, or say there was nothing to move on to). "I'm ready" to
 * "Want to hear how to get started?" is a yes too, but "start my workout" there starts the workout: found by a helper
 * trying the console, it taught the move the day's plan had offered. A kind or a day named is a request of its own.
 * Never a yes to deleting or resetting anything.
 */
export const goToOffer = route(
  (turn) =>
    (GO_OFFERS.has(turn.offer?.kind ?? '') && (said(turn, 'AMAZON.NextIntent', 'AMAZON.ResumeIntent') || saidGo(turn))) ||
    (READY_OFFERS.has(turn.offer?.kind ?? '') && said(turn, 'AMAZON.NextIntent', 'AMAZON.ResumeIntent')),
  (turn) => accept(turn, turn.offer!),
);
const GO_OFFERS = new Set(['resumeWorkout', 'pickUp', 'startWorkout']);
const READY_OFFERS = new Set(['howTo', 'today']);

/** "No" to the question just asked, or to nothing. */
export const no = route((turn) => said(turn, 'AMAZON.NoIntent'), decline);

/** "Yes" with no question pending and nothing under way. */
export const yesToNothing = route((turn) => said(turn, 'AMAZON.YesIntent'), nothingPending);
