import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** `npm start -- --locale …`, through tsx's loader directly, with a store folder of its own. */
function runConsole(args: string[]) {
  const data = mkdtempSync(join(tmpdir(), 'back-coach-console-'));
  folders.push(data);
  return run(process.execPath, ['--import', 'tsx', 'scripts/sim/console.ts', '--data', data, ...args], { timeout: 60_000 });
}

describe.concurrent('npm start -- --locale', () => {
  it('en-IN: matches on the en-IN model and sends en-IN, so the answer is India’s', async () => {
    const { stdout } = await runConsole(['--locale', 'en-IN', '--time-zone', 'Asia/Kolkata', '--verbose', 'how to do superman exercise', 'tell me about fibre']);
    expect(stdout).toMatch(/You: how to do superman exercise\n {2}→ ExerciseHowToIntent exercise=superman \(exact\)/);
    expect(stdout).toContain("Here's how to do the superman.");
    expect(stdout).toContain('rajma');
  });

  it('refuses a locale the skill does not have, naming the ones it does', async () => {
    await expect(runConsole(['--locale', 'fr-FR', 'hello'])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('en-US, ') });
  });
});
