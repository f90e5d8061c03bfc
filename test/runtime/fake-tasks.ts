// A vCenter that runs tasks, for the task tests: the task form of one operation (`clone`, started
// with `vmw-task=true`) answers a task id; `GET …/cis/tasks/{task}` reads the task through the
// states the test scripts; `POST …/cis/tasks/{task}?action=cancel` cancels it. Both wire styles:
// /rest wraps answers in `{ value }` and carries maps as lists of `{ key, value }`.
import type { Recorded, Reply } from './server.js';

export type Style = 'api' | 'rest';

/** One read of a task: its info (the task's fields as /api sends them), or a whole reply. */
export type Step = Record<string, unknown> | { reply: Reply };

export const message = (text: string) => ({ id: 'test.message', default_message: text, args: [] });

/** Task info of a status, with progress `completed` of 100 when given. */
export function step(status: string, completed?: number, extra: Record<string, unknown> = {}): Step {
  return {
    description: message('Clone a VM'),
    service: 'com.vmware.vcenter.vm',
    operation: 'clone',
    status,
    cancelable: status == 'PENDING' || status == 'RUNNING',
    ...(completed === undefined
      ? {}
      : {
          progress: { total: 100, completed, message: message(`${completed}% done`) },
          start_time: '2024-05-01T10:00:00.000Z',
        }),
    ...extra,
  };
}

export interface FakeTasks {
  handle(r: Recorded): Reply;
  /** GETs of the task so far. */
  reads(): number;
  cancelled(): boolean;
}

/** A vAPI error as a task's `error` field carries it in `style`. */
export function taskError(style: Style, type: string, text: string, extra: Record<string, unknown> = {}) {
  const fields = { messages: [message(text)], ...extra };
  return style == 'api'
    ? { error_type: type, ...fields }
    : { type: `com.vmware.vapi.std.errors.${type.toLowerCase()}`, value: fields };
}

/**
 * Serves task `task-1` of `clone`: each read takes the next step (the last one repeats); once
 * cancelled, the task is FAILED with CANCELED. `sessions`, when given, are the session ids
 * accepted (others: 401).
 */
export function fakeTasks(style: Style, steps: Step[], sessions?: Set<string>): FakeTasks {
  let reads = 0;
  let cancelled = false;
  const error = (status: number, type: string, text: string): Reply => ({
    status,
    body:
      style == 'api'
        ? { error_type: type, messages: [message(text)] }
        : { type: `com.vmware.vapi.std.errors.${type.toLowerCase()}`, value: { messages: [message(text)] } },
  });
  const ok = (value: unknown, status = 200): Reply =>
    style == 'api'
      ? value === undefined
        ? { status: 204 }
        : { status, body: JSON.stringify(value), headers: { 'content-type': 'application/json' } }
      : { body: { value: value ?? null } };
  return {
    reads: () => reads,
    cancelled: () => cancelled,
    handle(r) {
      if (sessions && !sessions.has(String(r.headers['vmware-api-session-id'])))
        return error(401, 'UNAUTHENTICATED', 'the session expired');
      const path = r.url.replace(/^\/(api|rest)/, '');
      if (r.method == 'POST' && path == '/vcenter/vm?action=clone&vmw-task=true') return ok('task-1', 202);
      if (path == '/cis/tasks/task-1' && r.method == 'GET') {
        const s = cancelled
          ? step('FAILED', 40, { error: taskError(style, 'CANCELED', 'the task was canceled') })
          : steps[Math.min(reads, steps.length - 1)]!;
        reads++;
        if ('reply' in s) return s.reply as Reply;
        return ok(style == 'rest' ? restForm(s) : s);
      }
      if (path == '/cis/tasks/task-1?action=cancel' && r.method == 'POST') {
        const last = steps[Math.min(Math.max(reads - 1, 0), steps.length - 1)] as { status?: string };
        if (cancelled || last.status == 'SUCCEEDED' || last.status == 'FAILED')
          return error(400, 'NOT_ALLOWED_IN_CURRENT_STATE', 'the task has ended');
        cancelled = true;
        return ok(undefined);
      }
      if (path.startsWith('/cis/tasks/')) return error(404, 'NOT_FOUND', 'there is no such task');
      return { status: 404, body: 'no such path' };
    },
  };
}

/** A task info as /rest carries it: the params of its messages as lists of { key, value }. */
function restForm(info: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(info), (k, v: unknown) =>
    k == 'params' && v && typeof v == 'object' && !Array.isArray(v)
      ? Object.entries(v).map(([key, value]) => ({ key, value }))
      : v,
  ) as Record<string, unknown>;
}
