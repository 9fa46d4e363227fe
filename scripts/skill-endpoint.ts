/**
 * `npm run skill:endpoint -- <function ARN> [<function ARN> ...]`: points skill-package/skill.json at the deployed
 * functions, for requests and skill events (SKILL_DISABLED), before `ask deploy`. The ARNs are the stacks' outputs
 * SkillFunctionArn. Each serves the Alexa region of its AWS region (us-east-1 North America, eu-west-1 Europe and
 * India, us-west-2 Far East); North America's (else the first) is also the default, which serves any region left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ALEXA_REGIONS, type AlexaRegion, alexaRegionServedFrom } from '../infra/regions';

const SKILL_JSON = 'skill-package/skill.json';
const ARN = /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):\d{12}:function:[\w-]+(:[\w-]+)?$/;
const arns = process.argv.slice(2);

function fail(message: string): never {
  console.error(`${message}\nUsage: npm run skill:endpoint -- arn:aws:lambda:<region>:<account>:function:<name> [...one per region]`);
  process.exit(1);
}

if (arns.length === 0) fail('Give the function ARN of each region you deployed.');
const byRegion = new Map<AlexaRegion, string>();
for (const arn of arns) {
  const awsRegion = ARN.exec(arn)?.[1];
  if (!awsRegion) fail(`${arn} is not a Lambda function ARN.`);
  const region = alexaRegionServedFrom(awsRegion);
  if (!region) fail(`${arn} is in ${awsRegion}; Alexa calls skill functions in ${Object.values(ALEXA_REGIONS).join(', ')} only.`);
  if (byRegion.has(region)) fail(`Two functions for ${region} (${awsRegion}): give one per region.`);
  byRegion.set(region, arn);
}

const defaultArn = byRegion.get('NA') ?? arns[0]!;
const regions = Object.fromEntries([...byRegion].map(([region, arn]) => [region, { endpoint: { uri: arn } }]));
const skill = JSON.parse(readFileSync(SKILL_JSON, 'utf8'));
// Regions not given fall back to the default endpoint, so no placeholder is left for Alexa to reject.
skill.manifest.apis.custom.endpoint = { uri: defaultArn };
skill.manifest.apis.custom.regions = regions;
skill.manifest.events.endpoint = { uri: defaultArn };
skill.manifest.events.regions = regions;
writeFileSync(SKILL_JSON, `${JSON.stringify(skill, null, 2)}\n`);
console.log(`${SKILL_JSON} now sends requests and events to:`);
for (const [region, arn] of byRegion) console.log(`  ${region}: ${arn}`);
if (!byRegion.has('NA')) console.log(`  default (any other region): ${defaultArn}`);
