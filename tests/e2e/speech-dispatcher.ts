/**
 * A private speech-dispatcher with espeak-ng for the read-aloud e2e: Debian's daemon, its own configuration copied
 * to a temporary folder with audio sent to ALSA's "null" device (a CI machine has no sound card, and the default
 * PulseAudio output fails there, which ends every utterance in an error). Chromium reaches it through
 * SPEECHD_ADDRESS when started with --enable-speech-dispatcher. scripts/setup.sh installs the packages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SpeechDispatcher {
  /** The value for SPEECHD_ADDRESS. */
  address: string;
  close(): void;
}

export async function startSpeechDispatcher(): Promise<SpeechDispatcher> {
  if (!existsSync('/usr/bin/speech-dispatcher') || !existsSync('/etc/speech-dispatcher/modules/espeak-ng.conf')) {
    throw new Error('speech-dispatcher with espeak-ng is missing: run scripts/setup.sh (apt-get install speech-dispatcher speech-dispatcher-espeak-ng)');
  }
  const dir = mkdtempSync(join(tmpdir(), 'lucid-speechd-'));
  const conf = join(dir, 'conf');
  cpSync('/etc/speech-dispatcher', conf, { recursive: true });
  appendFileSync(join(conf, 'speechd.conf'), '\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\nDefaultModule espeak-ng\n');
  const socket = join(dir, 'speechd.sock');
  const proc: ChildProcess = spawn(
    'speech-dispatcher',
    ['--run-single', '--config-dir', conf, '--communication-method', 'unix_socket', '--socket-path', socket, '--log-dir', join(dir, 'log'), '--timeout', '0', '--pid-file', join(dir, 'pid')],
    { stdio: 'ignore' },
  );
  const close = () => {
    proc.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  for (const deadline = Date.now() + 10_000; !existsSync(socket); await new Promise((r) => setTimeout(r, 100))) {
    if (Date.now() > deadline || proc.exitCode !== null) {
      close();
      throw new Error('speech-dispatcher did not open its socket within 10 s');
    }
  }
  return { address: `unix_socket:${socket}`, close };
}
