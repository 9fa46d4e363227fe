// A Lambda-shaped entry with the store and none of the skill: one recordActivity from a cold process. The bench bundles
// it with the production options, so its cold start is what the SDK and the store cost by themselves.
import { dynamoProgressStore } from '../../lambda/store/dynamo-progress-store';
import { lambdaClientConfig } from '../../lambda/store/lambda-client-config';
import { PROGRESS_TABLE } from '../../lambda/store/table';
import { userKey } from '../../lambda/store/user-key';

// Configured as lambda/production.ts configures it: the store's SDK file has no default credential chain.
const store = dynamoProgressStore({ tableName: process.env.TABLE_NAME ?? PROGRESS_TABLE.defaultName, client: lambdaClientConfig() });

export async function handler(event: { requestId: string }): Promise<{ response: { outputSpeech: { type: 'PlainText'; text: string } } }> {
  const { outcome } = await store.recordActivity(userKey(event.requestId), { week: '2026-W48', weekday: 2, activity: 'strength', requestId: event.requestId });
  return { response: { outputSpeech: { type: 'PlainText', text: outcome } } };
}
