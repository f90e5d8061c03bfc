// Worker threads of the render stage. The `render` worker loads ts-morph and prettier at once
// (while the main thread reads the spec), then assembles and formats on request; the `openapi`
// worker loads openapi-typescript (when asked to preload) and turns openapi.json into types.
import { parentPort, workerData } from 'node:worker_threads';
import { format, loadPrettier } from './format.js';
import { loadOpenapiTs, openapiTypes } from './openapi-types.js';
import { assemble, loadTsMorph } from './typescript.js';

type Request =
  | { id: number; op: 'assemble'; files: Parameters<typeof assemble>[0]; banner: string }
  | { id: number; op: 'format'; path: string; text: string }
  | { id: number; op: 'openapi'; json: string };

const { role, preload } = (workerData ?? {}) as { role?: string; preload?: boolean };
if (role === 'render') {
  void loadPrettier().catch(() => undefined);
  setImmediate(() => {
    try {
      loadTsMorph();
    } catch {
      // reported by the first request that needs it
    }
  });
} else if (role === 'openapi' && preload) {
  void loadOpenapiTs().catch(() => undefined); // a failure is reported by the request
}

parentPort!.on('message', async (m: Request) => {
  try {
    let result: unknown;
    if (m.op === 'assemble') result = assemble(m.files, m.banner);
    else if (m.op === 'format') result = { path: m.path, text: await format(m.path, m.text) };
    else result = await openapiTypes(JSON.parse(m.json));
    parentPort!.postMessage({ id: m.id, result });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: String((e as Error)?.message ?? e) });
  }
});
