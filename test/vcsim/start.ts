// Starts vcsim (govmomi's vCenter simulator, test/vcsim/main.go) for the tests that use it, and
// waits (bounded) for the JSON line it prints when ready. The binary is built on first use
// (test/vcsim/build.sh, about 40 s cold, a second when cached) wherever Go and govmomi's sources
// are installed; without them `missing` says why, and the tests skip with it (requires()).
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from '../setup/generate.js';

export const BIN = join(ROOT, 'test/vcsim/.bin/vcsim');
const SOURCE = join(ROOT, 'test/vcsim/main.go');
const STARTUP_MS = 30_000;

/** Builds the simulator when it is missing or older than main.go; why it cannot run otherwise. */
function buildVcsim(): string | undefined {
  if (existsSync(BIN) && statSync(BIN).mtimeMs >= statSync(SOURCE).mtimeMs) return undefined;
  const r = spawnSync('bash', [join(ROOT, 'test/vcsim/build.sh')], { encoding: 'utf8', timeout: 300_000 });
  if (r.status === 0 && existsSync(BIN)) return undefined;
  const said = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').pop() || r.error?.message || `exit ${r.status}`;
  return `needs test/vcsim/.bin/vcsim, which test/vcsim/build.sh did not build (${said}); it needs golang-go and golang-github-vmware-govmomi-dev (apt-get install, as .ci/run does)`;
}

/** Why vcsim cannot run here (undefined: it is built and can be started). */
export const missing: string | undefined = buildVcsim();

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
