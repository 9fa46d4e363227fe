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
    // Found by a helper trying the console (December 7): mid-workout, it offered to pick up the workout under way.
    ['can we take a quick break', 'pause'],
    ["okay i'm back let's carry on", 'resume'],
    // The first command said wins: "wait" before "go back" is back; "what's next" tells, never moves on.
    ['wait go back', 'previous'],
    ["what's next after this", 'upcoming'],
    ["that's it for me i'm finished", 'end'],
    ['बस हो गया', 'end'],
    ['theek hai band', 'end'],
    ["let's end the workout here please", 'end'],
    // Found by a helper trying the console in Indian English: "I am tired, stop for now" was out of scope mid-workout.
    ['i am tired stop for now', 'end'],
    ['tired, stop for today', 'end'],
    ['stop for now', 'end'],
    // The model takes "today" for a date, and leaves "stop for" (found in review).
    ['want to stop for', 'end'],
    // The slot may hold only "stop for", or "should stop for" (found in a fourth review).
    ['stop for', 'end'],
    ['should stop for', 'end'],
    // Not denied or asked (found in a third review).
    ["i'm good no need to stop for", undefined],
    ['no need to stop for now', undefined],
    ['should i stop for now', undefined],
    ['i think we should stop here', 'end'],
    ["i'm tired stop for", 'end'],
    // Found by a helper trying the console (December 6): out of scope, and a topic's answer.
    ['enough for tonight', 'end'],
    ["i'm done that's all i've got today", 'end'],
    // The slot taking it whole, "that's" in the carrier (found trying the console: out of scope).
    ["all i've got", 'end'],
    // Found in review (December 6): both ended the workout; how long it takes is what is left.
    ['how long will it take to finish the workout', 'left'],
    ['to finish the workout', 'left'],
    // Found in a third review (December 6): it ended the workout.
    ["what's left to finish the workout", 'left'],
    // Found in a second review (December 6): each moved on, told what was left, or was not understood.
    ["i'm so tired no energy left to keep going stop the workout", 'end'],
    ['i need to finish my workout now', 'end'],
    ['to quit the session', 'end'],
    ['i want to end the workout for now', 'end'],
    ['i want to stop the workout right now', 'end'],
    // Found in review (December 6): it ended the workout.
    ["i need to finish my workout quickly what's next", 'upcoming'],
    ['ठीक है बंद करो', 'end'],
    ['workout खत्म करो', 'end'],
    ['थोड़ा रुको', 'pause'],
    ['agla wala', 'next'],
    ["no i can't keep going", 'tooHard'],
    ['दोबारा शुरू करो', 'resume'],
    ['okay skip', 'skip'],
    // Found in a second review: with "please", "now" or "thanks" after it, and "start again" plainly.
    ["let's do the next one please", 'next'],
    ["i'm done thanks", 'end'],
    ["let's start again", 'restart'],
    // Found in a third review: a denial of something else before the command is no denial of it.
    ["i'm not a fan of this one skip it", 'skip'],
    ["i don't like this one skip it", 'skip'],
    ["i don't have a dumbbell skip this one", 'skip'],
    ["this isn't working skip it", 'skip'],
    ["don't worry about it skip it", 'skip'],
    ["i didn't catch that say it again", 'repeat'],
    ["i don't want to stop next", 'next'],
    ['मुझसे नहीं होगा छोड़ो', 'skip'],
    ["i'm fixing my mat one sec", 'pause'],
    ["i'm back start again", 'resume'],
    ["i'm going to jump to the stretches now", 'coolDown'],
    ['will you skip to the cool down', 'coolDown'],
    ["i don't know how you do it i'm done", 'end'],
    ["i'm done now thanks", 'end'],
    // Found by a helper trying the console in Hindi (December 7): mid-HIIT, "too fast, slow it down" was out of scope.
    ['bahut tez hai dheere', 'tooHard'],
    ['बहुत तेज़ है धीरे करो', 'tooHard'],
    ['dheere karo', 'tooHard'],
  ] as const)('"%s" → %s', (said, command) => {
    expect(workoutCommandIn(said)).toBe(command);
  });

  it('finds none in words that say no command, or inside other words', () => {
    for (const said of [undefined, '', 'huh yes', "i'm giving it all i've got", 'i gave it all i have got', 'is that enough for today', 'is that all you have got', 'i want to finish my workout strong', 'how much water should I drink', 'drink water', 'is a glass of water before meals good', 'sundays as my day off', 'my knee', 'nextdoor neighbour', 'skipping rope', 'a stretcher']) {
      expect(workoutCommandIn(said), said).toBeUndefined();
    }
  });

  // Found in review: pain said with a command skipped the move; a denied command was carried out; everyday words
  // ("stretch", "skip breakfast", "next week", "पीछे") and "I'm done" inside more words moved or ended the workout.
  it('finds none where something hurts, where the command is denied, or where its word means something else', () => {
    for (const said of [
      "my back hurts i really don't wanna do this one can we skip it",
      "my back hurts i don't want to keep going",
      'felt a pop in my knee skip it',
      'my back is twinging next',
      'कमर में दर्द है नहीं कर पाऊँगा छोड़ो',
      "don't skip this one",
      'छोड़ो मत ये वाला करना है',
      'रुको मत',
      "i don't want to keep going",
      'should i stretch before or after',
      'i feel a stretch in my lower back',
      'can i skip breakfast',
      'what should i do next week',
      'कमर पीछे की तरफ़ झुकानी है क्या',
      'पिछला हफ्ता कैसा रहा',
      "i'm done with this set",
      "how long until i'm done",
      'क्या बस हो गया',
      // Found in a second review: cries of pain, a denial further back or first in Hindi, an end asked about, a plan.
      'ow ow ow next one',
      'आह अगला please',
      'ugh cramp skip it',
      'my back spasmed skip it',
      'my knee gave out skip it',
      "i don't think we should skip this",
      "i don't really want to skip it",
      "i don't know if i should skip it",
      "this isn't too hard",
      'मत छोड़ो please',
      'mat chhodo please',
      'मत रुको',
      "tell me when i'm done please",
      "so how long until i'm done",
      "can you tell me when i'm finished",
      "i'll do the stretches at the end",
      'agli baar please',
      'अगला हफ्ता',
      // Found in a third review.
      "don't just skip it",
      "don't just move on yet",
      "i don't think i can keep going",
      "i'm good skip the rest",
    ]) {
      expect(workoutCommandIn(said), said).toBeUndefined();
    }
  });
});
