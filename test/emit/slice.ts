// The IR slice the emitter tables start from: one service with a structure read from the server,
// one sent to it (with a tagged union), an enum, ids, and one error type with a field of its own.
import type { EmitContext } from '../../generator/emit/files.js';
import { contextOf, irOf } from '../setup/emit.js';

export const BOX_SPEC = {
  'box.yaml': `service: com.vmware.vcenter.vm.box
description: Boxes.
structures:
  info:
    fields:
      - { name: name, type: string, description: The name. }
      - { name: size_MiB, type: optional<long> }
      - { name: kind, type: kind }
      - { name: tags, type: "list<optional<string>>" }
      - { name: limits, type: "map<kind,long>" }
      - { name: when, type: datetime }
      - { name: vm, type: "id:VirtualMachine" }
      - { name: "a-b", type: optional<boolean>, since: 7.0.1 }
  spec:
    fields:
      - { name: kind, type: kind }
      - { name: path, type: optional<string> }
      - { name: limits, type: "optional<map<kind,long>>" }
    unions:
      - discriminant: kind
        cases:
          FILE: [path]
enums:
  kind:
    description: What it is.
    values: [FILE, { value: DEVICE, deprecated: { since: 7.0.2 } }]
operations:
  get:
    description: Returns a box. More words.
    params: [{ name: box, type: "id:Box", description: The box. }]
    result: { type: info, description: Its information. }
    errors: [{ error: com.vmware.vapi.std.errors.not_found, when: there is no such box }]
    privileges: [{ param: box, require: [Box.Read] }]
    http: { api: { method: GET, path: "/api/vcenter/vm/box/{box}" }, rest: null }
  create:
    params: [{ name: spec, type: spec }, { name: dry_run, type: optional<boolean> }]
    http:
      api: { method: POST, path: "/api/vcenter/vm/box" }
      rest: { method: POST, path: "/rest/vcenter/vm/box" }
`,
  'errors.yaml': `package: com.vmware.vapi.std.errors
errors:
  not_found:
    error_type: NOT_FOUND
    description: It is not there.
    fields:
      - { name: messages, type: list<string> }
      - { name: hint, type: optional<string> }
      - { name: "not-an-identifier", type: string }
`,
};

let box: EmitContext | undefined;

/** The emitter context of the slice (built once). */
export function boxContext(): EmitContext {
  return (box ??= contextOf(irOf(BOX_SPEC)));
}
