// Worker thread of the render stage: loads ts-morph and prettier at once (while the main thread
// reads the spec), then assembles, formats and emits declarations on request. A second worker of
// the same code runs openapi-typescript (`workerData.role === 'openapi'`) and preloads nothing.
import { parentPort, workerData } from 'node:worker_threads';
import { format } from './format.js';
import { assemble, declarations } from './typescript.js';

type Request =
  | { id: number; op: 'assemble'; files: Parameters<typeof assemble>[0]; banner: string }
  | { id: number; op: 'format'; path: string; text: string }
  | { id: number; op: 'declarations'; path: string; text: string }
  | { id: number; op: 'openapi'; json: string };

if ((workerData as { role?: string } | undefined)?.role !== 'openapi') void format('warm.ts', 'export {};\n').catch(() => undefined);

parentPort!.on('message', async (m: Request) => {
  try {
    let result: unknown;
    if (m.op === 'assemble') result = assemble(m.files, m.banner);
    else if (m.op === 'format') result = { path: m.path, text: await format(m.path, m.text) };
    else if (m.op === 'declarations') result = declarations(m.path, m.text);
    else result = await (await import('./openapi-types.js')).openapiTypes(JSON.parse(m.json));
    parentPort!.postMessage({ id: m.id, result });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: String((e as Error)?.message ?? e) });
  }
});
