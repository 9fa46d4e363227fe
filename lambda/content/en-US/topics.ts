import type { AskedIn } from '../catalogue';
import type { Topic } from '../types';

/** Weight lost too fast to be fat: 4 pounds or 2 kilos a week and more, or that in days. */
const TOO_FAST: readonly string[] = [
  ...Array.from({ length: 27 }, (_, at) => at + 4).flatMap((pounds) => [`${pounds} pounds in a week`, `${pounds} lbs in a week`]),
  ...Array.from({ length: 14 }, (_, at) => at + 2).flatMap((kilos) => [`${kilos} kilos in a week`, `${kilos} kg in a week`, `${kilos} kgs in a week`]),
  'five pounds in a week', 'ten pounds in a week', 'twenty pounds in a week', 'five kilos in a week', 'ten kilos in a week',
  ...Array.from({ length: 27 }, (_, at) => at + 4).map((pounds) => `${pounds} pounds in a few days`),
  // Twice that in two weeks (found in a second review: "10 pounds in two weeks" heard no "no").
  ...Array.from({ length: 23 }, (_, at) => at + 8).flatMap((pounds) => [`${pounds} pounds in two weeks`, `${pounds} pounds in 2 weeks`]),
  ...Array.from({ length: 12 }, (_, at) => at + 4).flatMap((kilos) => [`${kilos} kilos in two weeks`, `${kilos} kilos in 2 weeks`, `${kilos} kg in two weeks`]),
  'three kilos in a week', 'four kilos in a week', 'four pounds in a week', 'six pounds in a week', 'eight pounds in a week', 'fifteen pounds in a week',
  // Four times that in a month (found by a helper trying the console as an Indian user, December 5: "can I lose 10 kg in
  // one month" was "I don't know that one yet").
  ...Array.from({ length: 23 }, (_, at) => at + 8).flatMap((kilos) => ['a month', 'one month', '1 month'].flatMap((month) => [`${kilos} kilos in ${month}`, `${kilos} kg in ${month}`, `${kilos} kgs in ${month}`])),
  ...Array.from({ length: 45 }, (_, at) => at + 16).flatMap((pounds) => ['a month', 'one month', '1 month'].flatMap((month) => [`${pounds} pounds in ${month}`, `${pounds} lbs in ${month}`])),
  'ten kilos in a month', 'ten kilos in one month', 'twenty pounds in a month', 'twenty pounds in one month', 'thirty pounds in a month',
];

/**
 * What people ask a back-fat coach about that is not already a tip, an FAQ or an exercise. Every answer keeps the
 * article's rule: fat comes off the whole body, slowly, with a calorie deficit; exercise tones what is underneath.
 * Where the article overstates (HIIT "burns more fat", water "aids metabolism"), the answers say the sound version.
 */
export const TOPICS = [
  {
    id: 'genetics',
    names: ['blame my genes', 'genetic', 'my genetics', 'genetics', 'genes', 'my genes', 'heredity', 'body type', 'family history', 'genetic fat', 'inherited fat'],
    answer:
      'Your genes largely decide where you store fat, and which areas lose it first and last. For many people, the lower back is one of the last. You cannot change your genes, but a steady calorie deficit and exercise still work; it takes patience.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'hiit-frequency',
    names: ['hiit frequency', 'hiit a week', 'hiit sessions a week', 'intervals a week', 
      'hiit per week',
      'hiit schedule',
      'hiit days',
      'hiit sessions per week',
      'hiit twice a week',
      'hiit every day',
      'length of a hiit session',
    ],
    answer:
      'Twice a week is plenty. Keep each session short and hard, about 20 to 30 minutes including the easy parts. Leave a day between HIIT sessions, and fill the other days with strength work, steady cardio and walking.',
    followUp: { offer: 'howTo', exerciseId: 'hiit' },
  },
  {
    id: 'strength-and-cardio',
    names: ['do both cardio and strength', 'mixing strength and cardio', 'strength training or cardio', 'lift weights or just do cardio', 'weights or cardio', 'do both strength and cardio', 'combine cardio and weights', 'lift or do cardio', 'cardio or strength', 
      'strength and cardio',
      'cardio and strength',
      'strength or cardio',
      'cardio or weights',
      'weights and cardio',
      'cardio versus weights',
      'strength versus cardio',
      'mixing cardio and weights',
    ],
    answer:
      'You need both. Strength training tones your lower back and builds muscle, so your back looks firmer as the fat comes off. Calorie burners like HIIT, cardio and walking help create the calorie deficit that takes the fat off.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'strength-training',
    names: ['lift weights', 'weight lifting', 'do weights', 
      'strength training',
      'strength',
      'weight training',
      'weights',
      'lifting weights',
      'weightlifting',
      'resistance training',
      'toning',
      'toning exercises',
      'muscle toning',
    ],
    answer:
      'Strength training three times a week tones your lower back, glutes and hamstrings, and builds muscle. Moves like deadlifts, bridges, back extensions, rows and good mornings all count. Start light, with good form, and add weight slowly.',
    followUp: { offer: 'howTo', exerciseId: 'deadlift' },
  },
  {
    id: 'results-time',
    // A number of pounds or kilos in days or a week or two: no (a back fat gone in two weeks gets the answer alone).
    // Only amounts too fast for fat: a pound or two a week is a steady pace (found in review: "2 pounds in a week" heard no).
    leads: [{ names: TOO_FAST, lead: 'Not as fat, no: what comes off that fast is mostly water, and crash dieting for it costs muscle. A steady pace lasts.' }],
    names: ['see results', 'start seeing results', 'start to see results', 'see a difference', 'see the difference', 'notice a difference', 'results to show', 
      'results',
      'time to see results',
      'results timeline',
      'seeing results',
      'quick results',
      'fast results',
      'losing fat fast',
      'fast fat loss',
      'how long it takes',
      'timeframe',
      // Found by a helper trying the console as an Indian user (December 3).
      'in how many days will my back fat go',
      // Found in a fresh batch written blind (December 4): "how long does it take to lose back fat".
      'to lose back fat', 'to lose my back fat', 'to lose the back fat', 'to lose lower back fat', 'to get rid of back fat', 'to get rid of my back fat',
      'how many days will my back fat go',
      'will my back fat go in one month',
      'how long will my back fat take to go',
    ],
    answer:
      'Fat loss is slow, and it comes off your whole body, not one spot. Most people notice changes over weeks to months, and the lower back is often among the last areas. I cannot promise a date, but steady eating, exercise and sleep do work.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'plateau',
    names: ['hit a plateau', 'a plateau', 'weight is stuck', 'scale is stuck', 'weight loss is stuck', 'stuck at the same weight', 'back fat is stuck', 'plateaued', 'break through a plateau', 'stalled', 'stopped losing weight', 'not reducing', 'not going down', 'not coming down', 'not dropping', 'not changing', 'not budging', 'stuck for weeks', 'the same for weeks', "isn't going down", "isn't coming down", "isn't dropping", "isn't budging", "won't budge", "won't go down", "isn't moving", "hasn't moved", "isn't reducing", 
      'plateau',
      'weight loss plateau',
      'no results',
      'not losing weight',
      'stuck weight',
      'stalled progress',
      'weight not going down',
      'stopped losing fat',
    ],
    answer:
      'Stalls are normal. Check the basics honestly: portions, protein, sleep, and whether your workouts and daily walking have slipped. Then make one small change, like a little more walking or slightly smaller portions, and give it a few weeks.',
    followUp: { offer: 'tips', list: 'diet' },
  },
  {
    id: 'recovery',
    names: ['recover', 'recover between workouts', 'rest between sessions', 'rest day activities', 'foam roll', 
      'recovery',
      'recovery day',
      'stretch day',
      'active recovery',
      'muscle recovery',
      'foam rolling',
      'foam roller',
      'recovering between workouts',
    ],
    answer:
      'Once a week, take a rest or stretch day. Gentle yoga, stretching or foam rolling help your muscles recover, and good sleep helps most of all. You come back stronger for your next workout.',
    followUp: { offer: 'plan' },
  },
  {
    // How to breathe through a move: the article says only that deep breathing eases stress, so this is the sound,
    // common cue. Found by a helper trying the console mid-workout: "should I breathe out on the way up" got the urgent
    // answer, as "breathe" names trouble breathing when said as a report ("I can't breathe").
    id: 'breathing',
    // Never "breathe", "breathing" or "my breathing" alone, which a carrier may say is off ("my breathing is weird"):
    // those are read by asksHowToBreathe (content/named.ts), as every other way of asking is (found in review).
    names: ['breathing technique', 'breathe out', 'when to breathe', 'how to breathe', 'hold my breath'],
    answer:
      "Breathe out as you lift or push, the hard part, and breathe in as you lower. Don't hold your breath through a rep. In a hold, like a plank or the suitcase carry, keep breathing slowly and evenly while you brace. In HIIT, breathing hard is normal; if you can't say a few words, slow down.",
    followUp: { offer: 'today' },
  },
  {
    // The rests the guided workout times (REST_AFTER_REPS_SECONDS, REST_AFTER_HOLD_SECONDS, the HIIT doses): a test holds them together.
    id: 'rest-between-sets',
    names: [
      // Found by a helper trying the console (December 3, second round).
      'how long do i rest',
      'how long should i rest',
      'how long is the rest',
      'rest between sets',
      'rest period',
      'rest periods',
      'my rest period',
      'rest time',
      'rest times',
      'rest in between sets',
      'rest between exercises',
      'break between sets',
      'breaks between sets',
      'time between sets',
      'rest between rounds',
    ],
    answer:
      "In your workouts I time the rests for you: about a minute after each set of reps, and 30 seconds after a hold, like a plank. In HIIT, the rests between bursts are short, 30 to 40 seconds. If you need longer to catch your breath, take it: good form matters more than speed.",
    followUp: { offer: 'today' },
  },
  {
    id: 'metabolism',
    names: ['speed up my metabolism', 'boost my metabolism', 'raise my metabolism', 
      'metabolism',
      'metabolic rate',
      'slow metabolism',
      'fast metabolism',
      'boosting metabolism',
      'speeding up metabolism',
      'metabolism boost',
      'metabolic boost',
    ],
    answer:
      'Metabolism is the energy your body uses. Building muscle and staying active all day nudge it up a little, and HIIT raises it briefly after a session. But no food or drink melts fat; the calorie deficit is what counts.',
    followUp: { offer: 'burners' },
  },
  {
    id: 'muscle',
    names: ['build muscle', 'gain muscle', 'get bulky', 'muscle tone', 'build more muscle', 
      'muscle',
      'building muscle',
      'muscle mass',
      'gaining muscle',
      'muscle gain',
      'muscle building',
      'lean muscle',
      'muscle loss',
    ],
    answer:
      'Muscle uses a little more energy than fat, even at rest, so building it helps your body burn calories. It also gives your back its toned shape as the fat comes off. Strength training and enough protein build it, and crash diets lose it.',
    followUp: { offer: 'howTo', exerciseId: 'deadlift' },
  },
  {
    id: 'belly-fat',
    names: ['lose belly fat', 'my belly', 'my stomach', 'my tummy', 
      'belly fat',
      'stomach fat',
      'tummy fat',
      'abdominal fat',
      'belly',
      'paunch',
      'pot belly',
      'flat stomach',
      'flat tummy',
    ],
    answer:
      'Belly fat follows the same rule as back fat: you cannot burn it from one spot. It comes off your whole body with a calorie deficit, exercise and good sleep. Core exercises strengthen the muscles underneath, which show more as the fat drops.',
    followUp: { offer: 'burners' },
  },
  // Found by a sceptic trying the console: "are crunches any good", "what about crunches" and "are crunches better than
  // planks" got "I don't know that one yet", and the belief behind them (abs work burns the fat over them) stood.
  {
    id: 'core-moves',
    names: ['crunches', 'crunch', 'sit ups', 'situps', 'planks', 'plank', 'ab exercises', 'ab workouts', 'ab workout', 'abs workout'],
    answer:
      'Crunches and planks strengthen your core, but no move burns the fat over the muscle it works. Fat comes off your whole body, with a calorie deficit and calorie burners. Planks are kinder to your back than crunches.',
    followUp: { offer: 'burners' },
  },
  {
    id: 'love-handles',
    names: ['lose my love handles', 'get rid of love handles', 'my love handles', 'my muffin top', 'love handles', 'muffin top', 'side fat', 'waist fat', 'flank fat', 'hip fat', 'side rolls'],
    answer:
      'Love handles go the same way as lower back fat: slowly, along with the rest of your body. Side planks and suitcase carries strengthen the muscles at your sides, while a calorie deficit and calorie burners take the fat off.',
    followUp: { offer: 'howTo', exerciseId: 'side-plank' },
  },
  {
    id: 'upper-back-fat',
    names: ['fat on my upper back', 'my upper back', 'upper back fat', 'bra fat', 'bra bulge', 'back rolls', 'back bulge', 'armpit fat'],
    answer:
      'Upper back fat follows the same rule: it comes off with your whole body, not on its own. Rows and other pulling moves tone your upper and middle back, so the whole back looks better as the fat drops.',
    followUp: { offer: 'howTo', exerciseId: 'bent-over-row' },
  },
  {
    id: 'weight-loss',
    names: ['lose weight', 'lose weight overall', 'losing weight in general', 'weight loss in general', 
      'weight loss',
      'losing weight',
      'fat loss',
      'losing fat',
      'burning fat',
      'fat burning',
      'overall weight loss',
      'getting slim',
      'slimming',
    ],
    answer:
      'Losing fat comes down to a steady calorie deficit: burning more than you eat. Eat protein and fiber, watch your portions, train a few times a week, and move every day. Aim for slow, steady loss you can keep, not a quick drop.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'daily-movement',
    names: ['move more', 'moving around during the day', 'steps a day', 'moving more every day', 'get up and move around', 'move more during the day', 'sit all day', 'sit at a desk all day', 'get up from my desk', 'sitting too long', 'walk more', 
      'daily movement',
      'moving more',
      'daily activity',
      'staying active',
      'everyday activity',
      'sitting for long hours',
      'sedentary lifestyle',
      'being sedentary',
      'desk job',
      'walk after dinner',
      'walk after meals',
      'walking after meals',
      'walk after eating',
    ],
    // Found by a helper trying the console as an Indian user: "should I walk after dinner" got walking in general.
    leads: [{ names: ['walk after dinner', 'walk after meals', 'walking after meals', 'walk after eating'], lead: 'A short walk after a meal is a good habit: easy movement that adds up over the day.' }],
    answer:
      'Move a little all through the day, not just in your workouts. Do not sit for long hours: get up every hour, take the stairs, and stand or walk during calls. All that everyday movement adds up to real calories.',
    followUp: { offer: 'howTo', exerciseId: 'walking' },
  },
  {
    id: 'equipment',
    names: ['a weight', 'buy a kettlebell', 'buy dumbbells', 'weights at home', 'need weights', 'kit', 'a dumbbell', 'any dumbbells', 'any weights', 'a mat', 'any equipment', 'a kettlebell', 'without weights', 'without equipment', 'without dumbbells', 'with no weights', 'with no equipment', 
      'equipment',
      'gym equipment',
      'home equipment',
      'dumbbells',
      'exercise mat',
      'yoga mat',
      'resistance bands',
      'gear',
      // "Can I use water bottles instead of dumbbells" (found by a helper trying the console: with "water" and "dumbbells"
      // both named, "I don't know that one yet"). Not "water bottles", drunk too, nor "instead of weights", said of cardio too
      // (found in review).
      'instead of dumbbells',
    ],
    answer:
      "You need very little: a mat, and a pair of light dumbbells if you have them. No dumbbells? Start most moves with no weight at all, and use filled water bottles or a backpack with a few books as light weights. A resistance band is handy for rows.",
    followUp: { offer: 'today' },
  },
  {
    id: 'home-workout',
    names: ['work out at home', 'do this at home', 'exercise at home', 'do these exercises at home', 'go to the gym', 'join a gym', 'train at home', 
      'home workout',
      'do all this at home',
      'do all of this at home',
      'do it all at home',
      'home workouts',
      'working out at home',
      'exercising at home',
      'training at home',
      'home exercise',
      'no gym',
      'without a gym',
      'gym membership',
      'gym',
    ],
    answer:
      'You can do all of this at home, no gym needed. Every move here needs little or no equipment: a mat, and light dumbbells if you have them. Cardio can happen outdoors, on the stairs, or marching briskly in place.',
    followUp: { offer: 'today' },
  },
  {
    id: 'warm-up',
    names: ['warm up first', 'warm up before working out', 'warm up', 'warming up', 'warm ups', 'warmup', 'warm up exercises', 'before a workout'],
    answer:
      'Warm up for about 5 minutes before every workout. March or jog on the spot, circle your arms and hips, and do a few slow bridges. It raises your heart rate and gets your back and hips ready to move.',
    followUp: { offer: 'today' },
  },
  {
    id: 'stretching',
    names: ['stretch after', 'stretch before', 'stretch after working out', 'stretch more', 
      'stretching',
      'stretches',
      'stretch',
      'flexibility',
      'cool down',
      'cooling down',
      'back stretches',
      'lower back stretches',
      'hamstring stretches',
    ],
    answer:
      'Stretch after your workouts and on your rest day. Hold gentle hamstring, hip and lower back stretches for 20 to 30 seconds, without bouncing. Stretching will not burn fat, but it helps you recover and move better. If your back hurts, stop, and see a doctor or a physiotherapist.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'yoga',
    names: ['do yoga', 'yoga', 'doing yoga', 'yoga poses', 'yoga asanas', 'power yoga', 'surya namaskar', 'suryanamaskar', 'sun salutations'],
    answer:
      'Yoga helps in two ways: it lowers stress, and it makes a good gentle recovery day. It builds flexibility and some strength, but it burns fewer calories than cardio or HIIT, so pair it with good eating and your other workouts.',
    followUp: { offer: 'plan' },
  },
  {
    // Not in the article; the sound version. Found in review: "what is the best time to work out" started a workout.
    id: 'workout-time',
    names: [
      'best time to work out', 'best time to exercise', 'best time to train', 'best time of day to work out', 'best time of day to exercise',
      'morning or evening workouts', 'work out in the morning or evening', 'working out in the morning', 'working out at night',
      'exercising in the morning', 'exercising at night', 'morning workouts', 'evening workouts',
      // Found by a helper trying the console in Indian English (December 7): out of scope, or the lenient matcher alone.
      'best time to workout', 'workout after dinner', 'exercise after dinner', 'workout after food', 'exercise after eating', 'workout on empty stomach', 'exercise on an empty stomach',
      // Found by a helper trying the console as a Chennai teacher (December 7): a fast kept was a condition.
      'workout while fasting', 'exercise while fasting',
    ],
    leads: [
      { names: ['after dinner', 'after food', 'after eating'], lead: 'Leave a couple of hours after a big meal before a hard workout; a gentle walk straight after is fine. Morning or evening, what counts is training most days.', alone: true },
      // The sound version: fasted training is safe for most, and burns no more fat over the day.
      { names: ['empty stomach'], lead: "An empty stomach is fine if you feel well, but it burns no extra fat over the day. If you feel light-headed, have a small snack first.", alone: true },
      // The sound version: a fast kept for faith or a festival, light training with it, the hard sessions on other days.
      {
        names: ['while fasting', 'fasting day', 'on a fast'],
        lead: 'On a fasting day, light training is fine if you feel well: a walk, stretching or an easy strength session. Keep HIIT for a day you eat, and stop if you feel dizzy or weak. With diabetes, or on medicine, ask your doctor first.',
        alone: true,
      },
    ],
    answer:
      'The best time to work out is the time you can stick to. Morning or evening, fat comes off the same way: what counts is training most days, week after week. Leave a couple of hours after a big meal, and if a hard HIIT session late at night keeps you awake, move it earlier.',
    followUp: { offer: 'plan' },
  },
  {
    // Not in the article; the sound version, in its spirit (consistency over any one day). Found by a helper trying the
    // console: "can I take today off" and "I'm too tired today" got "I don't know that one yet".
    id: 'day-off',
    names: [
      'take today off', 'today off', 'take a day off', 'a day off', 'take the day off', 'have a day off', 'skip a day', 'skip a workout', 'miss a workout',
      'too tired today', 'too tired to work out', 'too tired to train', 'too tired to exercise', 'not feeling it today',
      // Found by a helper trying the console (December 3, second round).
      'take a break', 'a break for a week', 'take a week off', 'a week off', 'rest today', 'take rest today', 'skip today', 'skipping today', 'skip the workout today', 'skip my workout today', 'feeling lazy', 'feeling lazy today', 'go on holiday',
      'not in the mood', 'not in the mood today', 'so not in the mood', 'a lie in', 'have a lie in', 'take it easy', 'take it easy today',
      // Found by a helper trying the console as an Indian user: "I'm feeling very tired today" was out of scope.
      // Not "tired" or "exhausted" alone: "sick and tired of my back fat", "tired of doing cardio" (found in review).
      'tired today', 'so tired today', 'very tired', 'very tired today', 'really tired today', 'feeling tired', 'feeling very tired today', 'feeling tired today',
      'exhausted today', 'worn out', 'worn out today', 'wiped out today',
      // Tried as a user (December 5): "make today my rest day" read today's workout, "I want today off" asked again, and
      // "I need a rest day" paused. Resting today is a day off; the week's rest day stays where it is.
      // Not "a rest day" alone: "what do I do on a rest day" asks about recovery (found in review).
      'a rest day today', 'make today my rest day', 'make today a rest day', 'today be my rest day', 'today be a rest day',
      'I need a rest day', 'I want today off', 'taking today off', 'taking the day off',
      // Found by a helper trying the console in Indian English (December 5): "I want to take leave from workout today"
      // started the workout. Not "need a rest day": "how often do I need a rest day" asks about recovery (found in review).
      'take leave', 'take leave today', 'leave from workout',
    ],
    answer:
      "A day off now and then is fine. One missed day changes nothing: it's the weeks of steady training that burn fat. If you're just tired, do something easy instead, like a short walk or some gentle stretching, and pick up tomorrow. If you're unwell or something hurts, rest, and see a doctor if it lasts.",
    followUp: { offer: 'plan' },
  },
  {
    id: 'cortisol',
    names: ['lower my cortisol', 'reduce cortisol', 'cortisol', 'cortisol levels', 'high cortisol', 'stress hormones', 'stress hormone', 'hormones'],
    answer:
      'Cortisol is a stress hormone. Short sleep and constant stress keep it high, and that is linked to more fat around the belly and back. Sleep well and manage stress, alongside your calorie deficit; if you suspect a hormone problem, ask your doctor.',
    followUp: { offer: 'tips', list: 'lifestyle' },
  },
  {
    // Not in the article; the sound version. Found by a helper trying the console as a woman of 45: "is it menopause"
    // was "I don't know that one yet".
    id: 'menopause',
    names: ['menopause', 'perimenopause'],
    answer:
      "Around menopause, changing hormones make fat settle more easily around the middle and back, and muscle harder to keep. The plan still works: strength training to keep your muscle, daily movement, protein, and a modest calorie deficit. If symptoms trouble you, talk to your doctor.",
    followUp: { offer: 'plan' },
  },
  {
    // Found by a helper trying the console: "can we do a shorter one" started the whole session; "I'm short on time" was unknown.
    id: 'short-on-time',
    names: ['short on time', 'no time', 'not much time', 'only a few minutes', 'a few minutes', 'too busy', 'busy today', 'a quick workout', 'a shorter workout', 'a shorter one', 'shorter one', 'a quick one', 'quick workout', 'short workout', 'shorter workout',
      // Found by a helper trying the console as a busy parent (December 6): "I don't know that one yet".
      'much time', 'much time tonight', 'much time today', 'shortest workout', 'the shortest workout'],
    answer:
      "Short on time? A short workout still helps. Start today's workout and stop when your time is up: say I'm done, and I'll log what you did. Or take a brisk walk, and pick up the full plan tomorrow.",
    followUp: { offer: 'start' },
  },
  {
    id: 'motivation',
    names: ['stay motivated', 'stick with it', 'motivated', 'lost my motivation', 'keep giving up', 
      'motivation',
      'staying motivated',
      'lack of motivation',
      'discipline',
      'willpower',
      'building habits',
      'giving up',
    ],
    answer:
      'Motivation comes and goes, so lean on habits instead. Train at the same time each day, start small, and keep your streak going. It is not magic, but discipline and consistency work.',
    followUp: { offer: 'today' },
  },
  {
    id: 'getting-started',
    names: ['get started', 'start working out', 
      'getting started',
      'starting out',
      'new to exercise',
      'starting from scratch',
      'first week',
      'out of shape',
      'never exercised',
      // Told through the health intent's slot (found by a helper trying the console as an office worker: "I haven't
      // worked out in years" was "not something I can help with yet").
      "haven't worked out in",
      "haven't exercised in",
    ],
    // Asked by who is asking (found by a helper trying the console as an Indian user, December 5: "That's not something
    // I can help with yet"). Not in the article; the sound version: fat comes off the same way for everyone.
    leads: [
      { names: ['women', 'woman', 'ladies', 'girls', 'female', 'females', 'men', 'guys', 'male', 'males'], lead: 'Yes. It works the same for women and men: fat comes off the same way, and the moves are the same.' },
      { names: ['overweight', 'obese', 'heavy', 'kg', 'kgs', 'kilos', 'pounds', 'lbs'], lead: 'Yes, you can start at any size, and moving more is the right first step.' },
    ],
    answer:
      'Start easy. Pick the beginner level, learn each move with little or no weight, and walk a little more every day. If you have been inactive for a long time or have a health condition, check with your doctor first.',
    followUp: { offer: 'today' },
  },
  {
    id: 'intermittent-fasting',
    names: ['try intermittent fasting', 'skip breakfast', 'five two diet', 'the five two diet', 'fasting till lunch', 'fasting until lunch', 
      'intermittent fasting',
      'fasting',
      'time restricted eating',
      'eating window',
      'one meal a day',
      'sixteen eight fasting',
      // Found trying the console as an Indian user in English (December 5): "should I skip dinner" was an unknown topic.
      'skip dinner', 'skipping dinner', 'skip lunch', 'skipping lunch', 'skipping breakfast',
    ],
    answer:
      'Fasting helps only if it leads you to eat fewer calories overall; it has no special power over back fat. Do not eat too little, though: a very low-calorie diet costs you muscle. Get enough protein, and do not overeat when you do eat. If you have diabetes, take medicine, or are pregnant, ask your doctor first.',
    followUp: { offer: 'tips', list: 'diet' },
  },
  {
    id: 'junk-food',
    names: ['eat junk food', 'takeaway', 'takeaway food', 'chocolate', 'eat sweets', 'eat fast food', 'cheat meals', 'cheat days', 
      'junk food',
      'pizza',
      'chips',
      'soda',
      'chips and soda',
      'fries',
      'burgers',
      'candy',
      'ice cream',
      'cookies',
      'crisps',
      'maggi',
      'samosa',
      'samosas',
      'pakoda',
      'pakodas',
      'namkeen',
      'sweets and namkeen',
      'biscuits',
      'fast food',
      'fried food',
      'processed food',
      'sweets',
      'sugary foods',
      'sugary drinks',
      'soft drinks',
      'snacking',
    ],
    answer:
      'You do not have to ban treats, but sweets, fried snacks and sugary drinks pack in calories without filling you up. Keep them small and occasional. Swapping sugary drinks for water is an easy win.',
    followUp: { offer: 'tips', list: 'diet' },
  },
  {
    // Found by a helper trying the console as an Indian user: "is chai ok" and "can I have tea with sugar" were unknown.
    id: 'tea-coffee',
    names: ['tea', 'coffee', 'chai', 'masala chai', 'milk tea', 'tea with sugar', 'coffee with sugar', 'sweet tea', 'drink tea', 'drink coffee', 'cup of tea', 'cups of tea', 'cup of coffee', 'sugar in my tea', 'sugar in my coffee', 'lattes', 'a latte'],
    leads: [{ names: ['green tea'], lead: 'No tea burns fat by itself, green tea included.' }],
    answer:
      "Tea and coffee are fine. It's the sugar, and the biscuits or snacks with them, that add calories: cut the sugar down bit by bit, and keep to a cup or two. Sweet coffee-shop drinks count as sugary drinks.",
    followUp: { offer: 'tips', list: 'diet' },
  },
  {
    id: 'alcohol',
    names: ['drink alcohol', 'drink beer', 'drink wine', 'alcohol', 'drinking alcohol', 'beer', 'wine', 'liquor', 'alcoholic drinks', 'beers', 'pints', 'a few drinks', 'weekend drinks', 'a few beers', 'a few pints'],
    answer:
      'Alcohol adds calories, often comes with salty snacks, and disturbs your sleep. Cutting back makes your calorie deficit easier. If you drink, keep it small and occasional.',
    followUp: { offer: 'tips', list: 'lifestyle' },
  },
  {
    // The article's "you can't spot-reduce", said of the gadgets sold to do it. Found by a helper trying the console:
    // "will a slimming belt help" got the general fat-loss answer, which never said no.
    id: 'slimming-gadgets',
    names: [
      'slimming belt', 'a slimming belt', 'slimming belts', 'sweat belt', 'a sweat belt', 'waist trainer', 'a waist trainer', 'waist trainers', 'sauna suit',
      'a sauna suit', 'vibration machine', 'a vibration machine', 'vibration plate', 'fat burning belt', 'tummy belt', 'ab belt', 'an ab belt', 'slimming cream',
      'fat burning cream', 'fat melting cream', 'body wrap', 'body wraps', 'slimming wrap',
    ],
    answer:
      "No. Belts, wraps, sauna suits, creams and vibration machines can't burn fat from your back: at most you sweat out water, which comes straight back. Fat comes off your whole body, through a calorie deficit, exercise and patience.",
    followUp: { offer: 'plan' },
  },
  // Found by helpers trying the console as Indian and American users: carbs, keto, "rice or bread", "does walking
  // count as cardio" and "where does your information come from" got "I don't know that one yet" or another answer.
  {
    // Not in the article beyond its fibre and portions tips; the sound version, in their spirit.
    id: 'carbs',
    names: ['carbs', 'carb', 'carbohydrates', 'low carb', 'low carb diet', 'cutting carbs', 'no carbs', 'carbs at night', 'keto', 'keto diet', 'the keto diet', 'rice or bread', 'bread or rice', 'white bread', 'pasta', 'rice', 'white rice', 'bread', 'potatoes', 'sugar', 'jaggery', 'late dinner', 'eating late', 'late night eating'],
    leads: [
      // Before sugar: "is jaggery better than sugar" asks of jaggery (found by a helper trying the console as an Indian user).
      { names: ['jaggery'], lead: 'Jaggery is still sugar: a few more minerals, but the same calories. Keep it small, as you would sugar.' },
      // "Is it ok to have dinner at 10 pm" (found by a helper trying the console as an Indian user: "I don't know").
      { names: ['late dinner', 'eating late', 'late night eating'], lead: "A late dinner doesn't add fat by itself: what counts is how much you eat in the whole day." },
      { names: ['sugar'], lead: 'Sugar is fine in small amounts, but cutting back on added sugar makes a calorie deficit easier.' },
      { names: ['carbs at night'], lead: "Carbs at night don't add fat by themselves: what counts is how much you eat in the whole day." },
      { names: ['rice', 'white rice', 'bread', 'white bread', 'pasta', 'potatoes'], lead: "You don't have to cut it out: keep it to a sensible portion." },
    ],
    answer:
      "Carbs aren't the enemy, and you don't need keto to lose fat: a calorie deficit is what does it. Choose carbs with fiber, like whole grains, pulses, fruit and vegetables, and keep white bread, white rice and sugar to small portions.",
    followUp: { offer: 'tips', list: 'diet' },
  },
  {
    // The article's own list of cardio days names brisk walking.
    id: 'walking-cardio',
    names: ['walking count as cardio', 'walking counts as cardio', 'walking as cardio', 'brisk walking count as cardio', 'a walk count as cardio', 'my walk count as cardio', 'walking cardio'],
    answer:
      "Brisk walking counts as cardio: walk fast enough that you can talk, but not sing. Log it as a brisk walk, and it counts as your cardio session. Gentler walks still add steps, which help too.",
    followUp: { offer: 'howTo', exerciseId: 'walking' },
  },
  {
    id: 'sources',
    saysNotice: true,
    // Narrow names only: "is all this safe during pregnancy" and "is your advice safe for my knees" are health questions.
    names: ['your information', 'your info', 'your sources', 'your source', 'the source', 'this information', 'the source for all this'],
    answer:
      "My tips come from an article about losing lower back fat, and where it is loose, I give the sound version. It's general guidance, not medical advice: for anything about your health, see a doctor or physiotherapist.",
    followUp: { offer: 'plan' },
  },
] as const satisfies readonly Topic[];

/**
 * Questions no name answers, as people put them (found by a helper trying the console as a sceptic: each reached "I
 * don't know that one yet"), as the words an open slot takes whole: each pattern is the whole phrase, so a report ("my
 * legs stopped working", "I slipped at home", "I'm hungry and shaky") or another question ("does this work my glutes",
 * "how many days should I rest") is never taken for one (found in review). In order: the first that matches answers.
 */
export const ASKED_IN: readonly AskedIn[] = [
  // "Today I want to skip workout", heard as a log (found by a helper trying the console in Indian English: "Tell me what
  // you did"): a day off asked about.
  { pattern: /^(want to|wanna|going to|gonna|will|am going to|am gonna) skip (the |my |today's )?(workout|training|exercise|exercises)( today)?$/, topic: 'day-off', heardAs: 'log' },
  // "Is this workout ok for women", "is it for men too", "I am overweight, 100 kg, can I start": who can start, and how
  // (found by a helper trying the console as an Indian user, December 5: "That's not something I can help with yet").
  {
    pattern:
      /(^|\s)(okay|ok|good|safe|suitable|fine|right|meant|work|works|same) for (women|a woman|ladies|girls|females|men|a man|guys|males)( too| as well)?$|^(is it |is this )?(for )?(women|ladies|men|guys) (too|as well)$/,
    topic: 'getting-started',
    heardAs: 'health',
  },
  {
    // Found by a helper trying the console as a first-timer (December 6): "I'm like 80 pounds overweight, is it safe for
    // me to start", "I weigh 260 pounds, is this safe for me", "is it safe for me to start, I'm pretty overweight".
    pattern:
      /^(i'm |i am |i weigh |weigh |i |like |about |around |over |very |really |quite |pretty |\d+ ?(kg|kgs|kilos|pounds|lbs) )*(overweight|obese|heavy|\d+ ?(kg|kgs|kilos|pounds|lbs))\b.*\b(can i|should i|is it|is this|start|begin|okay|ok|safe)\b.*$|^(i'm |i am )?(very |really |quite |pretty |so |super |way |a bit |a little |kind of |kinda |severely )*(overweight|obese)$|\b(safe|okay|ok|alright|fine)\b.*\b(start|begin|this|me)\b.*\b(i'm|i am) (very |really |quite |pretty |so |super |way |a bit |a little |kind of |kinda )*(overweight|obese|heavy)$/,
    topic: 'getting-started',
    heardAs: 'health',
  },
  // "I drink 4 cups of chai daily with sugar, is it ok": sugar in a drink, heard through a health carrier as "sugar" (blood
  // sugar) would be (found by a helper trying the console in Indian English: the answer for a medical condition).
  { pattern: /\b(chai|tea|teas|coffee|coffees)\b.*\bsugar\b|\bsugar\b.*\b(in|with) (my |the )?(chai|tea|coffee)\b/, topic: 'tea-coffee', heardAs: 'health' },
  // "Is this actually working", "how do I know if it's working", heard as a topic or a health report (found by a helper
  // trying the console, December 6: "not something I can help with"). Not "working" alone ("I'm working").
  {
    pattern:
      /^(is |it's |its |this is |it is )?(this |it |that |the plan |my plan |the workout |the program )(even |actually |really |definitely )?(working|doing anything|doing something)( for me)?$|^(is |it's |its |this is |it is )?(even |actually |really |definitely )(working|doing anything|doing something)( for me)?$|\b(know|tell) (if|whether|that) (it's|its|it is|this is|this|it|the plan is|my workouts are) (actually |really )?working\b/,
    topic: 'results-time',
    heardAs: 'health',
  },
  // "I'm not making any progress", "I don't think it's working": a stall, said either way (found in review). Not "not
  // working out today".
  {
    pattern:
      /\b(not|never) (making|seeing|getting) (any |much )?(progress|results|difference)\b|\b(don't|do not) think (it's|its|it is|this is|that's) (really |even )?working( for me| at all| anymore)?$|^(it's |it is |this is |this |it )?(not|isn't|is not) (really |even )?working( for me| at all| anymore)?$/,
    topic: 'plateau',
    heardAs: 'health',
  },
  // "I work nights, can I do it at 3am": when to train (found by a helper trying the console as a nurse: "Sorry, I didn't
  // get that"). Not sleep or food asked by someone who works nights (found in review).
  {
    pattern:
      /^(?!.*\b(sleep|eat|eating|food|diet|meals?)\b).*\b(work(ing)? (nights|the night shift|night shifts?)|nights? shifts?|graveyard shift)\b.*\b(when|what time|best time|at \d+|\d+ ?(am|pm)|do it|work ?out|exercise|train)\b/,
    topic: 'workout-time',
    heardAs: 'health',
  },
  // "Is it alright to train after a night shift" (found by a helper trying the console as a night-shift nurse: "I don't
  // know that one yet"): when to train.
  { pattern: /^(?!.*\b(sleep|eat|eating|food|diet|meals?|remind|reminder)\b).*\b(train|training|work ?out|working out|exercise|exercising)\b.*\bafter (a |my |the )?(night shift|nights|night|long shift|shift)$/, topic: 'workout-time' },
  // "Can I work out at 2 am", "is it ok to exercise at midnight", "can I train at 3 in the morning": when to train (found
  // by a helper trying the console as a truck driver on nights: "I don't know that one yet").
  {
    pattern:
      /^(?!.*\b(sleep|eat|eating|food|diet|meals?|remind|reminder)\b)(is it (ok|okay|fine|bad|safe) to |should i |can i )?(work ?out|exercise|train|do (it|the workout|my workout|a workout)) (at|around) (midnight|night|\d+( ?:\d+)?|one|two|three|four|five|eleven|twelve)( ?(am|a m|in the morning|at night|pm))?( (now|tonight))?$/,
    topic: 'workout-time',
  },
  // "Why isn't it working", "it's not working".
  { pattern: /^(why )?(isn't|is not) (it|this|the plan) working$|^(why )?(is it|is this|is the plan) not working$|^(it's|it is|this is|the plan is) not working$/, topic: 'plateau' },
  // "Can I lose back fat in 2 weeks", "how much weight will I lose", "so does this stuff actually work".
  {
    pattern:
      /^(i )?(can i |will i |to )?lose (my |the )?(lower )?back fat in (\d+|a|one|two|three|four|six) (days?|weeks?|months?)$|^(weight|fat|pounds|kilos|kg) (will|would|can|could|should) i lose( in (a|one|\d+|two|three|six) (days?|weeks?|months?))?$/,
    topic: 'results-time',
  },
  // "So does this stuff actually work", heard as a topic or, "does this plan actually work", as a health report.
  { pattern: /^(this stuff|this plan|this program|any of this|all this|all of this)( actually| really)?( work)?$/, topic: 'results-time', heardAs: 'health' },
  // "Can I lose 10 pounds in a week", "is 800 calories a day ok": too fast, and too little (found by a helper trying the
  // console as a sceptic, December 5: "I don't know that one yet", and the calorie deficit's definition).
  {
    pattern:
      /^(i )?(can i |will i |to )?lose (\d+|a few|five|ten|fifteen|twenty|thirty) (pounds|lbs|kilos|kgs?)( of fat)? (in|within) (\d+|a|one|two|three|six) (days?|weeks?|months?)$|^(how many |how much )?(kgs?|kilos|pounds|lbs|weight) ((can|will|could) i|i (can|will|could)) lose( in (a|one|\d+|two|three|six) (days?|weeks?|months?))?$/,
    topic: 'results-time',
  },
  // A day's eating said as a number of calories far too low; a number alone ("what about 500 calories") and 1,200 are not.
  { pattern: /^(eat(ing)? |only |just )*([1-9]\d\d|1,?0\d\d|a thousand|(five|six|seven|eight|nine) hundred) calories (a day|per day|daily)$/, topic: 'eating-too-little' },
  // "Does doing back exercises really get rid of back fat", "then what's the point of back exercises".
  {
    pattern:
      /^(doing )?(back exercises|these exercises|the back exercises) (really |actually )?(get rid of|burn|remove|lose|reduce) (my |the )?(lower )?back fat$|^(the )?point of (doing )?(back exercises|these exercises)$/,
    topic: 'spot-reduction',
  },
  // "Is it possible to lose fat only from my lower back", "can I burn fat just from my back": only or just says it is
  // spot reduction (tried as a user, December 5: "I don't know that one yet").
  {
    pattern:
      /^(to )?(lose|burn|get rid of|shift) (the )?(fat|weight) ((only|just) (from|on|around|off) (my |the )?(lower )?back|(from|on|around|off) (only|just) (my |the )?(lower )?back|(from|on|around|off) (my |the )?(lower )?back only)$/,
    topic: 'spot-reduction',
  },
  { pattern: /^(all )?(this|these|it|all of this|(the|these|my|this) workouts?|the exercises|these exercises) at home$/, topic: 'home-workout' },
  // "Do I have to eat less than I burn", "should I burn more than I eat": the calorie deficit, in everyday words (found
  // in a blind batch, December 4: "I don't know that one yet").
  {
    pattern: /^(to )?(eat|eating) (less|fewer calories|less calories) than (i|you|we) burn$|^(to )?(burn|burning) more( calories)? than (i|you|we) eat$/,
    topic: 'calorie-deficit',
  },
  // "Does drinking warm water with lemon burn fat", "should I drink jeera water for fat loss", "lemon honey warm water":
  // water, whose lead says no drink burns fat (found by helpers trying the console as Indian users: the hydration, the
  // weight-loss or the belly-fat answer).
  {
    pattern:
      /^(?=.*\b(lemon|jeera|cumin|honey|ajwain|methi|warm|hot|lukewarm)\b)(drinking |drink |having |have )?(a glass of )?((warm|hot|lukewarm|lemon|jeera|cumin|honey|ajwain|methi|and) )*water( with (lemon|honey|lemon and honey))?( (in the morning|every morning|daily|on an empty stomach))?( (really )?(burn|burns|reduce|reduces|cut|cuts|melt|melts|help with|helps with|good for|for|help|helps) (my )?(belly |back |lower back )?(fat|weight|weight loss|fat loss)?)?$/,
    topic: 'water',
  },
  // "I'm always hungry": protein curbs hunger.
  { pattern: /^((always|so|really|constantly|very) )?hungry$|^hungry all the time$/, topic: 'protein' },
  // "How long do I rest", the slot taking "rest" alone (found by a helper trying the console mid-workout).
  { pattern: /^(rest|resting)$/, topic: 'rest-between-sets' },
  // "I sit all day driving, is that bad for my back", "I'm at a desk all day, does that affect my back fat": sitting asked
  // about, heard ahead of the back named, which is no pain (found by a helper trying the console as a truck driver: the
  // pain answer, and every workout that day asked whether it still hurt). Never with a word of pain.
  {
    pattern:
      /^(?!.*\b(hurts?|hurting|pain|painful|paining|aches?|aching|achy|sore|stiff|tight|numb|tingl\w*|injur\w*|sharp|burning|killing)\b)(?=.*\b(sit|sits|sitting|sat|seated|desk|driving|drive|drives)\b)(?=.*\b(all day|for hours|long hours|hours a day|a lot|most of the day|all the time|every day|too much|too long|all week)\b).*\b(bad|good|okay|ok|alright|affects?|affecting|matters?|causes?|causing|harms?|harming|problem|why|worse|make)\b/,
    topic: 'daily-movement',
    heardAs: 'health',
    overParts: true,
  },
  // Training twice a day, or double the workout (found by a helper trying the console as a 20-year-old in a hurry,
  // December 6: "I don't know that one yet"): rest is part of training.
  {
    pattern:
      /\b(work ?out|train|training|exercise|do (the|my|this|a) workout|do (it|hiit|the exercises|this))( (the workout|it))? (twice|two times|2 times|three times|3 times) (a|per|every) day\b|\bdouble (the |my |today's )?(workouts?|rounds|sets|sessions?)\b(?! as)|\b(two|2) workouts (a|per|in a|in one) day\b/,
    topic: 'no-rest',
  },
  // Meals given up for weeks, or the least that can be eaten (found by a helper trying the console: "I'm just gonna not eat
  // dinner for a few weeks" and "what's the least I can eat" were "I don't know that one yet"). A meal skipped now and
  // then ("should I skip dinner") is fasting's, as before.
  {
    pattern:
      /\b(not|stop|quit) (eat|eating|having) (dinner|breakfast|lunch|supper|meals?|anything|food)( at all)? (for|until|till) (a|one|two|three|several|a few|few|the next|\d+) (days?|weeks?|months?)\b|\bleast (i|you|a person|someone) (can|could|should) eat\b|\b(eat|eating) nothing\b/,
    topic: 'eating-too-little',
  },
  // "Can I lose 10 pounds by spring break", "how much can I lose in 6 weeks" (found by a helper trying the console: "I don't
  // know that one yet"). Not "before" a day, as a wish says it ("I want to lose 15 kilos before my wedding", the slot taking
  // the same words after "I want to", is the aim's answer).
  {
    pattern:
      /^(i )?((can|could|will|would) i (really |actually )?|to )?lose (\d+|a few|five|ten|fifteen|twenty|thirty|forty|fifty) (pounds|lbs|kilos|kgs?)( of fat)? by .+$|^(how much|how many (pounds|kilos|kgs|lbs))( weight| fat)? (can|will|could|should) i lose( (in|by|before|within) .+)?$/,
    topic: 'results-time',
  },
  // "I'm stressed all the time, does that matter", heard through "I'm {concern}" as well.
  { pattern: /^(so |always |really |very )?stressed( out)?( all the time| a lot| at work)?$/, topic: 'stress', heardAs: 'health' },
  // "I've been doing this a month and nothing's changed", heard as a log (found by a helper trying the console as a
  // sceptic: it asked what was done).
  {
    pattern:
      /^(been )?(doing|working out|training|exercising|walking|at|did) .*\b(and|but) (nothing('s| has)? changed|(i'm )?not losing (anything|any weight|weight|fat)|i (haven't|have not) lost (anything|any weight|weight|fat)|(i've )?(seen|got) no (results|change|difference))$/,
    topic: 'plateau',
    heardAs: 'log',
  },
];
