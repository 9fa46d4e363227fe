import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Aws, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { LOCALE_IDS } from '../lambda/locales';
import { BackCoachStack } from './back-coach-stack';
import { ALEXA_REGIONS, type AlexaRegion, regionsFor } from './regions';
import { isSkillId } from './skill-backend';

export const STACK_NAME = 'BackCoach';

/** Every region's function has this name, so the skill can name each region's endpoint before the function exists. */
export const SKILL_FUNCTION_NAME = 'back-coach-skill';

/** The regions the registry's locales need, first the one whose stack holds the skill when CloudFormation makes it. */
export const APP_REGIONS: readonly AlexaRegion[] = regionsFor(LOCALE_IDS);

/**
 * A region's stack name. The first keeps the name the app had when it served one region, so a deployed table stays
 * where it is; the others add their region ("BackCoach-EU").
 */
export function stackNameFor(region: AlexaRegion): string {
  return region === APP_REGIONS[0] ? STACK_NAME : `${STACK_NAME}-${region}`;
}

const REGION_NAMES: Readonly<Record<AlexaRegion, string>> = { NA: 'North America', EU: 'Europe and India', FE: 'Far East' };

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
 * Builds one stack per Alexa region the locales need, each in that region's AWS region, from context: `skillId`
 * (required), optionally `vendorId` with `lwaSecretName` to have CloudFormation create the skill too, in the first
 * region's stack, pointed at every region's function, and optionally `alarmEmail`, told of every region's alarms. AwsSolutions errors fail the synth unless acknowledged with a reason.
 *
 * Without a skill id the synth itself fails, not just the deploy: a synthesized assembly can be deployed as it is
 * (`cdk deploy --app cdk.out`), so the only way never to ship a function any skill can invoke is never to build one.
 * Tests and inspection pass the all-zero id.
 */
export function buildApp(app: App = new App()): Partial<Record<AlexaRegion, BackCoachStack>> {
  const skillId = stringContext(app, 'skillId');
  const vendorId = stringContext(app, 'vendorId');
  const lwaSecretName = stringContext(app, 'lwaSecretName');
  const alarmEmail = stringContext(app, 'alarmEmail');
  if (alarmEmail !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(alarmEmail)) {
    throw new ContextError(`-c alarmEmail=${alarmEmail} is not an email address: the alarms would notify nobody.`);
  }

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
  const [home, ...others] = APP_REGIONS as [AlexaRegion, ...AlexaRegion[]];
  const stackFor = (region: AlexaRegion, skill?: typeof alexaSkill & { regionalEndpoints: Partial<Record<AlexaRegion, string>> }) =>
    new BackCoachStack(app, stackNameFor(region), {
      env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: ALEXA_REGIONS[region] },
      description: `Back Coach Alexa skill: handler function and progress table for ${REGION_NAMES[region]}${skill ? ', and the skill' : ''}`,
      skillId,
      functionName: SKILL_FUNCTION_NAME,
      alexaSkill: skill,
      alarmEmail,
    });

  // The other regions' backends exist only for a known skill: the first of the two CloudFormation deploys has none.
  const stacks: Partial<Record<AlexaRegion, BackCoachStack>> = {};
  if (skillId !== undefined) for (const region of others) stacks[region] = stackFor(region);
  const regionalEndpoints = Object.fromEntries(
    Object.keys(stacks).map((region) => [region, functionArnIn(region as AlexaRegion)]),
  ) as Partial<Record<AlexaRegion, string>>;
  stacks[home] = stackFor(home, alexaSkill && { ...alexaSkill, regionalEndpoints });
  // Alexa checks every endpoint's trigger when the skill is saved: the other regions' functions go first.
  if (alexaSkill) for (const region of others) if (stacks[region]) stacks[home].addDependency(stacks[region]);
  return stacks;
}

/** The ARN a region's function will have, in the account the skill's stack deploys to. */
function functionArnIn(region: AlexaRegion): string {
  return `arn:${Aws.PARTITION}:lambda:${ALEXA_REGIONS[region]}:${Aws.ACCOUNT_ID}:function:${SKILL_FUNCTION_NAME}`;
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
