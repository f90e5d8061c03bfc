// The package's `bin`: starts the fake from the shell and prints one JSON line with its URL and
// credentials (and certificate), so scripts and other tools can use it; stops on SIGINT/SIGTERM.
// Emitted verbatim into the package (src/fake/).
import { DEFAULT_USER } from './sessions.js';
import { startFakeServer, type FakeServerOptions } from './server.js';

const USAGE = `Starts a fake vCenter serving this package's API on 127.0.0.1.

Options:
  --port N              port to listen on (default 0: a free port)
  --host ADDR           address to listen on (default 127.0.0.1)
  --https               HTTPS with a self-signed certificate made now
  --cert-file PATH      also write that certificate (PEM) to PATH
  --seed N              seed of ids and made-up values (default 1)
  --user NAME:PASSWORD  a user that may log in (repeatable; default ${DEFAULT_USER.username}:${DEFAULT_USER.password})
  --read-only NAME:PASSWORD  a user that may only read (repeatable)
  --vms N               how many VMs to start with (default 1)
  --session-idle-ms N   idle time before a session expires (default 1800000)
  --latency-ms N        delay every answer by N ms
  --help                this text

Prints one JSON line: {"url", "username", "password", "vms": [{"id", "name"}], "cert"?};
stops on SIGINT or SIGTERM.`;

interface Proc {
  argv: string[];
  stdout: { write(s: string): unknown };
  once(signal: string, listener: () => void): unknown;
}

export async function main(argv: string[]): Promise<number | undefined> {
  const proc = (globalThis as unknown as { process: Proc }).process;
  const opts: FakeServerOptions & { users: NonNullable<FakeServerOptions['users']> } = { users: [] };
  let certFile: string | undefined;
  let latency = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value (see --help)`);
      return v;
    };
    const num = (): number => {
      const v = value();
      if (!/^\d+$/.test(v)) throw new Error(`${arg} takes a number, not '${v}'`);
      return Number(v);
    };
    const user = (privileges: 'all' | 'read-only') => {
      const v = value();
      const colon = v.indexOf(':');
      if (colon < 1) throw new Error(`${arg} takes NAME:PASSWORD`);
      opts.users.push({ username: v.slice(0, colon), password: v.slice(colon + 1), privileges });
    };
    switch (arg) {
      case '--help':
      case '-h':
        proc.stdout.write(`${USAGE}\n`);
        return 0;
      case '--port':
        opts.port = num();
        break;
      case '--host':
        opts.host = value();
        break;
      case '--https':
        opts.tls = true;
        break;
      case '--cert-file':
        certFile = value();
        opts.tls = true;
        break;
      case '--seed':
        opts.seed = num();
        break;
      case '--user':
        user('all');
        break;
      case '--read-only':
        user('read-only');
        break;
      case '--vms':
        opts.vms = Array.from({ length: num() }, () => ({}));
        break;
      case '--session-idle-ms':
        opts.sessionIdleMs = num();
        break;
      case '--latency-ms':
        latency = num();
        break;
      default:
        throw new Error(`unknown option ${arg} (see --help)`);
    }
  }
  if (!opts.users.length) opts.users.push({ ...DEFAULT_USER });
  const server = await startFakeServer(opts);
  if (latency) server.fake.latency(latency);
  if (certFile && server.cert) {
    const fs = (await import(FS)) as { writeFileSync(path: string, text: string): void };
    fs.writeFileSync(certFile, server.cert);
  }
  const first = opts.users[0]!;
  const vms = server.fake.vms().map((v) => ({ id: v.id, name: v.name }));
  const line = {
    url: server.url,
    username: first.username,
    password: first.password,
    vms,
    ...(server.cert ? { cert: server.cert } : {}),
  };
  proc.stdout.write(`${JSON.stringify(line)}\n`);
  await new Promise<void>((resolve) => {
    proc.once('SIGINT', resolve);
    proc.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}

const FS = 'node:fs';
