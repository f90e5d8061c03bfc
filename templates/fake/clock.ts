// Time and chance, both under the test's control: a clock that moves only when told (or the
// system's, or any `now()`), and a seeded random generator, so that the same test makes the same
// ids, session tokens and times. Emitted verbatim (src/fake/).

/** Milliseconds since the epoch, as the fake sees them. */
export interface Clock {
  now(): number;
}

/** The fake's clock: the one given, or a manual one that `advance`/`set` move. */
export interface FakeClock extends Clock {
  /** Moves a manual clock forward (throws for a clock given as `{ now }` or `'system'`). */
  advance(ms: number): void;
  /** Sets a manual clock (throws for a clock given as `{ now }` or `'system'`). */
  set(time: number | Date): void;
  /** The time as vCenter writes it: `2024-01-01T00:00:00.000Z`. */
  iso(): string;
}

/** The manual clock's start unless given: 2024-01-01T00:00:00Z. */
export const DEFAULT_START: number = Date.UTC(2024, 0, 1);

export function makeClock(option: 'manual' | 'system' | Clock | undefined, start: number = DEFAULT_START): FakeClock {
  let t = start;
  let last = NaN;
  let text = '';
  const given = option === 'system' ? { now: () => Date.now() } : typeof option == 'object' ? option : undefined;
  const manualOnly = (): void => {
    if (given) throw new TypeError('the fake clock moves by itself here: pass clock: "manual" to move it by hand');
  };
  return {
    now: given ? () => given.now() : () => t,
    advance(ms) {
      manualOnly();
      if (!(ms >= 0)) throw new RangeError('advance takes milliseconds ≥ 0');
      t += ms;
    },
    set(time) {
      manualOnly();
      t = +time;
    },
    iso() {
      const now = this.now();
      if (now !== last) text = new Date((last = now)).toISOString();
      return text;
    },
  };
}

/** A seeded generator (sfc32): the same seed gives the same sequence on every runtime. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A number in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  hex(length: number): string {
    let s = '';
    while (s.length < length) s += this.int(0x10000).toString(16).padStart(4, '0');
    return s.slice(0, length);
  }

  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[this.int(4)]}${h.slice(17, 20)}-${h.slice(20)}`;
  }
}
