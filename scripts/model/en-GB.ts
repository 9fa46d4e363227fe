/**
 * The en-GB voice model: the en-US model, plus how people in the UK say things ("what's on today", "I've been for a
 * run", "how am I getting on"), and the sports they name.
 */
import { derivedModel } from './derive';
import { EN_US_MODEL } from './en-US';

export const EN_GB_MODEL = derivedModel(EN_US_MODEL, {
  patterns: {
    WorkoutForDayIntent: ["what's on [for] [today|{date}]", "what am I (doing|up to) [today|{date}] then", "what's the (workout|session) [for] [today|{date}] then"],
    WeeklyPlanIntent: ["what's the (plan|timetable) for the week", "what's on this week"],
    LogActivityIntent: ["(I've been|I went|I've just been) for a {activity} [today|{date}]", "I've been (to the gym|training) [today|{date}]"],
    WeeklyProgressIntent: ['how am I getting on [this week|{date}]', "how's it going this week"],
    ThanksIntent: ['(ta|cheers then|lovely thanks|brilliant thanks)'],
    ExerciseHowToIntent: ['how do I do {exercise} then', 'how do you do {exercise} properly then'],
  },
  activitySynonyms: {
    cardio: ['football', 'five a side', 'netball', 'rugby'],
    strength: ['weights session'],
  },
});
