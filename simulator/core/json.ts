/** Minimal JSON helpers shared by every listener; request bodies arrive as `unknown`. */
export type JsonPrimitive = string | number | boolean | null
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue }
export type JsonObject = { [key: string]: JsonValue }

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function getString(value: Record<string, unknown>, key: string): string | undefined {
  const v = value[key]
  return typeof v === 'string' ? v : undefined
}

/** Deep copy through JSON: state objects are plain data, so this is exact and cheap enough. */
export function deepCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}
