// The minimal fixture's generated package, as committed in the scenario snapshots (the scenario
// test keeps it equal to the generator's output). Tests import its compiled dist/ like users do.
import * as minimal from '../scenarios/__snapshots__/minimal/dist/index.js';
import { serverPerTest, type Handler } from './server.js';

export { minimal };

/**
 * Servers of each test (`serverPerTest`), each with a client of the minimal package on it: the
 * session id `sess-1`, the wire style `style`.
 */
export function minimalClients(): (
  handler: Handler,
  style?: 'api' | 'rest',
) => Promise<{
  c: ReturnType<typeof minimal.createClient>;
  s: Awaited<ReturnType<ReturnType<typeof serverPerTest>>>;
}> {
  const start = serverPerTest();
  return async (handler, style = 'api') => {
    const s = await start(handler);
    return {
      c: minimal.createClient({
        baseUrl: s.url,
        sessionId: 'sess-1',
        style: style === 'rest' ? minimal.rest : minimal.api,
      }),
      s,
    };
  };
}
