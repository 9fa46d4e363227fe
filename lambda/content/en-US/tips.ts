import type { Tip } from '../types';

/** The one idea every diet tip serves. */
export const DIET_KEY = 'The key to losing fat is a calorie deficit: burning more calories than you eat.';

/** Water is worded soundly: it helps with fullness; it does not burn fat, as "aids in metabolism" might suggest. */
export const DIET_TIPS = [
  {
    id: 'protein',
    title: 'Eat enough protein',
    text: 'It builds and repairs muscle, and curbs hunger.',
    names: [
      'protein',
      'protein intake',
      'eating protein',
      'enough protein',
      'high protein food',
      'high protein foods',
      'high protein diet',
      'protein rich food',
      'protein foods',
      'protein per day',
      'protein sources',
    ],
    answer:
      'Protein builds and repairs muscle, and keeps you full. A simple habit is a palm-sized serving at every meal, like eggs, dal, paneer, beans or chicken. If you have kidney trouble or another health condition, ask your doctor how much suits you.',
    followUp: { offer: 'tips', list: 'diet' },
  },
  {
    id: 'fiber',
    title: 'Fill up on fiber',
    text: 'Green vegetables, fruit, whole grains, and pulses like lentils keep you full.',
    names: [
      'fiber',
      'fibre',
      'high fiber food',
      'high fiber foods',
      'fiber rich food',
      'pulses',
      'lentils',
      'dal',
      'whole grains',
      'vegetables',
      'green vegetables',
      'fruit',
      'fruits',
    ],
    answer:
      'Fiber keeps you full for longer, so it is easier to eat a little less without feeling hungry. Fill up on green vegetables, fruit, whole grains, and pulses like lentils or dal. Add it a little at a time, and drink water with it.',
    followUp: { offer: 'tips', list: 'diet' },
  },
  {
    id: 'portions',
    title: 'Watch your portions',
    text: 'Eat only what you need.',
    names: [
      'portions',
      'portion size',
      'portion sizes',
      'portion control',
      'serving size',
      'serving sizes',
      'overeating',
      'second helpings',
      'big meals',
      'smaller plates',
    ],
    answer:
      'Eat only what you need, not extra. Use a smaller plate, serve yourself once instead of going back for seconds, and eat slowly so you notice when you are full. Smaller portions are the simplest way to stay in a calorie deficit.',
    followUp: { offer: 'tips', list: 'diet' },
  },
  {
    id: 'water',
    title: 'Drink plenty of water',
    text: 'Thirst can feel like hunger, and water helps your metabolism.',
    names: [
      'water',
      'drinking water',
      'hydration',
      'water intake',
      'staying hydrated',
      'glasses of water',
      'liters of water',
      'litres of water',
      'thirst',
      'dehydration',
    ],
    answer:
      'Drink water through the day, and more when it is hot or you sweat. Thirst can feel like hunger, so try a glass of water before a snack. If you rarely feel thirsty and your urine is pale, you are drinking enough.',
    followUp: { offer: 'tips', list: 'diet' },
  },
] as const satisfies readonly Tip[];

/** Posture is worded soundly: slouching strains the back; it does not add fat, as the article loosely says. */
export const LIFESTYLE_TIPS = [
  {
    id: 'sleep',
    title: 'Get enough sleep',
    text: 'Short sleep raises stress hormones like cortisol, linked to more belly and back fat.',
    names: [
      'sleep',
      'sleeping',
      'enough sleep',
      'good sleep',
      'sleep quality',
      'hours of sleep',
      'lack of sleep',
      'bad sleep',
      'poor sleep',
      'sleep deprivation',
      'late nights',
    ],
    answer:
      'Sleep matters more than most people think. Short sleep raises stress hormones like cortisol and makes you hungrier, and that is linked to more belly and back fat. Most adults need 7 to 9 hours a night, so aim for a regular bedtime.',
    followUp: { offer: 'tips', list: 'lifestyle' },
  },
  {
    id: 'stress',
    title: 'Keep stress low',
    text: 'Meditation, yoga and deep breathing all help.',
    names: [
      'stress',
      'stress management',
      'managing stress',
      'reducing stress',
      'relaxation',
      'relaxing',
      'meditation',
      'meditating',
      'deep breathing',
      'breathing exercises',
      'tension',
    ],
    answer:
      'Constant stress keeps stress hormones high, and it often brings comfort eating and poor sleep. Meditation, yoga and deep breathing all help, even 5 or 10 minutes a day. Pick one and make it a daily habit.',
    followUp: { offer: 'tips', list: 'lifestyle' },
  },
  {
    id: 'be-regular',
    title: 'Be regular',
    text: 'A little exercise every day beats a lot now and then.',
    names: [
      'consistency',
      'being regular',
      'being consistent',
      'staying consistent',
      'working out every day',
      'exercising every day',
      'daily exercise',
      'regular exercise',
      'exercise routine',
      'sticking with it',
    ],
    answer:
      'Some exercise every day beats a lot of exercise now and then. Short, regular sessions add up, and they build a habit you can keep. Still keep one rest or stretch day a week, so your body can recover.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'progress-slowly',
    title: 'Progress slowly',
    text: 'In strength training, add weight or difficulty a little at a time.',
    names: [
      'adding weight slowly',
      'progressive overload',
      'adding weight',
      'heavier weights',
      'lifting heavier',
      'increasing weight',
      'increasing difficulty',
      'making workouts harder',
      'progression',
    ],
    answer:
      'In strength training, keep making things a little harder, but slowly. Add a few reps, a set, or a small amount of weight only when your workout feels easy with good form. Jumping up too fast is how people get hurt.',
    followUp: { offer: 'tips', list: 'lifestyle' },
  },
  {
    id: 'posture',
    title: 'Mind your posture',
    text: 'Sit and stand tall. Slouching for long hours strains your lower back.',
    names: [
      'posture',
      'good posture',
      'bad posture',
      'sitting all day',
      'slouching',
      'sitting posture',
      'standing posture',
      'desk posture',
      'hunching',
      'sitting straight',
    ],
    answer:
      'Sit and stand tall to protect your lower back. Slouching does not add fat, but it strains your back and lets the muscles that hold you up get weak. Get up every half hour or so, and keep your screen at eye level.',
    followUp: { offer: 'howTo', exerciseId: 'glute-bridge' },
  },
] as const satisfies readonly Tip[];

export const AVOID = [
  {
    id: 'wrong-form',
    title: 'Poor exercise form',
    text: 'Wrong form can hurt you, especially in moves that load your lower back.',
    names: [
      'good form',
      'form',
      'bad form',
      'wrong form',
      'poor form',
      'proper form',
      'correct form',
      'exercise form',
      'technique',
      'lifting technique',
    ],
    answer:
      'Good form matters more than heavy weight, especially in moves that load your lower back, like deadlifts and good mornings. Keep your back flat, move slowly, and start light or with no weight at all. If you feel sharp pain, stop.',
    followUp: { offer: 'tips', list: 'avoid' },
  },
  {
    id: 'no-rest',
    title: 'Training without rest',
    text: 'Hard training with no rest days leads to tiredness and injury.',
    names: [
      'rest',
      'rest days',
      'rest day',
      'overtraining',
      'over training',
      'training every day',
      'too much exercise',
      'working out too much',
      'exercising too much',
      'no rest',
    ],
    answer:
      'Rest is part of training. Hard workouts every day with no break lead to tiredness and injury, and your muscles get stronger while you recover. Keep at least one rest or stretch day a week, and go easy when you feel worn out.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'only-lower-back',
    title: 'Only working your back',
    text: 'Back exercises alone will not remove back fat. Diet and overall fat loss matter.',
    names: [
      'only back exercises',
      'only lower back exercises',
      'just back exercises',
      'only working my back',
      'only training the back',
      'training only the lower back',
      'back workouts alone',
    ],
    answer:
      'Back exercises alone will not take fat off your back. They tone the muscles, and that tone shows as your overall body fat drops. For that you need a calorie deficit, calorie burners like HIIT, cardio and walking, and good sleep.',
    followUp: { offer: 'burners' },
  },
  {
    id: 'eating-too-little',
    title: 'Eating too little',
    text: 'Very low-calorie diets cost you muscle. Aim for a modest deficit.',
    names: [
      'crash diets',
      'crash diet',
      'crash dieting',
      'very low calorie diets',
      'very low calorie diet',
      'starving myself',
      'starving',
      'skipping meals',
      'eating too little',
      'not eating',
    ],
    answer:
      'Eating too little backfires. Very low calorie diets and skipped meals cost you muscle, leave you tired and hungry, and are hard to keep up. Aim for a modest deficit instead, with enough protein, fiber and water.',
    followUp: { offer: 'tips', list: 'diet' },
  },
] as const satisfies readonly Tip[];

export const CLOSING_THOUGHT =
  'Stick with good food, exercise and sleep, and your lower back fat will slowly come down along with the rest. It is not magic, but discipline and consistency work.';
