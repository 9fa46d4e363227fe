/** `npm run model:build`: writes every locale's interaction model from its source and catalogue. */
import { writeFileSync } from 'node:fs';
import { LOCALE_IDS } from '../../lambda/locales';
import { buildInteractionModel, modelPath, renderInteractionModel } from './build';

for (const locale of LOCALE_IDS) {
  writeFileSync(modelPath(locale), renderInteractionModel(locale));
  const { intents, types } = buildInteractionModel(locale).interactionModel.languageModel;
  const samples = intents.reduce((sum, intent) => sum + intent.samples.length, 0);
  const values = types.reduce((sum, type) => sum + type.values.length, 0);
  console.log(`wrote ${modelPath(locale)}: ${intents.length} intents, ${samples} samples, ${values} slot values`);
}
