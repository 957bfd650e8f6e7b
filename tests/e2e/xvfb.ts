/**
 * A private X display for headed browsers: only a real key press reaches commands.onCommand, and xdotool needs a
 * window to send it to. Xvfb picks a free display itself (-displayfd) so parallel runs do not collide.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

export interface Display {
  display: string;
  close(): void;
}

export async function startXvfb(): Promise<Display> {
  const proc: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10_000);
    proc.once('error', reject);
    proc.stdio[3]!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
  });
  return { display, close: () => void proc.kill() };
}

function xdotool(display: string, args: string[]): string {
  const run = spawnSync('xdotool', args, { env: { ...process.env, DISPLAY: display }, encoding: 'utf8', timeout: 10_000 });
  if (run.status !== 0) throw new Error(`xdotool ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

/** Gives keyboard focus to the visible window whose title contains `title` (a real X focus change). */
export function focusWindow(display: string, title: string): void {
  const win = xdotool(display, ['search', '--onlyvisible', '--name', title]).split('\n')[0];
  if (!win) throw new Error(`no visible window named ${title}`);
  xdotool(display, ['windowfocus', '--sync', win]);
  // Let the browser see the focus change first: the command goes to the window it believes is focused.
  xdotool(display, ['sleep', '0.2']);
}

/** A real key press (XTEST) to whatever window has the focus. */
export function sendKeys(display: string, keys: string): void {
  xdotool(display, ['key', '--clearmodifiers', keys]);
}

/** A real key press to the visible window whose title contains `title`. */
export function pressKeys(display: string, title: string, keys: string): void {
  focusWindow(display, title);
  sendKeys(display, keys);
}
