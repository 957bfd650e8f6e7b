/**
 * A real single-node Slurm cluster for a test, from Debian's slurm-wlm and munge, configured in a temporary folder:
 * its own munge key and socket, its own ports, state and logs; started by start(), stopped by stop(). Needs root
 * (as CI and the developers' machines run) and the packages (scripts/setup.sh installs them).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export class SlurmCluster {
  private readonly children: ChildProcess[] = [];
  readonly env: NodeJS.ProcessEnv;

  constructor(readonly dir: string) {
    this.env = { ...process.env, SLURM_CONF: join(dir, 'slurm.conf') };
    for (const key of Object.keys(this.env)) if (key.startsWith('SLURM_') && key !== 'SLURM_CONF') delete this.env[key];
  }

  async start(): Promise<void> {
    const d = this.dir;
    for (const sub of ['state', 'spool', 'munge']) mkdirSync(join(d, sub), { recursive: true });
    chmodSync(join(d, 'munge'), 0o700);
    writeFileSync(join(d, 'munge', 'munge.key'), randomBytes(1024), { mode: 0o400 });
    const socket = join(d, 'munge', 'munge.sock');
    this.daemon('munged', ['--foreground', '--force', `--key-file=${join(d, 'munge', 'munge.key')}`, `--socket=${socket}`, `--pid-file=${join(d, 'munge', 'munged.pid')}`, `--log-file=${join(d, 'munge', 'munged.log')}`, `--seed-file=${join(d, 'munge', 'munged.seed')}`]);
    await this.until(() => this.ok('munge', ['-n', `--socket=${socket}`]), 'munged to answer');
    const node = hostname().split('.')[0]!;
    const [ctldPort, slurmdPort] = [await freePort(), await freePort()];
    writeFileSync(
      join(d, 'slurm.conf'),
      [
        'ClusterName=lucidtest',
        `SlurmctldHost=${node}(127.0.0.1)`,
        `SlurmctldPort=${ctldPort}`,
        `SlurmdPort=${slurmdPort}`,
        'AuthType=auth/munge',
        'CredType=cred/munge',
        `AuthInfo=socket=${socket}`,
        'SlurmUser=root',
        'SlurmdUser=root',
        `StateSaveLocation=${join(d, 'state')}`,
        `SlurmdSpoolDir=${join(d, 'spool')}`,
        `SlurmctldPidFile=${join(d, 'slurmctld.pid')}`,
        `SlurmdPidFile=${join(d, 'slurmd.pid')}`,
        `SlurmctldLogFile=${join(d, 'slurmctld.log')}`,
        `SlurmdLogFile=${join(d, 'slurmd.log')}`,
        'ProctrackType=proctrack/linuxproc',
        'TaskPlugin=task/none',
        'JobAcctGatherType=jobacct_gather/none',
        'AccountingStorageType=accounting_storage/none',
        'JobCompType=jobcomp/none',
        'SchedulerType=sched/builtin',
        'SelectType=select/cons_tres',
        'SelectTypeParameters=CR_CPU',
        'ReturnToService=2',
        'MpiDefault=none',
        'SlurmctldParameters=enable_configless',
        `NodeName=${node} NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN`,
        'PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP',
        '',
      ].join('\n'),
    );
    this.daemon('slurmctld', ['-D', '-i']);
    this.daemon('slurmd', ['-D']);
    await this.until(() => /idle|mix|alloc/.test(this.run('sinfo', ['-h', '-o', '%T'])), 'the node to be idle');
  }

  /** Runs a Slurm client command with this cluster's configuration; its stdout. */
  run(command: string, args: string[], cwd?: string): string {
    return execFileSync(command, args, { env: this.env, cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  log(name: 'slurmctld.log' | 'slurmd.log'): string {
    try {
      return readFileSync(join(this.dir, name), 'utf8');
    } catch {
      return '';
    }
  }

  async stop(): Promise<void> {
    for (const child of this.children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((res) => child.once('exit', res));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((res) => setTimeout(res, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }

  private daemon(command: string, args: string[]): void {
    const child = spawn(command, args, { env: this.env, stdio: 'ignore' });
    child.on('error', () => {});
    this.children.push(child);
  }

  private ok(command: string, args: string[]): boolean {
    try {
      execFileSync(command, args, { env: this.env, stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  }

  private async until(ready: () => boolean, what: string, ms = 60_000): Promise<void> {
    const end = Date.now() + ms;
    for (;;) {
      try {
        if (ready()) return;
      } catch {
        // not up yet
      }
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${this.log('slurmctld.log').slice(-2000)}\n${this.log('slurmd.log').slice(-2000)}`);
      await new Promise((res) => setTimeout(res, 500));
    }
  }
}
