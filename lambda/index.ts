import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { productionDependencies } from './production';
import { buildSkill } from './skill';

const skill = buildSkill(productionDependencies());

/** The Lambda entry point; the skill is built once per container. */
export const handler = (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => skill.invoke(event, context);
