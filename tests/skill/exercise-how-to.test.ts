import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE as EN_US_CATALOGUE } from '../../lambda/content/en-US';
import { findExercise, findTeachable, findTopic } from '../../lambda/content/catalogue';
import { HI_IN } from '../../lambda/content/hi-IN';
import { type Harness, expectWellFormed, reprompted, resolvedSlot, spoken, startHarness, unmatchedSlot } from '../support/skill-harness';
import { committedMatcher } from '../support/committed-model';
import { MAX_RESPONSE_SECONDS } from '../../lambda/speech/workout';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

// The good morning as asked for it ("how do I do good mornings"): said bare, "good morning" is a greeting first.
const exercise = (id: string) => ({ exercise: resolvedSlot('exercise', 'ExerciseName', id, id === 'good-morning' ? 'good mornings' : undefined) });

describe.each(EN_US_CATALOGUE.exercises.map((entry) => [entry.id, entry] as const))('how to do %s', (id, entry) => {
  it('gives a summary, the dose, step one, then walks every step to the cues and the caution', async () => {
    const chat = harness.conversation();
    const first = await chat.intent('ExerciseHowToIntent', exercise(id));
    await expectWellFormed(first);
    expect(spoken(first)).toContain(`Step 1 of ${entry.steps.length}:`);
    expect(spoken(first)).toMatch(/Ready for step 2\?$/);
    expect(first.response.response.card).toMatchObject({ type: 'Simple' });
    // A calorie burner is got started with, never "done" (found trying the console: the card said "How to do walking").
    const card = first.response.response.card as { title?: string } | undefined;
    expect(card?.title).toBe(entry.category === 'calorie-burner' ? `How to get started with ${entry.name}` : `How to do ${entry.name}`);

    let turn = first;
    for (let step = 2; step <= entry.steps.length; step += 1) {
      turn = await chat.intent('AMAZON.NextIntent');
      await expectWellFormed(turn);
      expect(spoken(turn)).toMatch(new RegExp(`^Step ${step}`));
    }
    expect(spoken(turn)).toContain('the last one');
    expect(spoken(turn)).toMatch(/Ready for the coaching cues\?$/);
    turn = await chat.intent('AMAZON.NextIntent');
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(/^At beginner level, do /);
    expect(spoken(turn)).toContain('Coaching cues:');
    expect(spoken(turn)).toContain('Safety:');
    expect(spoken(turn)).toMatch(/Want to learn another exercise\?$/);
  });

  it('reads all the steps at once when asked, within 30 seconds, then offers the cues and safety', async () => {
    const chat = harness.conversation();
    let turn = await chat.intent('AllStepsIntent', exercise(id));
    let heard = '';
    for (let pages = 0; pages < 4; pages += 1) {
      await expectWellFormed(turn);
      heard += spoken(turn);
      if (!/Want the rest of the steps\?$/.test(spoken(turn))) break;
      turn = await chat.intent(pages % 2 === 0 ? 'AMAZON.MoreIntent' : 'AMAZON.YesIntent');
    }
    for (let step = 1; step <= entry.steps.length; step += 1) expect(heard).toContain(`Step ${step}:`);
    expect(heard).toContain(entry.category === 'calorie-burner' ? `How to get started with ${entry.name}.` : 'How to do ');
    if (entry.category === 'calorie-burner') expect(heard).not.toContain('How to do ');
    expect(spoken(turn)).toMatch(/Ready for the coaching cues\?$/);
    const cues = await chat.intent('AMAZON.YesIntent');
    await expectWellFormed(cues);
    expect(spoken(cues)).toContain('Safety:');
  });
});

describe('step navigation', () => {
  it('goes back, repeats, says yes for next, and stays at the first step', async () => {
    const chat = harness.conversation();
    await chat.intent('ExerciseHowToIntent', exercise('superman'));
    const back = await chat.intent('AMAZON.PreviousIntent');
    expect(spoken(back)).toMatch(/^That's the first step\. Step 1 of 5: Lie face down/);
    const yes = await chat.intent('AMAZON.YesIntent');
    expect(spoken(yes)).toMatch(/^Step 2: /);
    const again = await chat.intent('AMAZON.RepeatIntent');
    expect(spoken(again)).toBe(spoken(yes));
    const previous = await chat.intent('AMAZON.PreviousIntent');
    expect(spoken(previous)).toMatch(/^Step 1 of 5: Lie face down/);
    // "What do I do now?" is this step again, not the day's plan (found in review).
    expect(spoken(await chat.intent('WorkoutForDayIntent', { date: 'PRESENT_REF' }))).toBe(spoken(previous));
  });

  // Tried as a user: "I'm done" mid-steps was told no workout was running and offered one, and "yes" started it.
  it('ends the steps on "I\'m done", offering nothing to start, and a yes then starts nothing', async () => {
    const chat = harness.conversation();
    await chat.intent('ExerciseHowToIntent', exercise('superman'));
    await chat.intent('AMAZON.NextIntent');
    const done = spoken(await chat.intent('EndWorkoutIntent'));
    expect(done).toMatch(/^Okay, we'll leave the steps there\. What else/);
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/^Sure\. You can ask/);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).not.toMatch(/^Step/);
    const skipping = harness.conversation();
    await skipping.intent('ExerciseHowToIntent', exercise('superman'));
    expect(spoken(await skipping.intent('SkipExerciseIntent'))).toMatch(/^Okay, we'll leave the steps there\./);
  });

  it('after the last step, next says so and yes asks which exercise', async () => {
    const chat = harness.conversation();
    await chat.intent('AllStepsIntent', exercise('glute-bridge'));
    await chat.intent('AMAZON.YesIntent');
    await chat.intent('AMAZON.NextIntent');
    const next = await chat.intent('AMAZON.NextIntent');
    await expectWellFormed(next);
    expect(spoken(next)).toBe("That's everything for the glute bridge. Want to learn another exercise?");
    const yes = await chat.intent('AMAZON.YesIntent');
    expect(spoken(yes)).toBe('Which exercise would you like to learn?');
    const superman = await chat.intent('ExerciseHowToIntent', exercise('superman'));
    expect(spoken(superman)).toMatch(/Here's how to do the superman/);
  });

  it('reads all steps of the exercise under way when none is named', async () => {
    const chat = harness.conversation();
    await chat.intent('ExerciseHowToIntent', exercise('deadlift'));
    const all = await chat.intent('AllStepsIntent');
    expect(spoken(all)).toMatch(/^How to do deadlifts\./);
    let page = await chat.intent('AMAZON.YesIntent');
    while (/Want the rest of the steps\?$/.test(spoken(page))) page = await chat.intent('AMAZON.YesIntent');
    expect(spoken(page)).toMatch(/Ready for the coaching cues\?$/);
    const more = await chat.intent('AMAZON.MoreIntent');
    expect(spoken(more)).toContain('I can also teach Romanian deadlifts and single-leg deadlifts.');
  });

  it('asks which exercise when all steps are asked for with none under way', async () => {
    const turn = await harness.conversation().intent('AllStepsIntent');
    await expectWellFormed(turn);
    expect(spoken(turn)).toBe('Which exercise should I read all the steps for?');
  });

  // "How does this work?" with nothing under way asks about the skill (found in a blind batch, December 4: it was asked
  // which exercise to read all the steps for).
  it('says how the coaching works when "how does this work" points at nothing', async () => {
    const turn = await harness.conversation().intent('HowToCurrentIntent');
    await expectWellFormed(turn);
    expect(spoken(turn)).toContain("Here is what really works. You cannot lose fat from one spot.");
  });

  // Found by a helper trying the console as an older British user: "how do I do this one", just after "Today is a HIIT
  // day… Want to start now?", was how fat loss works. It is the day's workout offered: HIIT or cardio taught, and on a
  // strength day, which of its moves.
  it('"how do I do this one" after today\'s workout is offered teaches that workout', async () => {
    const hiit = harness.conversation();
    expect(spoken(await hiit.intent('WorkoutForDayIntent'))).toMatch(/Today is a HIIT day.*Want to start/);
    const taught = await hiit.intent('HowToCurrentIntent');
    await expectWellFormed(taught);
    expect(spoken(taught)).not.toMatch(/Here is what really works/);
    expect(spoken(taught)).toMatch(/HIIT/);
    harness.setNow('2026-11-30T15:00:00Z');
    try {
      const strength = harness.conversation();
      expect(spoken(await strength.intent('WorkoutForDayIntent'))).toMatch(/strength day.*Want to start/);
      expect(spoken(await strength.intent('HowToCurrentIntent'))).toMatch(/^Which exercise/);
    } finally {
      harness.setNow('2026-11-24T15:00:00Z');
    }
  });

  it('points back to the steps when it does not understand mid-exercise, keeping the place', async () => {
    const chat = harness.conversation();
    await chat.intent('ExerciseHowToIntent', exercise('side-plank'));
    await chat.intent('AMAZON.NextIntent');
    const lost = await chat.intent('AMAZON.FallbackIntent');
    await expectWellFormed(lost);
    expect(spoken(lost)).toMatch(/Say next for the next step/);
    const next = await chat.intent('AMAZON.NextIntent');
    expect(spoken(next)).toMatch(/^Step 3: /);
  });

  // Noticed at the last stop: in a lesson, "I can't do this" at beginner ended on "What else can I help with?", the
  // step's question gone, though next still read step 2.
  it('"I can\'t do this" in a lesson at beginner ends on the step question', async () => {
    const chat = harness.conversation();
    await chat.intent('ExerciseHowToIntent', exercise('deadlift'));
    const hard = await chat.intent('TooHardIntent');
    await expectWellFormed(hard);
    expect(spoken(hard)).toMatch(/gentlest level\..*Ready for step 2\?$/);
  });

  // Tried as a user: after "That's the superman. Want to learn another exercise?", what was not understood was
  // answered "Say next for the next step": there is none. The steps are over, so the answer says what the skill does.
  it('after the last step, what it does not understand gets the everyday suggestions, not the steps', async () => {
    const chat = harness.conversation();
    await chat.intent('AllStepsIntent', exercise('glute-bridge'));
    await chat.intent('AMAZON.YesIntent');
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/Want to learn another exercise\?$/);
    const lost = await chat.intent('AMAZON.FallbackIntent');
    expect(spoken(lost)).not.toMatch(/next step/);
    expect(spoken(lost)).toMatch(/I can tell you today's workout/);
    // "Back" still reads the last step.
    expect(spoken(await chat.intent('AMAZON.PreviousIntent'))).toMatch(/^Step \d+, the last one: /);
    // And before the end, the steps are what it points to.
    expect(spoken(await chat.intent('AMAZON.FallbackIntent'))).toMatch(/Say next for the next step/);
  });

  it('"no" to "ready for step 2?" means not yet: the place is kept', async () => {
    const chat = harness.conversation();
    await chat.intent('ExerciseHowToIntent', exercise('superman'));
    const no = await chat.intent('AMAZON.NoIntent');
    await expectWellFormed(no, { endsOnQuestion: false });
    expect(spoken(no)).toBe("Okay. Say next when you're ready for the next step.");
    const next = await chat.intent('AMAZON.NextIntent');
    expect(spoken(next)).toMatch(/^Step 2: /);
  });

  it('next with nothing under way offers today\'s workout, and back explains how to start a lesson', async () => {
    const turn = await harness.conversation().intent('AMAZON.NextIntent');
    await expectWellFormed(turn);
    expect(spoken(turn)).toBe("There's no workout running right now. Want to start today's workout?");
    // Found by a helper trying the console (December 6): "go back" after a workout ended was "nothing to move on to".
    const back = await harness.conversation().intent('AMAZON.PreviousIntent');
    expect(spoken(back)).toMatch(/^There's nothing to go back to right now\..*Which exercise would you like to learn\?/);
  });
});

describe('named variations', () => {
  it.each([
    ['deadlift', 'romanian deadlifts', "Here's how to do Romanian deadlifts. Romanian deadlifts keep your knees softly bent", 'Step 1 of 5: Stand with your feet hip-width apart'],
    ['glute-bridge', 'hip thrust', "Here's how to do the hip thrust. The hip thrust is a glute bridge with your upper back on a bench or a sofa. Step 1", 'Step 1 of 5: Sit on the floor with your back to a sturdy bench'],
    ['cardio', 'swimming', "Here's how to get started with cardio. Swimming burns calories across your whole body, which takes fat off all over, and is easy on your joints. Step 1 of 5: Choose an activity", 'Step 1 of'],
  ])('%s said as "%s" opens with that variation, and its own steps where it has them', async (id, said, opening, first) => {
    const turn = await harness.conversation().intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', id, said) });
    await expectWellFormed(turn);
    expect(spoken(turn)).toContain(opening);
    expect(spoken(turn)).toContain(first);
  });

  const taught = EN_US_CATALOGUE.exercises.flatMap((entry) => (entry.variations ?? []).flatMap(({ taught: own }) => (own ? [[own.id, entry, own] as const] : [])));
  describe.each(taught)('%s', (_, entry, own) => {
    const said = { exercise: resolvedSlot('exercise', 'ExerciseName', entry.id, own.name.replace(/^the /, '')) };

    it('walks its own steps to its cues, caution and dose, never the exercise’s', async () => {
      const chat = harness.conversation();
      let turn = await chat.intent('ExerciseHowToIntent', said);
      await expectWellFormed(turn);
      expect(spoken(turn)).toContain(`Here's how to do ${own.name}.`);
      expect(spoken(turn)).toContain(`Step 1 of ${own.steps.length}: ${own.steps[0]}`);
      expect(turn.response.response.card).toMatchObject({ title: expect.stringContaining(own.name) });
      for (let step = 2; step <= own.steps.length; step += 1) {
        turn = await chat.intent('AMAZON.NextIntent');
        expect(spoken(turn)).toContain(own.steps[step - 1]);
      }
      const wrapUp = await chat.intent('AMAZON.NextIntent');
      await expectWellFormed(wrapUp);
      expect(spoken(wrapUp)).toContain((own.cues ?? entry.cues).join(' '));
      expect(spoken(wrapUp)).toContain(own.caution ?? entry.caution);
      if (own.dose?.beginner.kind === 'reps' && own.dose.beginner.perSide) expect(spoken(wrapUp)).toMatch(/on each side|each side|per side/);
      for (const step of entry.steps) expect(spoken(wrapUp)).not.toContain(step);
    });

    it('reads all its steps at once when asked, and "yes" to the rest keeps to them', async () => {
      const chat = harness.conversation();
      let turn = await chat.intent('AllStepsIntent', said);
      let heard = '';
      for (let pages = 0; pages < 4; pages += 1) {
        await expectWellFormed(turn);
        heard += spoken(turn);
        if (!/Want the rest of the steps\?$/.test(spoken(turn))) break;
        turn = await chat.intent('AMAZON.YesIntent');
      }
      expect(heard).toContain(`How to do ${own.name}.`);
      for (const step of own.steps) expect(heard).toContain(step);
      const cues = await chat.intent('AMAZON.YesIntent');
      expect(spoken(cues)).toContain(own.caution ?? entry.caution);
    });
  });

  it('"tell me more" about an exercise lists its variations', async () => {
    const chat = harness.conversation();
    await chat.intent('ExerciseHowToIntent', exercise('glute-bridge'));
    const more = await chat.intent('AMAZON.MoreIntent');
    await expectWellFormed(more);
    expect(spoken(more)).toContain('I can also teach the hip thrust and the single-leg bridge.');
    // Asked mid-steps ("और बताओ" is also "go on"), the steps then go on from where they were.
    expect(spoken(more)).toMatch(/Ready for step 2\?$/);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/^Step 2/);
    // Variations not taught on their own are named by their opening sentence.
    const cardio = harness.conversation();
    await cardio.intent('ExerciseHowToIntent', exercise('cardio'));
    expect(spoken(await cardio.intent('AMAZON.MoreIntent'))).toContain('Variations: Swimming burns calories across your whole body, which takes fat off all over, and is easy on your joints. Cycling, indoors or outdoors, burns calories, which takes fat off all over, your back included, and is gentle on your knees. Running burns a lot of calories, which takes fat off all over, your back included.');
  });

  it.each([
    ['glute-bridge', 'hip thrust', 'hip-thrust'],
    ['glute-bridge', 'हिप थ्रस्ट', 'hip-thrust'],
    ['side-plank', 'साइड जैकनाइफ', 'side-jackknife'],
    ['bent-over-row', 'वन आर्म रो', 'one-arm-row'],
    ['deadlift', 'एक पैर वाला डेडलिफ्ट', 'single-leg-deadlift'],
    ['superman', 'बारी बारी वाला सुपरमैन', 'alternating-superman'],
  ])('Hindi teaches %s said as "%s" with its own steps', async (id, said, taught) => {
    const turn = await harness.conversation({ locale: 'hi-IN' }).intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', id, said) });
    await expectWellFormed(turn);
    expect(spoken(turn)).toContain(findTeachable(HI_IN.catalogue, taught)!.steps[0]);
  });

  it.each([
    ['bent-over-row', 'one hand dumbbell row', 'one-arm-row'],
    ['side-plank', 'side jack knife', 'side-jackknife'],
  ])('%s said as "%s" teaches its own steps', async (id, said, taught) => {
    const turn = await harness.conversation().intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', id, said) });
    expect(spoken(turn)).toContain(findTeachable(EN_US_CATALOGUE, taught)!.steps[0]);
  });

  // Found by a helper trying the console as an Indian user: "what is side jack knife" described the side plank.
  it('asked what a variation is, says it and offers to teach it; a yes teaches its own steps', async () => {
    const chat = harness.conversation();
    const about = await chat.intent('TopicIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'side-plank', 'side jack knife') });
    await expectWellFormed(about);
    expect(spoken(about)).toMatch(/The side jackknife starts lying on your side\..*Want to hear how to do the side jackknife\?$/);
    const yes = await chat.intent('AMAZON.YesIntent');
    expect(spoken(yes)).toContain(findTeachable(EN_US_CATALOGUE, 'side-jackknife')!.steps[0]);
    const swim = await harness.conversation().intent('TopicIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'cardio', 'swimming') });
    expect(spoken(swim)).toMatch(/^(Quick note: .*)?Swimming burns calories across your whole body, which takes fat off all over, and is easy on your joints\. Want to hear/);
    // Its own words say what it does: never the muscles of cardio after them (found by a helper trying the console).
    expect(spoken(swim)).not.toContain('It works your');
  });
});

// Found by a helper trying the console: "how many reps of hip thrusts should I do" got the glute bridge's summary and no
// numbers; after "all steps" as a first request, "how many reps" said no workout was running.
describe('how much to do', () => {
  it('"how many reps of X" gives the dose at the user\'s level, for the variation named, and offers to teach it', async () => {
    const chat = harness.conversation();
    const dose = await chat.intent('HowManyLeftIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'glute-bridge', 'hip thrusts') });
    await expectWellFormed(dose);
    expect(spoken(dose)).toMatch(/Here's how much to do for the hip thrust\. At beginner level, do 2 sets of 10\. Want to hear how to do the hip thrust\?$/);
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toContain(findTeachable(EN_US_CATALOGUE, 'hip-thrust')!.steps[0]);
    const jackknife = await harness.conversation().intent('HowManyLeftIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'side-plank', 'side jackknife') });
    expect(spoken(jackknife)).toMatch(/At beginner level, do 2 sets of 8 on each side\./);
  });

  // Found in review, December 4: after "Want to hear how to do the hip thrust?", "how do I do this one" gave the intro
  // to how the coaching works, and "read me all the steps" asked which exercise.
  it('"how do I do this one" or "all the steps" after an offer to teach a move teaches the move offered', async () => {
    const offered = { exercise: resolvedSlot('exercise', 'ExerciseName', 'glute-bridge', 'hip thrusts') };
    const hipThrust = findTeachable(EN_US_CATALOGUE, 'hip-thrust')!;
    const chat = harness.conversation();
    await chat.intent('HowManyLeftIntent', offered);
    const thisOne = await chat.intent('HowToCurrentIntent');
    await expectWellFormed(thisOne);
    expect(spoken(thisOne)).toContain(hipThrust.steps[0]);
    expect(spoken(thisOne)).not.toContain('Here is what really works');
    const other = harness.conversation();
    await other.intent('HowManyLeftIntent', offered);
    const all = await other.intent('AllStepsIntent');
    await expectWellFormed(all);
    expect(spoken(all)).toContain(hipThrust.steps[0]);
    expect(spoken(all)).toContain(hipThrust.steps[1]);
    // In review: with another move's how-to still open, "this one" was that move, where "yes" taught the one offered.
    const teaching = harness.conversation();
    await teaching.intent('ExerciseHowToIntent', exercise('deadlift'));
    await teaching.intent('HowManyLeftIntent', offered);
    const offeredNow = await teaching.intent('HowToCurrentIntent');
    expect(spoken(offeredNow)).toContain(hipThrust.steps[0]);
    expect(spoken(offeredNow)).not.toContain(findTeachable(EN_US_CATALOGUE, 'deadlift')!.steps[0]);
  });

  // The same review: "yes" to teaching a variation offered by its id opened with its whole text, 33 seconds aloud.
  const taughtAlone = EN_US_CATALOGUE.exercises.flatMap((base) => (base.variations ?? []).flatMap((variation) => (variation.taught ? [[base.id, variation.taught.name, variation.taught.id] as const] : [])));
  it.each(taughtAlone)('"yes" to teaching %s as %s, offered by its id, opens with what it is and stays short', async (base, name, id) => {
    const chat = harness.conversation();
    expect(spoken(await chat.intent('HowManyLeftIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', base, name) }))).toMatch(/Want to hear how to do .*\?$/);
    const taught = await chat.intent('AMAZON.YesIntent');
    await expectWellFormed(taught);
    expect(spoken(taught)).toContain(findTeachable(EN_US_CATALOGUE, id)!.steps[0]);
  });

  // Found in review: the back extension, taught by its name or its id, opened with its first sentence only and lost
  // "with no bench, the superman works the same muscles on the floor". The first step, which needs the bench, says it.
  it.each([
    ['en-US', /With no bench, the superman works the same muscles on the floor\./],
    ['hi-IN', /बेंच न हो, तो ज़मीन पर superman कीजिए/],
  ] as const)('in %s, the back extension says what to do with no bench, by its name or by its id', async (locale, noBench) => {
    const named = await harness.conversation({ locale }).intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman', 'back extension') });
    await expectWellFormed(named);
    expect(spoken(named)).toMatch(noBench);
    const chat = harness.conversation({ locale });
    await chat.intent('HowManyLeftIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman', 'back extension') });
    const byId = await chat.intent('AMAZON.YesIntent');
    await expectWellFormed(byId);
    expect(spoken(byId)).toMatch(noBench);
  });

  it('between pages of all the steps, "how many reps" gives the dose', async () => {
    const chat = harness.conversation();
    const page = await chat.intent('AllStepsIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'deadlift', 'single leg deadlift') });
    expect(spoken(page)).toMatch(/Want the rest of the steps\?$/);
    const dose = await chat.intent('HowManyLeftIntent');
    await expectWellFormed(dose);
    expect(spoken(dose)).toMatch(/^At beginner level, do 2 sets of 6 on each side\./);
  });
});

// Found by a helper trying the console: in a hip-thrust lesson, "what about RDLs" then "how many reps" and "what
// muscles does that work" still meant the hip thrust; "is it safe for my back" in a lesson left out the caution.
describe('the move asked about last is the one "it" means', () => {
  it('another move asked about in a lesson ends it; "how many reps" and "that" then mean that move', async () => {
    const chat = harness.conversation();
    await chat.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'glute-bridge', 'hip thrust') });
    const safe = await chat.intent('TopicIntent', { exercise: unmatchedSlot('exercise', 'ExerciseName', 'it') });
    expect(spoken(safe)).toContain(findExercise(EN_US_CATALOGUE, 'glute-bridge')!.caution);
    const rdl = await chat.intent('TopicIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'deadlift', 'rdls') });
    await expectWellFormed(rdl);
    expect(spoken(rdl)).toMatch(/^Romanian deadlifts keep your knees softly bent.*Want to hear how to do Romanian deadlifts\?$/);
    const dose = await chat.intent('HowManyLeftIntent');
    await expectWellFormed(dose);
    expect(spoken(dose)).toMatch(/^Here's how much to do for Romanian deadlifts\. At beginner level, do 2 sets of 8\./);
    const muscles = await chat.intent('TopicIntent', { exercise: unmatchedSlot('exercise', 'ExerciseName', 'that') });
    expect(spoken(muscles)).toMatch(/^Romanian deadlifts keep your knees softly bent/);
  });
});

// Found by helpers trying the console (December 6): "how do I do a plank" and "plank kaise karna hai" got the answer on
// abs work, which never said how, nor offered the side plank the skill teaches.
describe('the plank asked how to do', () => {
  it('offers the side plank, and a yes teaches it', async () => {
    for (const said of ['a plank', 'planks', 'plank properly']) {
      const chat = harness.conversation();
      const asked = await chat.intent('ExerciseHowToIntent', { exercise: unmatchedSlot('exercise', 'ExerciseName', said) });
      await expectWellFormed(asked);
      expect(spoken(asked), said).toMatch(/I don't teach the front plank, but I do teach the side plank with leg lift, .*Want to learn the side plank with leg lift\?$/);
      expect(spoken(await chat.intent('AMAZON.YesIntent')), said).toMatch(/^Here's how to do the side plank with leg lift\./);
    }
    const hindi = await harness.conversation({ locale: 'hi-IN' }).intent('ExerciseHowToIntent', { exercise: unmatchedSlot('exercise', 'ExerciseName', 'plank') });
    await expectWellFormed(hindi);
    expect(spoken(hindi)).toMatch(/सीधा plank मैं नहीं सिखाती/);
  });
});

describe('exercises the skill does not know', () => {
  it('says so, lists what it can teach, and asks', async () => {
    const turn = await harness.conversation().intent('ExerciseHowToIntent', { exercise: unmatchedSlot('exercise', 'ExerciseName', 'burpees') });
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(/^I don't know that one yet\. I can teach you the superman, deadlifts/);
    expect(spoken(turn)).toMatch(/Which exercise would you like to learn\?$/);
    expect(reprompted(turn)).toMatch(/For example, the superman/);
  });

  // The open slot can take more than the exercise's name; what it names inside is answered, the safe answer first.
  it('teaches the exercise named inside a longer phrase ("the bent over row thing"), in steps or all at once', async () => {
    const howTo = await harness.conversation().intent('ExerciseHowToIntent', { exercise: unmatchedSlot('exercise', 'ExerciseName', 'the bent over row thing') });
    await expectWellFormed(howTo);
    expect(spoken(howTo)).toContain("Here's how to do bent-over rows.");
    const all = await harness.conversation().intent('AllStepsIntent', { exercise: unmatchedSlot('exercise', 'ExerciseName', 'those deadlift things') });
    await expectWellFormed(all);
    expect(spoken(all)).toMatch(/deadlift/i);
    expect(spoken(all)).not.toMatch(/^I don't know that one yet/);
  });

  it('gives the safe answer when the phrase says something hurts ("a plank when my back hurts")', async () => {
    for (const intent of ['ExerciseHowToIntent', 'AllStepsIntent']) {
      const turn = await harness.conversation().intent(intent, { exercise: unmatchedSlot('exercise', 'ExerciseName', 'a plank when my back hurts') });
      await expectWellFormed(turn);
      expect(spoken(turn), intent).toContain(EN_US_CATALOGUE.painBeforeTraining);
    }
  });

  it('answers a topic named instead of an exercise ("how do I do a calorie deficit")', async () => {
    const turn = await harness.conversation().intent('ExerciseHowToIntent', { exercise: unmatchedSlot('exercise', 'ExerciseName', 'a calorie deficit') });
    await expectWellFormed(turn);
    expect(spoken(turn)).toContain(findTopic(EN_US_CATALOGUE, 'calorie-deficit')!.answer);
  });

  it('asks which one when no exercise was named', async () => {
    const turn = await harness.conversation().intent('ExerciseHowToIntent');
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(/^I didn't catch which exercise\. I can teach you the superman/);
  });

  it('never trusts an id the catalogue lacks', async () => {
    const turn = await harness.conversation().intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'crunches') });
    expect(spoken(turn)).toMatch(/^I don't know that one yet/);
  });
});

// Found by a helper trying the console: "sorry what was step three again" was heard as "start over" and read step 1.
describe('"what was step 3"', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  const step = (number: string) => ({ step: { name: 'step', value: number, confirmationStatus: 'NONE' as const } });

  it('is understood as said', () => {
    for (const [locale, said] of [['en-US', 'sorry what was step three again'], ['en-US', 'go back to step two'], ['hi-IN', 'step 3 फिर से बताओ']] as const) {
      expect(committedMatcher(locale).literal(said).map((match) => match.intent), said).toEqual(['StepNumberIntent']);
    }
  });

  it('in a how-to, reads that step and goes on from there; past the last, says how many there are', async () => {
    const chat = harness.conversation();
    await chat.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    const third = await chat.intent('StepNumberIntent', step('3'));
    await expectWellFormed(third);
    expect(spoken(third)).toMatch(/^Step 3: /);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/^Step 4: /);
    expect(spoken(await chat.intent('StepNumberIntent', step('9')))).toMatch(/^There are 5 steps\. (Step 5|Last step)/);
  });

  it('with nothing being taught, asks which exercise', async () => {
    expect(spoken(await harness.conversation().intent('StepNumberIntent', step('3')))).toMatch(/Which exercise/);
  });

  // Found in a blind batch (December 4): "what's the second step" is an ordinal, which AMAZON.NUMBER does not take.
  it('"what\'s the second step": an ordinal reaches the step as a number does', async () => {
    const heard = committedMatcher('en-US').literal("what's the second step");
    expect(heard.map((match) => match.intent)).toEqual(['StepNumberIntent']);
    expect(heard[0]?.slots.ordinal?.value).toBe('2');
    // "The first step" too, and by this intent alone (found in review: start over had it as well, which mid-workout
    // starts the whole workout again).
    for (const [said, number] of [['go back to the third step', '3'], ['repeat the 4th step', '4'], ['i missed the first step', '1'], ['what was the first step', '1'], ['go back to the first step', '1']] as const) {
      const [only, ...others] = committedMatcher('en-US').literal(said);
      expect(others, said).toEqual([]);
      expect(only?.slots.ordinal?.value, said).toBe(number);
    }
    const chat = harness.conversation();
    await chat.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    const second = await chat.intent('StepNumberIntent', { ordinal: { name: 'ordinal', value: '2', confirmationStatus: 'NONE' as const } });
    await expectWellFormed(second);
    expect(spoken(second)).toMatch(/^Step 2: /);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/^Step 3: /);
  });

  it('"दूसरा step क्या था": an ordinal in Hindi and Hinglish reaches the step too', async () => {
    for (const [said, number] of [['दूसरा step क्या था', '2'], ['teesra step batao', '3'], ['पहला स्टेप फिर से बताओ', '1'], ['doosra step par wapas chalo', '2']] as const) {
      const [only, ...others] = committedMatcher('hi-IN').literal(said);
      expect(others, said).toEqual([]);
      expect(only?.intent, said).toBe('StepNumberIntent');
      expect(only?.slots.ordinal?.value, said).toBe(number);
    }
    const chat = harness.conversation({ locale: 'hi-IN' });
    await chat.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    const [heard] = committedMatcher('hi-IN').literal('दूसरा step क्या था');
    const second = await chat.intent('StepNumberIntent', heard?.slots ?? {});
    await expectWellFormed(second);
    expect(spoken(second)).toMatch(/^Step 2: /);
  });
});

// Found by a helper trying the console as a new user (December 5): after the day's moves were read out, "how do I do the
// first one" and "teach me the last exercise" were "I don't know that one yet", and "what was the second one" asked
// which level.
describe('a move named by its place in the day\'s list', () => {
  it('"the first one", "the last exercise" and "what was the second one" teach that move of today\'s plan', async () => {
    // A Monday: a strength day.
    const monday = await startHarness({ now: '2026-11-23T12:00:00Z' });
    try {
    const day = spoken(await monday.conversation().intent('WorkoutForDayIntent'));
    const moves = /\d moves: ([^.]+)\./.exec(day)?.[1]?.split(/, (?:and )?/) ?? [];
    expect(moves.length).toBeGreaterThan(2);
    const matcher = committedMatcher('en-US');
    for (const [said, at] of [['how do I do the first one', 0], ['teach me the last exercise', moves.length - 1], ['what was the second one', 1]] as const) {
      const heard = matcher.resolve(said);
      const reply = spoken(await monday.conversation().intent(heard.intent, heard.slots ?? {}));
      expect(reply, said).toMatch(new RegExp(`^(Quick note: [^.]*\\. )?Here's how to do ${moves[at]}\\.`));
    }
    } finally {
      await monday.close();
    }
  });
});

// Found by a helper trying the console as a terse Briton (December 5): "how do I do a one legged deadlift" taught the
// two-legged deadlift, though the single-leg deadlift is taught with steps of its own.
it('"a one legged deadlift" teaches single-leg deadlifts', async () => {
  for (const said of ['how do I do a one legged deadlift', 'how do you do one legged deadlifts']) {
    const heard = committedMatcher('en-GB').resolve(said);
    const reply = spoken(await harness.conversation({ locale: 'en-GB' }).intent(heard.intent, heard.slots ?? {}));
    expect(reply, said).toMatch(/single-leg deadlifts/i);
    expect(reply, said).not.toMatch(/Hold a light dumbbell in each hand/);
  }
});

describe('a move pointed at, not named', () => {
  // Found by a helper trying the console (December 5): "how do I do it" and "how do I do those" were "I don't know that
  // one yet", after a move's answer, in its lesson, and mid-workout.
  it('"how do I do it" teaches the move pointed at: the one offered, the one being taught, the workout\'s under way', async () => {
    const pointed = (said: string) => ({ exercise: unmatchedSlot('exercise', 'ExerciseName', said) });
    for (const said of ['how do I do it', 'how do I do those', 'how do I do that one']) expect(committedMatcher('en-US').resolve(said).intent, said).toBe('ExerciseHowToIntent');
    const chat = harness.conversation();
    await chat.intent('TopicIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'good-morning', 'good mornings') });
    expect(spoken(await chat.intent('ExerciseHowToIntent', pointed('it')))).toMatch(/^Here's how to do good mornings\..*Step 1 of 5/);
    await chat.intent('AMAZON.NextIntent');
    expect(spoken(await chat.intent('ExerciseHowToIntent', pointed('those')))).toMatch(/^Here's how to do good mornings\./);
    const workout = harness.conversation();
    await workout.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
    await workout.intent('AMAZON.NextIntent');
    await workout.intent('AMAZON.NextIntent');
    // What is asked of it goes with it (found in review: "how many reps of these" mid-workout read the steps).
    expect(spoken(await workout.intent('HowManyLeftIntent', pointed('these')))).toMatch(/\d sets of \d+/);
    // The workout's own short steps, never a lesson of its own (found in review).
    expect(spoken(await workout.intent('ExerciseHowToIntent', pointed('it')))).toMatch(/^How to do [a-z -]+\. Step 1:/);
    expect(spoken(await harness.conversation().intent('ExerciseHowToIntent', pointed('it')))).not.toMatch(/don't know that one/);
  });
});

// Found by a helper trying the console: "start my workout" in a lesson read its next step, and to "Want to hear how to
// get started with HIIT?" began the HIIT lesson; a user could not leave the lesson for the workout.
describe('"start my workout" in a lesson, or to the offer of one, starts the workout; "let\'s go" there is a yes', () => {
  const say = async (chat: ReturnType<Harness['conversation']>, said: string) => {
    const heard = committedMatcher('en-US').resolve(said);
    const reply = await chat.intent(heard.intent, heard.slots);
    await expectWellFormed(reply, { maxSeconds: MAX_RESPONSE_SECONDS, endsOnQuestion: false });
    return spoken(reply);
  };
  it('in a lesson', async () => {
    const chat = harness.conversation();
    expect(await say(chat, 'how do I do a glute bridge')).toMatch(/Ready for step 2\?$/);
    expect(await say(chat, "ok let's go")).toMatch(/^Step 2/);
    expect(await say(chat, 'start my workout')).toMatch(/^Today is a \w+ day/);
    expect(chat.attributes.workout).toBeDefined();
  });
  it('to the offer of a lesson', async () => {
    const chat = harness.conversation();
    expect(await say(chat, 'what is HIIT')).toMatch(/Want to hear how to get started with HIIT\?$/);
    expect(await say(chat, 'start my workout')).toMatch(/^Today is a \w+ day/);
    const again = harness.conversation();
    await say(again, 'what is HIIT');
    expect(await say(again, "let's go")).toMatch(/^Here's how to get started with HIIT/);
  });
});

// Found by a helper trying the console in en-CA (December 6): in the deadlift's lesson, "I don't know that one yet".
it('in a lesson, "is it safe for my knees" is asked of the move taught, and the lesson goes on', async () => {
  const chat = harness.conversation();
  await chat.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'deadlift', 'deadlifts') });
  // As the lenient matcher and Alexa hear it: the move slot takes "it".
  const reply = await chat.intent('HealthConcernIntent', { move: unmatchedSlot('move', 'MoveName', 'it'), forPart: unmatchedSlot('forPart', 'ConcernName', 'knees') });
  await expectWellFormed(reply);
  expect(spoken(reply)).toMatch(/^Deadlifts work .*With any trouble in your knees, check with a doctor or a physiotherapist.*Ready for step 2\?$/);
});

// Found by a helper trying the console in Indian English (December 7): "good morning", said as a greeting, began the good
// morning's lesson. Said alone, it is greeted back and the exercise offered; a yes teaches it.
describe('"good morning" said alone', () => {
  let harness: Awaited<ReturnType<typeof startHarness>>;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it('is greeted back, the exercise offered, a yes teaching it', async () => {
    const chat = harness.conversation(harness.device({ locale: 'en-IN' }));
    const [heard] = committedMatcher('en-IN').literal('good morning');
    const greeted = await chat.intent(heard!.intent, heard!.slots);
    await expectWellFormed(greeted);
    expect(spoken(greeted)).toMatch(/^Good morning! .*Or did you mean the good morning exercise\?$/);
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/Here's how to do good mornings\./);
  });

  it('"how do I do a good morning" teaches it at once', async () => {
    const [heard] = committedMatcher('en-US').literal('how do I do a good morning');
    expect(spoken(await harness.conversation().intent(heard!.intent, heard!.slots))).toMatch(/Here's how to do (a |the )?good morning/);
  });
});
