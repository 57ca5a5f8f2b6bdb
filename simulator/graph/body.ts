import { isRecord } from '../core/json'
import { graphErrors } from './errors'

/** The request body as an object, or Graph's 400 for an empty/non-object payload. */
export function bodyObject(body: unknown): Record<string, unknown> {
  if (!isRecord(body)) throw graphErrors.invalidRequest('Empty Payload. JSON content expected.')
  return body
}
