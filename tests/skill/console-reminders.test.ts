import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/**
 * `npm start -- …` with a store folder of its own; the console runs the local Reminders API itself. The skill's own log
 * lines (JSON, as on Lambda) are left out of the dialogue: on a busy machine a read over its budget logs a warning
 * between two lines of it.
 */
async function runConsole(utterances: string[]) {
  const data = mkdtempSync(join(tmpdir(), 'back-coach-reminders-'));
  folders.push(data);
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/sim/console.ts', '--data', data, '--time-zone', 'America/New_York', ...utterances], {
    timeout: 60_000,
  });
  return { stdout: stdout.split('\n').filter((line) => !line.startsWith('{"')).join('\n') };
}

describe.concurrent('reminders in the console', () => {
  it('are set, heard, moved and cancelled by voice, with Alexa asking for the permission', async () => {
    const { stdout } = await runConsole([
      'remind me to work out at 7 am',
      'yes',
      'I approve',
      'what reminders do I have',
      'move my reminder to 8',
      'cancel my reminders',
      'yes',
      'what reminders do I have',
    ]);
    expect(stdout).toContain("You: remind me to work out at 7 am\nAlexa: I'll remind you to work out at 7 AM, on your workout days, every day but Sunday. Shall I set that?");
    expect(stdout).toContain('You: yes\nAlexa: First, I need your permission to set reminders.\nAlexa: Do you give Back Coach permission to update your reminders?');
    expect(stdout).toContain("You: I approve\nAlexa: Done. I'll remind you at 7 AM, on your workout days, every day but Sunday.");
    expect(stdout).toContain('You: what reminders do I have\nAlexa: You have workout reminders at 7 AM, on your workout days, every day but Sunday.');
    expect(stdout).toContain('You: move my reminder to 8\nAlexa: Done. Your workout reminders are at 8 AM now');
    expect(stdout).toContain('You: cancel my reminders\nAlexa: You have workout reminders at 8 AM, on your workout days, every day but Sunday. Shall I cancel them?');
    expect(stdout).toContain("You: yes\nAlexa: Done. I've cancelled your workout reminders.");
    expect(stdout).toMatch(/You: what reminders do I have\nAlexa: You don't have any workout reminders from me\./);
  });

  it('sets nothing when the permission is refused, and sends the card that allows it later', async () => {
    const { stdout } = await runConsole(['remind me every weekday at 6:30', 'yes', 'no', 'what reminders do I have']);
    expect(stdout).toMatch(/You: no\nAlexa: Okay, no reminders\..*\n {2}\[card in the Alexa app: allow reminders for Back Coach\]/);
    expect(stdout).toMatch(/You: what reminders do I have\nAlexa: I don't have permission to use your reminders\./);
  });
});
