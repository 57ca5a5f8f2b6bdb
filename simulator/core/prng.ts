import { createHash } from 'node:crypto'

/**
 * Seeded PRNG (sfc32). Every random decision in the simulator draws from a named stream forked
 * from the run's seed, so a run can be replayed and one stream's consumption never shifts another.
 */
export class Prng {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(
    private readonly seed: string,
    readonly label: string,
  ) {
    const h = createHash('sha256').update(`${seed}\u0000${label}`).digest()
    this.a = h.readUInt32LE(0)
    this.b = h.readUInt32LE(4)
    this.c = h.readUInt32LE(8)
    this.d = h.readUInt32LE(12)
    for (let i = 0; i < 12; i++) this.nextUint32()
  }

  /** A stream derived from the root seed and a label, independent of this stream's position. */
  fork(label: string): Prng {
    return new Prng(this.seed, `${this.label}/${label}`)
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    if (probability <= 0) return false
    if (probability >= 1) return true
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new Error('pick from empty list')
    return item
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items]
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const tmp = out[i] as T
      out[i] = out[j] as T
      out[j] = tmp
    }
    return out
  }

  bytes(length: number): Buffer {
    const buf = Buffer.alloc(length)
    for (let i = 0; i < length; i += 4) {
      const v = this.nextUint32()
      for (let k = 0; k < 4 && i + k < length; k++) buf[i + k] = (v >>> (k * 8)) & 0xff
    }
    return buf
  }
}

export function createPrng(seed: string | number, label = 'root'): Prng {
  return new Prng(String(seed), label)
}
