import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const TRACKED = readFileSync('skill-package/skill.json');
const ACCOUNT = '123456789012';
const arn = (region: string) => `arn:aws:lambda:${region}:${ACCOUNT}:function:back-coach-skill`;

function skillEndpoint(args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/skill-endpoint.ts', ...args], { timeout: 60_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

describe.concurrent('npm run skill:endpoint', { timeout: 60_000 }, () => {
  it('writes the package pointed at the account’s functions where git ignores it, never into the tracked skill.json', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'back-coach-endpoint-')), 'skill-package');
    folders.push(out);
    const { code } = await skillEndpoint(['--account', ACCOUNT, '--out', out]);
    expect(code).toBe(0);
    const written = JSON.parse(readFileSync(join(out, 'skill.json'), 'utf8'));
    const regions = { NA: { endpoint: { uri: arn('us-east-1') } }, EU: { endpoint: { uri: arn('eu-west-1') } }, FE: { endpoint: { uri: arn('us-west-2') } } };
    expect(written.manifest.apis.custom).toMatchObject({ endpoint: { uri: arn('us-east-1') }, regions });
    expect(written.manifest.events).toMatchObject({ endpoint: { uri: arn('us-east-1') }, regions });
    expect(existsSync(join(out, 'interactionModels', 'custom', 'en-US.json'))).toBe(true);
    expect(readFileSync('skill-package/skill.json').equals(TRACKED)).toBe(true);
  });

  it('writes by default to .ask/skill-package, which git ignores', async () => {
    const { stdout } = await run('git', ['check-ignore', '.ask/skill-package/skill.json']);
    expect(stdout.trim()).toBe('.ask/skill-package/skill.json');
  });

  it('--print prints the endpoints as JSON and writes nothing', async () => {
    const { code, stdout } = await skillEndpoint([arn('eu-west-1'), '--print', '--out', '/nonexistent/never-written']);
    expect(code).toBe(0);
    const endpoints = { endpoint: { uri: arn('eu-west-1') }, regions: { EU: { endpoint: { uri: arn('eu-west-1') } } } };
    expect(JSON.parse(stdout)).toEqual({ manifest: { apis: { custom: endpoints }, events: endpoints } });
    expect(existsSync('/nonexistent/never-written')).toBe(false);
  });

  it.each([
    ['.', /holds the project/],
    ['..', /holds the project/],
    ['skill-package', /is skill-package\/ or within it/],
    ['skill-package/interactionModels', /is skill-package\/ or within it/],
    ['lambda', /is not a folder git ignores/],
    ['tests/new-folder', /is not a folder git ignores/],
  ])('refuses --out %s, which it would have emptied, and touches nothing', async (out, message) => {
    const { code, stderr } = await skillEndpoint(['--account', ACCOUNT, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(readFileSync('skill-package/skill.json').equals(TRACKED)).toBe(true);
    expect(existsSync('lambda/index.ts')).toBe(true);
    expect(existsSync('tests/new-folder')).toBe(false);
  });

  it('refuses a folder outside the project that holds other files, and keeps them', async () => {
    const out = mkdtempSync(join(tmpdir(), 'back-coach-endpoint-'));
    folders.push(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const { code, stderr } = await skillEndpoint(['--account', ACCOUNT, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/already holds files that are not a skill package/);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it.each([
    [['not-an-arn'], /^not-an-arn is not a Lambda function ARN\./],
    [['--account', '1234'], /^--account takes the 12-digit AWS account id/],
    [[arn('ap-south-1')], /is in ap-south-1; Alexa calls skill functions in us-east-1, eu-west-1, us-west-2 only\./],
  ])('refuses %j, saying how to call it', async (args, message) => {
    const { code, stderr } = await skillEndpoint(args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Usage: npm run skill:endpoint/);
    expect(readFileSync('skill-package/skill.json').equals(TRACKED)).toBe(true);
  });
});
