// A Lambda-shaped entry with ask-sdk-core and none of the skill: one handler that answers every request with the same
// sentence. The bench bundles it with the production options, so its cold start is what the framework costs by itself.
import { SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

const skill = SkillBuilders.custom()
  .addRequestHandlers({ canHandle: () => true, handle: ({ responseBuilder }) => responseBuilder.speak('Framework only.').getResponse() })
  .create();

export const handler = (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => skill.invoke(event, context);
