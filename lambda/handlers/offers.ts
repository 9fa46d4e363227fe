import type { Turn } from '../conversation/turn';
import { saidGoWords } from '../conversation/requests';
import { accept, decline, hedged, nothingPending, unsure } from '../replies/offers';
import { route, said, saidGo } from './route';

/** A paged list ("Want the other 2?", "Want the rest of the steps?") goes on with more, next, go on, continue, the rest, or yes. */
export const moreOfList = route(
  (turn) =>
    // Only a list already being read pages on with "next"; "Want the diet tips?" asked aside is a plain yes/no.
    ((turn.offer?.kind === 'tips' && turn.offer.from !== undefined) || turn.offer?.kind === 'allSteps') &&
    said(turn, 'AMAZON.MoreIntent', 'AMAZON.NextIntent', 'AMAZON.ResumeIntent', 'AMAZON.YesIntent'),
  (turn) => (turn.offer ? accept(turn, turn.offer) : nothingPending(turn)),
);

/** Offers of something to hear ("Want to hear how to get started with walking?"), which "tell me more" asks for. */
const HEAR_OFFERS: ReadonlySet<string> = new Set(['howTo', 'day', 'today', 'tips', 'burners', 'plan']);

/**
 * "Tell me more", to "Want to hear the best ways to burn calories?": a yes (found by a helper trying the console: "There's
 * nothing to move on to", and the question again). So is "next", to "Want the lifestyle and recovery tips too?" after a
 * list (found by a helper trying the console as an older British user: "There's nothing to pick up").
 */
export const moreToHear = route(
  (turn) => turn.mode.kind === 'idle' && HEAR_OFFERS.has(turn.offer?.kind ?? '') && said(turn, 'AMAZON.MoreIntent', 'AMAZON.NextIntent'),
  (turn) => accept(turn, turn.offer!),
);

/** "Yes" to the question just asked. */
export const yesToOffer = route(
  (turn) => turn.offer !== undefined && said(turn, 'AMAZON.YesIntent'),
  (turn) => (turn.offer ? accept(turn, turn.offer) : nothingPending(turn)),
);

/**
 * "A little", "kinda", "I think so": a yes only to "does it still hurt?"; otherwise the question again. To no question in a
 * workout or a how-to, it moves on as a yes does (found in review: it answered with the menu, and the workout was lost).
 */
export const hedgedYes = route((turn) => said(turn, 'HedgedYesIntent') && (turn.offer !== undefined || turn.mode.kind === 'idle'), hedged);

/**
 * "Let's go", "start my workout", "ok I'm ready" to "Want to pick up where you left off?", "Want to start today's
 * workout?" or "Want to hear how to do deadlifts?": a yes (it used to ask the same question again, or say there was
 * nothing to move on to). Right after the day's plan, though, "start my workout" starts the workout: found by a helper
 * trying the console, it taught the move the plan had offered. So does it to any offer of a lesson ("Want to hear how to
 * get started with HIIT?"): only go-words alone ("let's go") are a yes there. A kind or a day named is a request of its
 * own. To the offer of another kind in place of today's, "start the workout" is a yes: the model hears "start my
 * workout" the same, so neither can be told from the other (found in review). Never a yes to deleting or resetting anything.
 */
export const goToOffer = route(
  (turn) =>
    GO_OFFERS.has(turn.offer?.kind ?? '') &&
    (said(turn, 'AMAZON.NextIntent', 'AMAZON.ResumeIntent') || (saidGo(turn) && !ofPlan(turn) && (turn.offer?.kind !== 'howTo' || saidGoWords(turn.input)))),
  (turn) => accept(turn, turn.offer!),
);
const GO_OFFERS = new Set(['resumeWorkout', 'pickUp', 'startWorkout', 'howTo', 'today']);
/** The day's plan, just told: "start my workout" there starts it (found in review: any how-to offer once did). */
const ofPlan = ({ offer }: Turn) => offer?.kind === 'today' || (offer?.kind === 'howTo' && offer.ofPlan === true);

/** "Not sure", "I don't know", "maybe" (see replies/offers.ts). */
export const unsureAnswer = route((turn) => said(turn, 'UnsureIntent'), unsure);

/** "No" to the question just asked, or to nothing. */
export const no = route((turn) => said(turn, 'AMAZON.NoIntent'), decline);

/** "Yes" with no question pending and nothing under way. */
export const yesToNothing = route((turn) => said(turn, 'AMAZON.YesIntent'), nothingPending);
