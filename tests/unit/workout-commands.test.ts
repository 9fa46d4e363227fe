import { describe, expect, it } from 'vitest';
import { workoutCommandIn } from '../../lambda/content/workout-commands';

describe('workoutCommandIn', () => {
  it.each([
    ["ugh okay i'm ready for the next", 'next'],
    ['really don’t wanna do this one, can we skip it', 'skip'],
    ["i can't keep up this", 'tooHard'],
    ['just jump to the stretching at the end', 'coolDown'],
    ['wait what am i supposed to be doing with my arms on this one', 'howTo'],
    ['redo the whole workout from the very first exercise', 'restart'],
    ['hang on hang on give me a second to catch my breath', 'pause'],
    ["okay i'm back let's carry on", 'resume'],
    // The first command said wins: "wait" before "go back" is back; "what's next" tells, never moves on.
    ['wait go back', 'previous'],
    ["what's next after this", 'upcoming'],
    ["that's it for me i'm finished", 'end'],
    ['बस हो गया', 'end'],
    ['थोड़ा रुको', 'pause'],
    ['agla wala', 'next'],
  ] as const)('"%s" → %s', (said, command) => {
    expect(workoutCommandIn(said)).toBe(command);
  });

  it('finds none in words that say no command, or inside other words', () => {
    for (const said of [undefined, '', 'huh yes', 'sundays as my day off', 'my knee', 'nextdoor neighbour', 'skipping rope', 'a stretcher']) {
      expect(workoutCommandIn(said), said).toBeUndefined();
    }
  });
});
