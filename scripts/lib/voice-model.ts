import { EN_US_CATALOGUE } from '../../lambda/content/catalogue';
import { BUILT_IN_INTENTS, CUSTOM_INTENTS, INVOCATION_NAME } from '../model/en-US';

export const MODEL_PATH = 'skill-package/interactionModels/custom/en-US.json';

/** The slot value Alexa hears for an exercise: its id in words ("suitcase-carry" is "suitcase carry"). */
export function exerciseValueName(id: string): string {
  return id.replace(/-/g, ' ');
}

/** The en-US interaction model: intents from scripts/model, slot values from the content catalogue. */
export function buildInteractionModel() {
  return {
    interactionModel: {
      languageModel: {
        invocationName: INVOCATION_NAME,
        intents: [...CUSTOM_INTENTS, ...BUILT_IN_INTENTS].map((intent) => ({
          name: intent.name,
          ...(intent.slots && { slots: intent.slots.map((slot) => ({ name: slot.name, type: slot.type, samples: [] })) }),
          samples: [...intent.samples],
        })),
        types: [
          {
            name: 'ExerciseName',
            values: EN_US_CATALOGUE.exercises.map((exercise) => ({
              id: exercise.id,
              name: { value: exerciseValueName(exercise.id), synonyms: [...exercise.synonyms] },
            })),
          },
        ],
      },
    },
  };
}

export function renderInteractionModel(): string {
  return `${JSON.stringify(buildInteractionModel(), null, 2)}\n`;
}
