// The fake bench's HTTP server (own process): the package's fake on 127.0.0.1 through its
// `fake/server` entry. Prints its URL, then serves until killed.
//   node bench/fake-server.mjs <package dir>
import { pathToFileURL } from 'node:url';

const { startFakeServer } = await import(pathToFileURL(`${process.argv[2]}/dist/fake/server.js`).href);
const server = await startFakeServer({ maxRecorded: 1000 });
process.stdout.write(`${server.url}\n`);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
