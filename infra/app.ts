import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { BackCoachStack } from './back-coach-stack';
import { isSkillId } from './skill-backend';

export const STACK_NAME = 'BackCoach';

/** A context value is missing or wrong: the message says what to pass; no stack trace needed. */
export class ContextError extends Error {
  override readonly name = 'ContextError';
}

function stringContext(app: App, key: string): string | undefined {
  const value: unknown = app.node.tryGetContext(key);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new ContextError(`Context ${key} must be a non-empty string.`);
  return value.trim();
}

/**
 * Builds the stack from context: `skillId` (required), and optionally `vendorId` with `lwaSecretName` to have
 * CloudFormation create the skill too. AwsSolutions errors fail the synth unless acknowledged with a reason.
 *
 * Without a skill id the synth itself fails, not just the deploy: a synthesized assembly can be deployed as it is
 * (`cdk deploy --app cdk.out`), so the only way never to ship a function any skill can invoke is never to build one.
 * Tests and inspection pass the all-zero id.
 */
export function buildApp(app: App = new App()): BackCoachStack {
  const skillId = stringContext(app, 'skillId');
  const vendorId = stringContext(app, 'vendorId');
  const lwaSecretName = stringContext(app, 'lwaSecretName');

  if ((vendorId === undefined) !== (lwaSecretName === undefined)) {
    throw new ContextError(
      'To create the skill with CloudFormation, pass both -c vendorId=… and -c lwaSecretName=… (a Secrets Manager secret ' +
        'with clientId, clientSecret and refreshToken).',
    );
  }
  const alexaSkill = vendorId !== undefined && lwaSecretName !== undefined ? { vendorId, lwaSecretName } : undefined;
  if (skillId === undefined && alexaSkill === undefined) {
    throw new ContextError(
      'Pass your skill id: npx cdk deploy -c skillId=amzn1.ask.skill.…\n' +
        'It is in the Alexa developer console (or `ask smapi list-skills-for-vendor`). The function accepts requests ' +
        'from that skill only, so there is nothing to deploy without it.\n' +
        'To have CloudFormation create the skill instead, see the README (Deploy: -c vendorId=… -c lwaSecretName=…).',
    );
  }

  if (skillId !== undefined && !isSkillId(skillId)) {
    throw new ContextError(`"${skillId}" is not a skill id. Copy it from the Alexa developer console: amzn1.ask.skill.<uuid>.`);
  }

  // Acknowledged findings are also written into the template (Metadata cdk_nag.rules_to_suppress), reasons included.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }));
  return new BackCoachStack(app, STACK_NAME, {
    description: 'Back Coach Alexa skill: handler function and progress table',
    skillId,
    alexaSkill,
  });
}

const runAsCdkApp = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runAsCdkApp) {
  try {
    buildApp();
  } catch (error) {
    if (!(error instanceof ContextError)) throw error;
    console.error(error.message);
    // Exit before the App's automatic synth: an empty assembly must not look like a successful one.
    process.exit(1);
  }
}
