import type { Topic } from '../types';

/**
 * What people ask a back-fat coach about that is not already a tip, an FAQ or an exercise. Every answer keeps the
 * article's rule: fat comes off the whole body, slowly, with a calorie deficit; exercise tones what is underneath.
 * Where the article overstates (HIIT "burns more fat", water "aids metabolism"), the answers say the sound version.
 */
export const TOPICS = [
  {
    id: 'genetics',
    names: ['genetics', 'genes', 'my genes', 'heredity', 'body type', 'family history', 'genetic fat', 'inherited fat'],
    answer:
      'Your genes largely decide where you store fat, and which areas lose it first and last. For many people, the lower back is one of the last. You cannot change your genes, but a steady calorie deficit and exercise still work; it takes patience.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'hiit-frequency',
    names: [
      'hiit frequency',
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
    names: [
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
    names: [
      'strength training',
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
    names: [
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
    ],
    answer:
      'Fat loss is slow, and it comes off your whole body, not one spot. Most people notice changes over weeks to months, and the lower back is often among the last areas. I cannot promise a date, but steady eating, exercise and sleep do work.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'plateau',
    names: [
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
    names: [
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
    id: 'metabolism',
    names: [
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
    names: [
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
    names: [
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
  {
    id: 'love-handles',
    names: ['love handles', 'muffin top', 'side fat', 'waist fat', 'flank fat', 'hip fat', 'side rolls'],
    answer:
      'Love handles go the same way as lower back fat: slowly, along with the rest of your body. Side planks and suitcase carries strengthen the muscles at your sides, while a calorie deficit and calorie burners take the fat off.',
    followUp: { offer: 'howTo', exerciseId: 'side-plank' },
  },
  {
    id: 'upper-back-fat',
    names: ['upper back fat', 'bra fat', 'bra bulge', 'back rolls', 'back bulge', 'armpit fat'],
    answer:
      'Upper back fat follows the same rule: it comes off with your whole body, not on its own. Rows and other pulling moves tone your upper and middle back, so the whole back looks better as the fat drops.',
    followUp: { offer: 'howTo', exerciseId: 'bent-over-row' },
  },
  {
    id: 'weight-loss',
    names: [
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
    names: [
      'daily movement',
      'moving more',
      'daily activity',
      'staying active',
      'everyday activity',
      'sitting for long hours',
      'sedentary lifestyle',
      'being sedentary',
      'desk job',
    ],
    answer:
      'Move a little all through the day, not just in your workouts. Do not sit for long hours: get up every hour, take the stairs, and stand or walk during calls. All that everyday movement adds up to real calories.',
    followUp: { offer: 'howTo', exerciseId: 'walking' },
  },
  {
    id: 'equipment',
    names: [
      'equipment',
      'gym equipment',
      'home equipment',
      'dumbbells',
      'exercise mat',
      'yoga mat',
      'resistance bands',
      'gear',
    ],
    answer:
      'Very little. A mat and a pair of light dumbbells cover every move here, and you can start most of them with no weight at all. A resistance band is handy for rows, and filled water bottles work as light weights.',
    followUp: { offer: 'today' },
  },
  {
    id: 'home-workout',
    names: [
      'home workout',
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
      'Yes, you can do all of this at home. Every move here needs little or no equipment: a mat, and light dumbbells if you have them. Cardio can happen outdoors, on the stairs, or marching briskly in place.',
    followUp: { offer: 'today' },
  },
  {
    id: 'warm-up',
    names: ['warm up', 'warming up', 'warm ups', 'warmup', 'warm up exercises', 'before a workout'],
    answer:
      'Warm up for about 5 minutes before every workout. March or jog on the spot, circle your arms and hips, and do a few slow bridges. It raises your heart rate and gets your back and hips ready to move.',
    followUp: { offer: 'today' },
  },
  {
    id: 'stretching',
    names: [
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
      'Stretch after your workouts and on your rest day. Hold gentle hamstring, hip and lower back stretches for 20 to 30 seconds, without bouncing. Stretching will not burn fat, but it helps you recover and move better.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'yoga',
    names: ['yoga', 'doing yoga', 'yoga poses', 'yoga asanas', 'power yoga', 'surya namaskar', 'sun salutations'],
    answer:
      'Yoga helps in two ways: it lowers stress, and it makes a good gentle recovery day. It builds flexibility and some strength, but it burns fewer calories than cardio or HIIT, so pair it with good eating and your other workouts.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'cortisol',
    names: ['cortisol', 'cortisol levels', 'high cortisol', 'stress hormones', 'stress hormone', 'hormones'],
    answer:
      'Cortisol is a stress hormone. Short sleep and constant stress keep it high, and that is linked to more fat around the belly and back. Sleep well and manage stress, alongside your calorie deficit; if you suspect a hormone problem, ask your doctor.',
    followUp: { offer: 'tips', list: 'lifestyle' },
  },
  {
    id: 'motivation',
    names: [
      'motivation',
      'staying motivated',
      'lack of motivation',
      'discipline',
      'willpower',
      'habits',
      'building habits',
      'giving up',
    ],
    answer:
      'Motivation comes and goes, so lean on habits instead. Train at the same time each day, start small, and keep your streak going. It is not magic, but discipline and consistency work.',
    followUp: { offer: 'today' },
  },
  {
    id: 'getting-started',
    names: [
      'getting started',
      'starting out',
      'new to exercise',
      'starting from scratch',
      'first week',
      'out of shape',
      'never exercised',
    ],
    answer:
      'Start easy. Pick the beginner level, learn each move with little or no weight, and walk a little more every day. If you have been inactive for a long time or have a health condition, check with your doctor first.',
    followUp: { offer: 'today' },
  },
  {
    id: 'intermittent-fasting',
    names: [
      'intermittent fasting',
      'fasting',
      'time restricted eating',
      'eating window',
      'one meal a day',
      'sixteen eight fasting',
    ],
    answer:
      'Fasting helps only if it leads you to eat fewer calories overall; it has no special power over back fat. Still get enough protein, and do not overeat when you do eat. If you have diabetes, take medicine, or are pregnant, ask your doctor first.',
    followUp: { offer: 'tips', list: 'diet' },
  },
  {
    id: 'junk-food',
    names: [
      'junk food',
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
    id: 'alcohol',
    names: ['alcohol', 'drinking alcohol', 'beer', 'wine', 'liquor', 'alcoholic drinks'],
    answer:
      'Alcohol adds calories, often comes with salty snacks, and disturbs your sleep. Cutting back makes your calorie deficit easier. If you drink, keep it small and occasional.',
    followUp: { offer: 'tips', list: 'lifestyle' },
  },
] as const satisfies readonly Topic[];
