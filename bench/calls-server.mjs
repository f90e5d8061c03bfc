// The per-call bench's server (own process): HTTP on 127.0.0.1, keep-alive, a tiny JSON answer
// (what GET /api/vcenter/vm/{vm}/power returns) to every request. Prints its port, then serves
// until killed.
import { createServer } from 'node:http';

const body = Buffer.from(JSON.stringify({ state: 'POWERED_ON' }));
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
