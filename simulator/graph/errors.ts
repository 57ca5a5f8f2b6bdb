/** Graph errors as thrown by handlers; the pipeline renders Graph's error body around them. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

export const graphErrors = {
  notFound: (id: string): GraphError =>
    new GraphError(
      404,
      'Request_ResourceNotFound',
      `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    ),
  badRequest: (message: string): GraphError => new GraphError(400, 'Request_BadRequest', message),
  invalidRequest: (message: string): GraphError => new GraphError(400, 'BadRequest', message),
  unsupportedQuery: (message: string): GraphError => new GraphError(400, 'Request_UnsupportedQuery', message),
  /** Directory endpoints without scope or role. */
  forbidden: (): GraphError =>
    new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'),
  /** Synchronization endpoints without scope or role answer 401 UnknownError with an empty message (observed). */
  syncUnknown: (): GraphError => new GraphError(401, 'UnknownError', ''),
  invalidToken: (message: string): GraphError => new GraphError(401, 'InvalidAuthenticationToken', message),
  conflict: (): GraphError =>
    new GraphError(
      409,
      'Conflict',
      'The operation could not be completed because of a conflicting concurrent operation. Retry the request.',
    ),
  methodNotAllowed: (): GraphError =>
    new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.'),
  segmentNotFound: (segment: string): GraphError =>
    new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`),
  throttled: (retryAfter: string): GraphError =>
    new GraphError(
      429,
      'TooManyRequests',
      'Too many requests. Please retry after the time given in the Retry-After header.',
      { 'retry-after': retryAfter },
    ),
  nonPremium: (): GraphError =>
    new GraphError(
      403,
      'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
      "Neither tenant is B2C or tenant doesn't have premium license",
    ),
}

export interface GraphErrorBody {
  error: {
    code: string
    message: string
    innerError: { date: string; 'request-id': string; 'client-request-id': string }
  }
}

export function graphErrorBody(
  code: string,
  message: string,
  date: string,
  requestId: string,
  clientRequestId: string,
): GraphErrorBody {
  return {
    error: {
      code,
      message,
      innerError: { date, 'request-id': requestId, 'client-request-id': clientRequestId },
    },
  }
}
