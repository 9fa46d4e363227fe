/**
 * `npm run skill:endpoint -- <function ARN> [<function ARN> ...]` or `npm run skill:endpoint -- --account <id>`: the
 * skill package pointed at the deployed functions, for requests and skill events (SKILL_DISABLED), written to
 * .ask/skill-package/ (git-ignored: an account id is nobody else's business), never into the tracked skill.json, whose
 * endpoints stay placeholders. The ARNs are the stacks' SkillFunctionArn outputs; with --account they are worked out,
 * as every region's function has the same name. Each serves the Alexa region of its AWS region (us-east-1 North
 * America, eu-west-1 Europe and India, us-west-2 Far East); North America's (else the first) is also the default,
 * which serves any region left out.
 *
 *   --account ID   the AWS account the stacks are deployed in: one function per region the locales need
 *   --print        print the endpoint settings as JSON (for the developer console or an `ask deploy` override) and write nothing
 *   --out DIR      write the package there instead (default .ask/skill-package): a folder git ignores or one outside
 *                  the project, emptied first, so never the project, skill-package/, or a folder of other files
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { APP_REGIONS, SKILL_FUNCTION_NAME } from '../infra/app';
import { ALEXA_REGIONS, type AlexaRegion, alexaRegionServedFrom } from '../infra/regions';

const SKILL_PACKAGE = 'skill-package';
const ARN = /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):\d{12}:function:[\w-]+(:[\w-]+)?$/;
const USAGE =
  'Usage: npm run skill:endpoint -- arn:aws:lambda:<region>:<account>:function:back-coach-skill [...one per region]\n' +
  '       npm run skill:endpoint -- --account <12-digit account id> [--print]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

const { values: flags, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { account: { type: 'string' }, print: { type: 'boolean', default: false }, out: { type: 'string', default: join('.ask', SKILL_PACKAGE) } },
    });
  } catch (error) {
    return fail(error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error));
  }
})();

function arnsGiven(): string[] {
  if (flags.account === undefined) return positionals;
  if (positionals.length > 0) fail('Give either the ARNs or --account, not both.');
  if (!/^\d{12}$/.test(flags.account)) fail(`--account takes the 12-digit AWS account id, not "${flags.account}".`);
  return APP_REGIONS.map((region) => `arn:aws:lambda:${ALEXA_REGIONS[region]}:${flags.account}:function:${SKILL_FUNCTION_NAME}`);
}

const arns = arnsGiven();
if (arns.length === 0) fail('Give the function ARN of each region you deployed, or --account.');
const byRegion = new Map<AlexaRegion, string>();
for (const arn of arns) {
  const awsRegion = ARN.exec(arn)?.[1];
  if (!awsRegion) fail(`${arn} is not a Lambda function ARN.`);
  const region = alexaRegionServedFrom(awsRegion);
  if (!region) fail(`${arn} is in ${awsRegion}; Alexa calls skill functions in ${Object.values(ALEXA_REGIONS).join(', ')} only.`);
  if (byRegion.has(region)) fail(`Two functions for ${region} (${awsRegion}): give one per region.`);
  byRegion.set(region, arn);
}

const defaultArn = byRegion.get('NA') ?? (arns[0] as string);
const regions = Object.fromEntries([...byRegion].map(([region, arn]) => [region, { endpoint: { uri: arn } }]));
// Regions not given fall back to the default endpoint, so no placeholder is left for Alexa to reject.
const endpoints = { endpoint: { uri: defaultArn }, regions };

if (flags.print) {
  console.log(JSON.stringify({ manifest: { apis: { custom: endpoints }, events: endpoints } }, null, 2));
  process.exit(0);
}

/** True when `path` is `folder` or inside it. */
const within = (path: string, folder: string) => {
  const from = relative(folder, path);
  return from === '' || (!from.startsWith('..') && !isAbsolute(from));
};

/** The folder the package is written to, emptied first: refused unless emptying it can only remove an earlier package. */
function outputFolder(given: string): string {
  const out = resolve(given);
  const project = resolve('.');
  if (within(project, out)) fail(`--out ${given} holds the project; give a folder of its own, like .ask/${SKILL_PACKAGE}.`);
  if (within(out, resolve(SKILL_PACKAGE)) || within(resolve(SKILL_PACKAGE), out)) fail(`--out ${given} is ${SKILL_PACKAGE}/ or within it: that is the tracked package.`);
  // Inside the project only where git ignores it (0: ignored; 1: tracked or trackable; anything else: no git here).
  if (within(out, project) && spawnSync('git', ['check-ignore', '-q', out]).status !== 0) {
    fail(`--out ${given} is not a folder git ignores: give one that is (the default, .ask/${SKILL_PACKAGE}) or one outside the project.`);
  }
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, 'skill.json'))) {
    fail(`--out ${given} already holds files that are not a skill package, and writing there would delete them.`);
  }
  return out;
}

const out = outputFolder(flags.out);
const skill = JSON.parse(readFileSync(join(SKILL_PACKAGE, 'skill.json'), 'utf8'));
skill.manifest.apis.custom = { ...skill.manifest.apis.custom, ...endpoints };
if (skill.manifest.events) skill.manifest.events = { ...skill.manifest.events, ...endpoints };
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(SKILL_PACKAGE, out, { recursive: true });
writeFileSync(join(out, 'skill.json'), `${JSON.stringify(skill, null, 2)}\n`);
console.log(`${relative('.', out)}/ is ${SKILL_PACKAGE}/ with requests and events going to:`);
for (const [region, arn] of byRegion) console.log(`  ${region}: ${arn}`);
if (!byRegion.has('NA')) console.log(`  default (any other region): ${defaultArn}`);
console.log(
  `Upload it with ask deploy, its skillMetadata.src in ask-resources.json set to ./${relative('.', out)} (run this again after ` +
    `any change to ${SKILL_PACKAGE}/), or paste the ARNs in the developer console (Build, Endpoint). ${SKILL_PACKAGE}/skill.json is unchanged.`,
);
