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

/** The first visible window whose title contains `title`, or '' (xdotool search exits 1 when none matches). */
function findWindow(display: string, title: string): string {
  const run = spawnSync('xdotool', ['search', '--onlyvisible', '--name', title], { env: { ...process.env, DISPLAY: display }, encoding: 'utf8', timeout: 10_000 });
  return run.status === 0 ? run.stdout.trim().split('\n')[0] : '';
}

/** Gives keyboard focus to the visible window whose title contains `title` (a real X focus change). */
export function focusWindow(display: string, title: string): void {
  // The browser renames its window a moment after the active tab's title changes.
  let win = findWindow(display, title);
  for (let i = 0; !win && i < 50; i++) {
    xdotool(display, ['sleep', '0.1']);
    win = findWindow(display, title);
  }
  if (!win) throw new Error(`no visible window named ${title}`);
  xdotool(display, ['windowfocus', '--sync', win]);
  if (xdotool(display, ['getwindowfocus']) !== win) throw new Error(`window ${win} (${title}) did not take the keyboard focus`);
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
