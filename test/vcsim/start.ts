// Starts vcsim (govmomi's vCenter simulator, built by test/vcsim/build.sh) for the tests that use
// it, and waits (bounded) for the JSON line it prints when ready.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from '../setup/generate.js';

export const BIN = join(ROOT, 'test/vcsim/.bin/vcsim');
export const built = existsSync(BIN);
const STARTUP_MS = 30_000;

export interface Vcsim {
  url: string;
  username: string;
  password: string;
  cert?: string;
  stop(): Promise<void>;
}

/** Starts the simulator and waits (bounded) for its JSON line. */
export function startVcsim(args: string[] = []): Promise<Vcsim> {
  const child: ChildProcessWithoutNullStreams = spawn(BIN, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString('utf8')).slice(-2_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.stdin.end(); // main.go exits when its stdin closes
    const t = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(t);
  };
  return new Promise<Vcsim>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void stop();
      reject(new Error(`vcsim ${why}; stderr: ${stderr}`));
    };
    const timer = setTimeout(() => fail(`printed no JSON line within ${STARTUP_MS} ms`), STARTUP_MS);
    child.once('error', (e) => fail(`could not start: ${e.message}`));
    const early = (code: number | null) => fail(`exited with ${code} before it was ready`);
    child.once('exit', early);
    createInterface({ input: child.stdout }).once('line', (line) => {
      try {
        const ready = JSON.parse(line) as Omit<Vcsim, 'stop'>;
        clearTimeout(timer);
        child.off('exit', early);
        resolve({ ...ready, stop });
      } catch {
        fail(`printed ${JSON.stringify(line.slice(0, 200))} instead of JSON`);
      }
    });
  });
}

/** The note a suite name carries when vcsim is not built. */
export const skipNote = built
  ? ''
  : ' (SKIPPED: test/vcsim/.bin/vcsim is not built; run test/vcsim/build.sh, which needs golang-go and golang-github-vmware-govmomi-dev)';
