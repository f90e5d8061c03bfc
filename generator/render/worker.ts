// The worker thread of the render stage: it loads ts-morph and prettier at once (while the main
// thread reads the spec), then assembles and formats on request.
import { parentPort } from 'node:worker_threads';
import { format, loadPrettier, type Language } from './format.js';
import { assemble, loadTsMorph } from './typescript.js';

type Request =
  | { id: number; op: 'assemble'; files: Parameters<typeof assemble>[0]; banner: string }
  | { id: number; op: 'format'; language: Language; path: string; text: string };

void loadPrettier().catch(() => undefined);
setImmediate(() => {
  try {
    loadTsMorph();
  } catch {
    // reported by the first request that needs it
  }
});

parentPort!.on('message', async (m: Request) => {
  try {
    let result: unknown;
    if (m.op === 'assemble') result = assemble(m.files, m.banner);
    else result = { path: m.path, text: await format(m.language, m.path, m.text) };
    parentPort!.postMessage({ id: m.id, result });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: String((e as Error)?.message ?? e) });
  }
});
