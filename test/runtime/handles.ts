// What a test needs to see that a call that gave up freed what it held: the timers the runtime
// (a package's dist/runtime/*.js) set and neither cleared nor saw fire, and a wait, bounded in
// time, for a condition that sockets closing asynchronously make true.

/** Counts the runtime's pending timers from `install()` until `restore()`. */
export function runtimeTimers(): { install(): void; pending(): number; restore(): void } {
  const original = globalThis.setTimeout;
  const made: { _destroyed?: boolean }[] = [];
  return {
    install() {
      globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
        const t = original(...args);
        // Only timers set by the runtime's own modules.
        if (/[/\\]dist[/\\]runtime[/\\]/.test(new Error().stack ?? '')) made.push(t as { _destroyed?: boolean });
        return t;
      }) as typeof setTimeout;
    },
    /** Node marks a Timeout `_destroyed` once it fired or was cleared. */
    pending: () => made.filter((t) => !t._destroyed).length,
    restore() {
      globalThis.setTimeout = original;
    },
  };
}

/** Resolves once `ok()` holds, checking every 10 ms; false when `ms` pass first. */
export async function until(ok: () => boolean, ms = 2_000): Promise<boolean> {
  for (const end = performance.now() + ms; !ok();) {
    if (performance.now() > end) return false;
    await new Promise((r) => setTimeout(r, 10));
  }
  return true;
}
