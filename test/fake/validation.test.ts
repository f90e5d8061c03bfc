// Requests are validated against the spec's types like a server would: each bad input answers
// INVALID_ARGUMENT (or INVALID_REQUEST for a body that is not JSON) in the style's wire shape, with a
// message that names the field. Raw requests (the wire shape) and the generated client (the typed
// error) in both styles.
import { describe, expect, it } from 'vitest';
import { clientOf, createFake, vc } from './support.js';

const fake = createFake();
const sid = fake.login();
const vm = fake.vm.id;
const cdrom = fake.vm.devices('cdrom')[0]!.id;

async function send(method: string, url: string, body?: unknown) {
  const r = await fake.handle({
    method,
    url,
    headers: { 'vmware-api-session-id': sid, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? '' : typeof body == 'string' ? body : JSON.stringify(body),
  });
  return { status: r.status, json: r.body ? JSON.parse(r.body) : undefined };
}

/** The error type and first message of an answer in either style. */
function errorOf(
  style: 'api' | 'rest',
  json: {
    error_type?: string;
    type?: string;
    value?: { messages: { default_message: string }[] };
    messages?: { default_message: string }[];
  },
) {
  return style == 'api'
    ? { type: json.error_type, message: json.messages![0]!.default_message }
    : { type: json.type, message: json.value!.messages[0]!.default_message };
}

// [what, body of a cdrom update (spec), message that must appear]
const BAD_SPECS: [string, unknown, RegExp][] = [
  [
    'missing required field of the union case',
    { backing: { type: 'ISO_FILE' } },
    /spec\.backing\.iso_file: required when type is ISO_FILE/,
  ],
  [
    'field not allowed in the union case',
    { backing: { type: 'CLIENT_DEVICE', iso_file: '[ds] a.iso' } },
    /spec\.backing\.iso_file: not allowed when type is CLIENT_DEVICE/,
  ],
  [
    'unknown enum value',
    { backing: { type: 'FLOPPY_FILE' } },
    /spec\.backing\.type: 'FLOPPY_FILE' is not one of ISO_FILE, HOST_DEVICE, CLIENT_DEVICE/,
  ],
  ['wrong type', { start_connected: 'yes' }, /spec\.start_connected: expected a boolean, got a string/],
  ['unknown field', { start_conected: true }, /spec\.start_conected: no such field/],
  ['not an object', { backing: 'ISO_FILE' }, /spec\.backing: expected an object, got a string/],
];

describe.each(['api', 'rest'] as const)('%s style: bad input answers INVALID_ARGUMENT naming the field', (style) => {
  const base = style == 'api' ? '/api' : '/rest';
  const errorType = style == 'api' ? 'INVALID_ARGUMENT' : 'com.vmware.vapi.std.errors.invalid_argument';
  const wrap = (spec: unknown) => ({ spec }); // /rest wraps every body parameter; /api takes spec as the body

  it.each(BAD_SPECS)('%s', async (_, spec, message) => {
    const r = await send(
      'PATCH',
      `${base}/vcenter/vm/${vm}/hardware/cdrom/${cdrom}`,
      style == 'api' ? spec : wrap(spec),
    );
    expect(r.status).toBe(400);
    const e = errorOf(style, r.json);
    expect(e.type).toBe(errorType);
    expect(e.message).toMatch(message);
    // The device is unchanged.
    expect(fake.vm.devices('cdrom')[0]!.info.backing).toEqual({
      type: 'CLIENT_DEVICE',
      device_access_type: 'EMULATION',
    });
  });

  it('a malformed id, and an id of another kind, in the path', async () => {
    for (const [id, message] of [
      ['not a vm', /vm: 'not a vm' is not an identifier/],
      ['vm42', /vm: 'vm42' is not a well-formed VirtualMachine identifier/],
      ['datastore-10', /vm: 'datastore-10' is an identifier of a Datastore, not of a VirtualMachine/],
    ] as const) {
      const r = await send('GET', `${base}/vcenter/vm/${encodeURIComponent(id)}/power`);
      expect(r.status).toBe(400);
      expect(errorOf(style, r.json)).toMatchObject({ type: errorType, message: expect.stringMatching(message) });
    }
  });

  it('a well-formed id that names nothing is NOT_FOUND', async () => {
    const r = await send('GET', `${base}/vcenter/vm/vm-999/power`);
    expect(r.status).toBe(404);
    expect(errorOf(style, r.json)).toMatchObject({ message: expect.stringMatching(/vm-999/) });
    const d = await send('GET', `${base}/vcenter/vm/${vm}/hardware/cdrom/3999`);
    expect(d.status).toBe(404);
  });

  it('a body that is not JSON is INVALID_REQUEST; a parameter that does not exist is INVALID_ARGUMENT', async () => {
    const r = await send('PATCH', `${base}/vcenter/vm/${vm}/hardware/cdrom/${cdrom}`, '{"spec":');
    expect(r.status).toBe(400);
    expect(errorOf(style, r.json).type).toBe(
      style == 'api' ? 'INVALID_REQUEST' : 'com.vmware.vapi.std.errors.invalid_request',
    );
    const wrapped = await send('POST', `${base}/vcenter/vm/${vm}/hardware/cdrom`, { spec: {}, extra: 1 });
    expect(wrapped.status).toBe(400);
    expect(errorOf(style, wrapped.json).message).toMatch(
      style == 'api' ? /spec: no such field/ : /extra: no such parameter/,
    );
  });

  it('a missing required body parameter', async () => {
    const r = await send('POST', `${base}/vcenter/vm/${vm}/hardware/cdrom`);
    expect(r.status).toBe(400);
    expect(errorOf(style, r.json).message).toMatch(/^spec: required$/);
  });

  it('reaches the generated client as its typed error, inside the operation union', async () => {
    const c = clientOf(fake, style);
    const e = await c.hardware.cdrom
      .update(vc.id('VirtualMachine', vm), vc.id('com.vmware.vcenter.vm.hardware.Cdrom', cdrom), {
        backing: { type: 'ISO_FILE' },
      } as never)
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(vc.VapiError);
    expect((e as InstanceType<typeof vc.VapiError>).type).toBe('INVALID_ARGUMENT');
    expect((e as Error).message).toMatch(/spec\.backing\.iso_file: required when type is ISO_FILE/);
  });
});

it('a path no operation has is a 404 without a vAPI error, as a server answers a path it does not have', async () => {
  for (const [method, url] of [
    ['GET', '/api/vcenter/vm/vm-1/hardware/usb'],
    ['GET', '/rest/vcenter/vm/vm-1/hardware/usb'],
    // An operation's path with another action is no operation either.
    ['POST', `/api/vcenter/vm/${vm}/power?action=hibernate`],
  ] as const)
    expect(await send(method, url)).toEqual({ status: 404, json: undefined });
});

describe.each(['api', 'rest'] as const)('the client, %s style', (style) => {
  // An operation of a newer API version, which this fake (like an older vCenter) does not have.
  const USB_LIST = {
    id: 'com.vmware.vcenter.vm.hardware.usb.list',
    params: [['vm', 'path']],
    api: ['GET', ['/api/vcenter/vm/', 0, '/hardware/usb']],
    rest: ['GET', ['/rest/vcenter/vm/', 0, '/hardware/usb']],
    result: 'array',
  } as const satisfies Parameters<ReturnType<typeof clientOf>['transport']['call']>[0];

  it('reads a path the fake does not have as EndpointNotFoundError, not NotFoundError', async () => {
    const e = await clientOf(fake, style)
      .transport.call(USB_LIST, [vm])
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(vc.EndpointNotFoundError);
    expect(e).not.toBeInstanceOf(vc.NotFoundError);
    expect(e).toMatchObject({ kind: 'endpoint', status: 404, method: 'GET', style });
  });

  it('reads an id that names nothing as NotFoundError (the path exists, the VM does not)', async () => {
    const e = await clientOf(fake, style)
      .hardware.cdrom.list(vc.id('VirtualMachine', 'vm-999'))
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(vc.NotFoundError);
  });
});

it('checks ids inside bodies: an unknown network in a NIC backing is NOT_FOUND, a VM id there is INVALID_ARGUMENT', async () => {
  const bad = await send('POST', `/api/vcenter/vm/${vm}/hardware/ethernet`, {
    backing: { type: 'STANDARD_PORTGROUP', network: 'network-999' },
  });
  expect(bad.status).toBe(404);
  expect(bad.json.messages[0].default_message).toMatch(/spec\.backing\.network: Network network-999 does not exist/);
  const kind = await send('POST', `/api/vcenter/vm/${vm}/hardware/ethernet`, {
    backing: { type: 'STANDARD_PORTGROUP', network: vm },
  });
  expect(kind.status).toBe(400);
  expect(kind.json.messages[0].default_message).toMatch(/is an identifier of a VirtualMachine, not of a Network/);
});
