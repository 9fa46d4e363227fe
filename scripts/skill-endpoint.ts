/**
 * `npm run skill:endpoint -- <function ARN>`: points skill-package/skill.json at the deployed Lambda, for both
 * requests and skill events (SKILL_DISABLED), before `ask deploy`. The ARN is the stack output SkillFunctionArn.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const SKILL_JSON = 'skill-package/skill.json';
const arn = process.argv[2] ?? '';

if (!/^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(:[\w-]+)?$/.test(arn)) {
  console.error('Usage: npm run skill:endpoint -- arn:aws:lambda:<region>:<account>:function:<name>');
  process.exit(1);
}

const skill = JSON.parse(readFileSync(SKILL_JSON, 'utf8'));
skill.manifest.apis.custom.endpoint = { uri: arn };
skill.manifest.events.endpoint = { uri: arn };
writeFileSync(SKILL_JSON, `${JSON.stringify(skill, null, 2)}\n`);
console.log(`${SKILL_JSON} now sends requests and events to ${arn}`);
