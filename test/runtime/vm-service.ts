// A service as the generator emits one for an operation with a task form (`clone`: the method
// `cloneTask` and its table entries), over the minimal package's runtime: what the task tests
// (runtime and types) call.
import { encodeParts } from '../scenarios/__snapshots__/minimal/dist/runtime/parts.js';
import type * as M from '../scenarios/__snapshots__/minimal/dist/index.js';
import { minimal } from './load.js';

const { startTask } = minimal;

export type VmId = M.Id<'VirtualMachine'>;
export type CloneError = M.NotFoundError | M.VapiStdError;

/** The operation as the generator describes it (`clone`, with a task form). */
export const CLONE: M.OperationInfo = {
  id: 'com.vmware.vcenter.vm.clone',
  params: [['spec', 'body']],
  api: ['POST', ['/api/vcenter/vm?action=clone'], 'spec'],
  rest: ['POST', ['/rest/vcenter/vm?action=clone']],
  parts: encodeParts,
  result: 'string',
};

/** A service as the generator emits one with a task method (`cloneTask`). */
export class VmService {
  readonly #transport: M.Transport;
  constructor(transport: M.Transport) {
    this.#transport = transport;
  }
  static readonly operations = { cloneTask: CLONE };
  static readonly errors = { cloneTask: ['ERROR', 'NOT_FOUND'] };
  declare readonly '~errors': { readonly cloneTask: CloneError };
  cloneTask(spec: { name: string }, options?: M.CallOptions): Promise<M.Task<VmId, CloneError>> {
    return startTask<VmId, CloneError>(this.#transport, CLONE, [spec], options);
  }
}
