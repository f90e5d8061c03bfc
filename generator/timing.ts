// Per-stage timings, reported in the CLI summary so a stage that gets slow is seen at once.
export class Timings {
  readonly stages: { name: string; ms: number }[] = [];

  time<T>(name: string, fn: () => T): T {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      this.stages.push({ name, ms: performance.now() - t0 });
    }
  }

  async timeAsync<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      this.stages.push({ name, ms: performance.now() - t0 });
    }
  }

  summary(): string {
    return this.stages.map((s) => `${s.name} ${Math.round(s.ms)}ms`).join(', ');
  }
}
