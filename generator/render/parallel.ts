// CodeTools backed by one worker thread (see tools.ts). The worker bundle sits next to the CLI
// bundle (dist/worker.js); when it is absent (running from sources) the tools stay local.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../paths.js';
import { format } from './format.js';
import { localTools, type CodeTools, type Text } from './tools.js';

export async function openTools(parallel: boolean): Promise<CodeTools> {
  const script = join(projectRoot, 'dist', 'worker.js');
  if (!parallel || process.env.VCGEN_WORKERS === '0' || availableParallelism() < 2 || !existsSync(script)) return localTools();
  const main = connect(script, 'render');
  const ask = main.ask;
  // openapi-typescript is slow to load and run; it gets a worker of its own, started on demand.
  let openapi: ReturnType<typeof connect> | undefined;
  // Balance: the worker also emits all declarations, so it formats about a third of the bytes.
  let mine = 0;
  let theirs = 0;
  // This thread formats its files one after the other, so each is done (and its declarations
  // can go to the worker) as early as possible instead of all at the end.
  let chain: Promise<unknown> = Promise.resolve();
  return {
    assemble: (files, banner) => ask<Text[]>({ op: 'assemble', files, banner }),
    format: async (f, share) => {
      if (share && theirs * 2 < mine) {
        theirs += f.text.length;
        return ask<Text>({ op: 'format', path: f.path, text: f.text });
      }
      mine += f.text.length;
      const done = chain.then(() => format(f.path, f.text));
      chain = done.catch(() => undefined);
      return { path: f.path, text: await done };
    },
    declarations: (f) => ask({ op: 'declarations', path: f.path, text: f.text }),
    openapiTypes: (json) => (openapi ??= connect(script, 'openapi')).ask<string>({ op: 'openapi', json }),
    close: async () => {
      await Promise.all([main.worker.terminate(), openapi?.worker.terminate()]);
    },
  };
}

/** A worker running worker.ts, and a way to ask it for one result at a time. */
function connect(script: string, role: string) {
  const worker = new Worker(script, { workerData: { role } });
  worker.unref();
  let next = 0;
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  worker.on('message', (m: { id: number; result?: unknown; error?: string }) => {
    const p = pending.get(m.id)!;
    pending.delete(m.id);
    if (m.error !== undefined) p.reject(new Error(m.error));
    else p.resolve(m.result as never);
  });
  worker.on('error', (e) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  });
  const ask = <T>(message: object): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (v: never) => void, reject });
      worker.postMessage({ id, ...message });
    });
  return { worker, ask };
}
