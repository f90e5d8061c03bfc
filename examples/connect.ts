// Connection settings from the environment, shared by the examples:
//
//   VC_URL         https://vcenter.example.com
//   VC_USER        administrator@vsphere.local
//   VC_PASSWORD    the password
//   VC_CA_FILE     optional: a PEM file of the CA that signed vCenter's certificate (VMCA's root)
//   VC_INSECURE=1  optional, labs only: do not verify vCenter's certificate
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createClient, login, type VcenterVmClient } from '@vcgen/vcenter-vm';
import { createNodeFetch } from '@vcgen/vcenter-vm/node-fetch';

/** A required environment variable, or an error that says which one is missing. */
export function need(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`set ${name} (see the comment at the top of the example)`);
  return value;
}

/**
 * A client for the vCenter the environment names. `fetch`: another fetch (tests pass the fake
 * vCenter's); by default the global one, or one that trusts `VC_CA_FILE`.
 */
export function connect(env: NodeJS.ProcessEnv = process.env, fetch?: typeof globalThis.fetch): VcenterVmClient {
  const ca = env.VC_CA_FILE ? readFileSync(env.VC_CA_FILE, 'utf8') : undefined;
  return createClient({
    baseUrl: need(env, 'VC_URL'),
    auth: login({ username: need(env, 'VC_USER'), password: need(env, 'VC_PASSWORD') }),
    fetch: fetch ?? (ca || env.VC_INSECURE === '1' ? createNodeFetch(ca ? { ca } : { insecure: true }) : undefined),
  });
}

/** True when the module at `url` is the script node was started with. */
export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && url === pathToFileURL(process.argv[1]).href;
}
