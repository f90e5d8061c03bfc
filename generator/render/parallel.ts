// CodeTools backed by one worker thread (see tools.ts). The worker bundle sits next to the CLI
// bundle (dist/worker.js); when it is absent (running from sources) the tools stay local.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../paths.js';
import { format } from './format.js';
import { localTools, type CodeTools, type Text } from './tools.js';

/** Bytes of TypeScript the worker formats before this thread starts to help (1× is ≈ 0.6 MB). */
const SOLO_BYTES = 1_000_000;

export interface ToolOptions {
  /** Use worker threads when the machine has two cores or more. */
  parallel: boolean;
  /** Start openapi-typescript's worker at once (a cold run that will need it). */
  preloadOpenapi?: boolean;
}

export async function openTools({ parallel, preloadOpenapi = false }: ToolOptions): Promise<CodeTools> {
  const script = join(projectRoot, 'dist', 'worker.js');
  if (!parallel || process.env.VCGEN_WORKERS === '0' || availableParallelism() < 2 || !existsSync(script)) return localTools();
  const main = connect(script, 'render', false);
  const ask = main.ask;
  // openapi-typescript is slow to load and run: it gets a worker of its own, which loads it while
  // the spec is read when the run is known to need it, else on demand.
  let openapi = preloadOpenapi ? connect(script, 'openapi', true) : undefined;
  // The worker formats the first SOLO_BYTES alone: below that, one prettier warmed up once beats
  // two threads each paying for loading and JIT-compiling it (measured on two cores, where
  // openapi-typescript's worker takes the other core). Beyond it, this thread takes half of the
  // rest, file by file (the pipeline hands out the largest first).
  let mine = 0;
  let theirs = 0;
  let chain: Promise<unknown> = Promise.resolve();
  return {
    assemble: (files, banner) => ask<Text[]>({ op: 'assemble', files, banner }),
    format: async (f) => {
      if (theirs < SOLO_BYTES || theirs - SOLO_BYTES <= mine) {
        theirs += f.text.length;
        return ask<Text>({ op: 'format', path: f.path, text: f.text });
      }
      mine += f.text.length;
      const done = chain.then(() => format(f.path, f.text));
      chain = done.catch(() => undefined);
      return { path: f.path, text: await done };
    },
    openapiTypes: (json) => (openapi ??= connect(script, 'openapi', false)).ask<string>({ op: 'openapi', json }),
    close: async () => {
      await Promise.all([main.worker.terminate(), openapi?.worker.terminate()]);
    },
  };
}

/** A worker running worker.ts, and a way to ask it for one result at a time. */
function connect(script: string, role: string, preload: boolean) {
  const worker = new Worker(script, { workerData: { role, preload } });
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
