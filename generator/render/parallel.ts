// CodeTools backed by one worker thread (see tools.ts), which assembles and formats; openapi-
// typescript runs on this thread, which the pipeline asks for it once every file has been handed
// to the worker (this thread is otherwise idle while the worker formats). The worker bundle sits
// next to the CLI bundle (dist/worker.js); when it is absent (running from sources) the tools
// stay local.
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
  /** Use a worker thread when the machine has two cores or more. */
  parallel: boolean;
}

export async function openTools({ parallel }: ToolOptions): Promise<CodeTools> {
  const script = join(projectRoot, 'dist', 'worker.js');
  if (!parallel || process.env.VCGEN_WORKERS === '0' || availableParallelism() < 2 || !existsSync(script))
    return localTools();
  const main = connect(script);
  const ask = main.ask;
  // The worker formats the first SOLO_BYTES alone: below that, one prettier warmed up once beats
  // two threads each paying for loading and JIT-compiling it (measured on two cores, with this
  // thread running openapi-typescript meanwhile). Beyond it, this thread takes half of the rest,
  // file by file (the pipeline hands out the largest first).
  let mine = 0;
  let theirs = 0;
  let chain: Promise<unknown> = Promise.resolve();
  return {
    assemble: (files, banner) => ask<Text[]>({ op: 'assemble', files, banner }),
    format: async (f) => {
      if (theirs < SOLO_BYTES || theirs - SOLO_BYTES <= mine) {
        theirs += f.text.length;
        return ask<Text>({ op: 'format', language: f.language, path: f.path, text: f.text });
      }
      mine += f.text.length;
      const done = chain.then(() => format(f.language, f.path, f.text));
      chain = done.catch(() => undefined);
      return { path: f.path, text: await done };
    },
    openapiTypes: async (json) => (await import('./openapi-types.js')).openapiTypes(JSON.parse(json)),
    close: async () => {
      await main.worker.terminate();
    },
  };
}

/** A worker running worker.ts, and a way to ask it for one result at a time. */
function connect(script: string) {
  const worker = new Worker(script);
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
