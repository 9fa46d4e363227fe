/**
 * The en-AU voice model: the en-US model, plus how Australians say things ("what's on today", "how am I going this
 * week", "thanks heaps"), and the sports they name.
 */
import { derivedModel } from './derive';
import { EN_US_MODEL } from './en-US';

export const EN_AU_MODEL = derivedModel(EN_US_MODEL, {
  patterns: {
    WorkoutForDayIntent: ["what's on [for] [today|{date}]", "what's the (workout|session) [for] [today|{date}] mate"],
    WeeklyProgressIntent: ['how am I going [this week|{date}]', 'how (is|was) my week going'],
    ThanksIntent: ['(thanks heaps|thanks mate|ta mate|good on you)'],
    LogActivityIntent: ['I (went for|did) a {activity} [this arvo|this morning|today|{date}]'],
  },
  activitySynonyms: {
    cardio: ['surfing', 'surf', 'footy', 'netball', 'swimming laps', 'laps'],
  },
});
