import { readFileSync } from 'node:fs'
import { createServer as createHttpsServer, type Server } from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { generate } from 'selfsigned'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { fail, type AppError } from '../../../shared/result'
import {
  classifyValidateCredentialsError,
  probeHelloIdScim,
  scimProbeKinds,
  type ScimProbeFetch,
  type ScimProbeKind,
} from './scim-probe'
import { CANARY_SECRET, expectNoSecret } from '../../../tests/support/canary'

const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse'
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'

interface Pems {
  cert: string
  key: string
}

interface SeenRequest {
  url: string
  authorization: string | undefined
  accept: string | undefined
}

interface TestServer {
  base: string
  seen: SeenRequest[]
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void

let caPem: string
let trusted: Pems
let selfSigned: Pems
let expired: Pems
let wrongHost: Pems
const servers: Server[] = []

async function issue(commonName: string, options: Parameters<typeof generate>[1]): Promise<Pems> {
  const pems = await generate([{ name: 'commonName', value: commonName }], {
    keySize: 2048,
    algorithm: 'sha256',
    ...options,
  })
  return { cert: pems.cert, key: pems.private }
}

beforeAll(async () => {
  const caCert = process.env.HELLOID_TEST_CA_CERT
  const caKey = process.env.HELLOID_TEST_CA_KEY
  if (!caCert || !caKey) throw new Error('the unit project’s global setup must create the test CA')
  const ca = { cert: readFileSync(caCert, 'utf8'), key: readFileSync(caKey, 'utf8') }
  caPem = ca.cert
  const ipSan = { name: 'subjectAltName' as const, altNames: [{ type: 7 as const, ip: '127.0.0.1' }] }
  const dayMs = 86_400_000
  ;[trusted, selfSigned, expired, wrongHost] = await Promise.all([
    issue('127.0.0.1', { ca, extensions: [ipSan] }),
    issue('127.0.0.1', { extensions: [ipSan] }),
    issue('127.0.0.1', {
      ca,
      extensions: [ipSan],
      notBeforeDate: new Date(Date.now() - 30 * dayMs),
      notAfterDate: new Date(Date.now() - dayMs),
    }),
    issue('elsewhere.example', {
      ca,
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'elsewhere.example' }] }],
    }),
  ])
})

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections()
          server.close(() => resolve())
        }),
    ),
  )
})

async function startServer(handler: Handler, pems: Pems = trusted): Promise<TestServer> {
  const seen: SeenRequest[] = []
  const server = createHttpsServer({ cert: pems.cert, key: pems.key }, (req, res) => {
    seen.push({ url: req.url ?? '', authorization: req.headers.authorization, accept: req.headers.accept })
    handler(req, res)
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { base: `https://127.0.0.1:${port}`, seen }
}

function reply(status: number, body: string, contentType = 'application/scim+json'): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': contentType })
    res.end(body)
  }
}

const emptyList = JSON.stringify({
  schemas: [LIST_RESPONSE],
  totalResults: 0,
  Resources: [],
  startIndex: 1,
  itemsPerPage: 0,
})

async function probeFailure(
  options: Parameters<typeof probeHelloIdScim>[0],
): Promise<AppError & { details: Record<string, unknown> }> {
  const result = await probeHelloIdScim(options)
  expectNoSecret(result, options.secret)
  if (result.ok) throw new Error('expected the probe to fail')
  expect(result.error.details).toBeDefined()
  return { ...result.error, details: result.error.details ?? {} }
}

describe('probeHelloIdScim against local HTTPS servers', () => {
  it('passes on 200 with a SCIM ListResponse, sending exactly what Entra sends', async () => {
    const server = await startServer(reply(200, emptyList))
    const result = await probeHelloIdScim({ url: `${server.base}/scim`, secret: CANARY_SECRET })
    expect(result).toMatchObject({ ok: true, value: { status: 200, totalResults: 0 } })
    expect(result.ok && result.value.latencyMs).toBeGreaterThanOrEqual(0)
    expect(server.seen).toHaveLength(1)
    const [request] = server.seen
    expect(request?.url).toMatch(new RegExp(`^/scim/Users\\?filter=userName%20eq%20%22${GUID}%22$`))
    expect(request?.authorization).toBe(`Bearer ${CANARY_SECRET}`)
    expect(request?.accept).toBe('application/scim+json, application/json')
  })

  it('uses a fresh GUID each time and tolerates a trailing slash', async () => {
    const server = await startServer(
      reply(200, JSON.stringify({ schemas: [LIST_RESPONSE], Resources: [{}] })),
    )
    const first = await probeHelloIdScim({ url: `${server.base}/`, secret: CANARY_SECRET })
    await probeHelloIdScim({ url: server.base, secret: CANARY_SECRET })
    expect(first).toMatchObject({ ok: true, value: { totalResults: 1 } })
    const [a, b] = server.seen.map((r) => r.url)
    expect(a).toMatch(/^\/Users\?filter=/)
    expect(a).not.toBe(b)
  })

  // Servers that echo the Authorization header back prove the body never reaches the result.
  const echo =
    (status: number, contentType = 'text/plain'): Handler =>
    (req, res) => {
      res.writeHead(status, { 'content-type': contentType })
      res.end(`rejected ${req.headers.authorization ?? ''}`)
    }

  it.each<[string, Handler, ScimProbeKind, Record<string, unknown>]>([
    ['401', echo(401), 'unauthorized', { status: 401, field: 'secret' }],
    ['403', echo(403), 'unauthorized', { status: 403, field: 'secret' }],
    ['404', echo(404, 'text/html'), 'not-found', { status: 404, field: 'url' }],
    ['500', echo(500), 'server', { status: 500 }],
    ['503', echo(503), 'server', { status: 503 }],
    [
      'HTML 200',
      reply(200, '<!doctype html><title>HelloID</title>', 'text/html'),
      'not-scim',
      { reason: 'html' },
    ],
    [
      'JSON 200 that is not a list',
      reply(200, '{"hello":"world"}'),
      'not-scim',
      { reason: 'not-list-response' },
    ],
    ['plain-text 200', echo(200), 'not-scim', { reason: 'not-json' }],
    ['204', reply(204, ''), 'not-scim', { status: 204 }],
    ['302 to a login page', redirect('https://login.example/?next=1'), 'other', { reason: 'redirect' }],
    ['429', echo(429), 'other', { reason: 'throttled' }],
    ['400', echo(400), 'other', { reason: 'status', status: 400 }],
  ])('%s', async (_label, handler, kind, details) => {
    const server = await startServer(handler)
    const error = await probeFailure({ url: server.base, secret: CANARY_SECRET })
    expect(error.details).toMatchObject({ kind, source: 'probe', ...details })
    expect(error.message).toContain(String(error.details.fix))
  })

  it('explains a 404 with where to copy the URL', async () => {
    const server = await startServer(reply(404, 'Not Found', 'text/plain'))
    const error = await probeFailure({ url: `${server.base}/wrong`, secret: CANARY_SECRET })
    expect(error.message).toContain('copied whole from HelloID’s Directory › Azure AD page')
    expect(error.code).toBe('INVALID_INPUT')
  })

  it.each<[string, () => Pems, string]>([
    ['self-signed certificate', () => selfSigned, 'DEPTH_ZERO_SELF_SIGNED_CERT'],
    ['expired certificate', () => expired, 'CERT_HAS_EXPIRED'],
    ['certificate for another host', () => wrongHost, 'ERR_TLS_CERT_ALTNAME_INVALID'],
  ])('%s → tls', async (_label, pems, causeCode) => {
    const server = await startServer(reply(200, emptyList), pems())
    const error = await probeFailure({ url: server.base, secret: CANARY_SECRET })
    expect(error.details).toMatchObject({ kind: 'tls', causeCode, field: 'url' })
    expect(error.code).toBe('NETWORK_ERROR')
    expect(server.seen).toHaveLength(0)
  })

  it('trusts an extra CA when one is given (node:https client)', async () => {
    const server = await startServer(reply(200, emptyList), selfSigned)
    const result = await probeHelloIdScim({ url: server.base, secret: CANARY_SECRET, ca: selfSigned.cert })
    expect(result).toMatchObject({ ok: true, value: { status: 200, totalResults: 0 } })
    expect(server.seen[0]?.authorization).toBe(`Bearer ${CANARY_SECRET}`)
  })

  it('classifies the node:https client’s failures the same way', async () => {
    const server = await startServer(reply(200, emptyList), selfSigned)
    const tls = await probeFailure({ url: server.base, secret: CANARY_SECRET, ca: caPem })
    expect(tls.details).toMatchObject({ kind: 'tls', causeCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' })
    const unauthorized = await startServer(echo(401))
    const error = await probeFailure({ url: unauthorized.base, secret: CANARY_SECRET, ca: [caPem] })
    expect(error.details).toMatchObject({ kind: 'unauthorized', status: 401 })
  })

  it('connection refused → unreachable', async () => {
    const server = await startServer(reply(200, emptyList))
    await new Promise<void>((resolve) => {
      servers.pop()?.close(() => resolve())
    })
    const error = await probeFailure({ url: server.base, secret: CANARY_SECRET })
    expect(error.details).toMatchObject({ kind: 'unreachable', reason: 'refused', causeCode: 'ECONNREFUSED' })
    expect(error.code).toBe('NETWORK_ERROR')
  })

  it('a server that never answers → unreachable after the timeout', async () => {
    const server = await startServer(() => undefined)
    const started = performance.now()
    const error = await probeFailure({ url: server.base, secret: CANARY_SECRET, timeoutMs: 300 })
    const took = performance.now() - started
    expect(error.details).toMatchObject({ kind: 'unreachable', reason: 'timeout' })
    expect(error.message).toContain('300 ms')
    expect(took).toBeGreaterThanOrEqual(250)
    expect(took).toBeLessThan(3000)
  })

  it('a body that never finishes → unreachable after the timeout too (both clients)', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/scim+json' })
      res.write('{"schemas":')
    })
    for (const ca of [undefined, caPem]) {
      const options = { url: server.base, secret: CANARY_SECRET, timeoutMs: 300 }
      const error = await probeFailure(ca === undefined ? options : { ...options, ca })
      expect(error.details).toMatchObject({ kind: 'unreachable', reason: 'timeout' })
    }
  })
})

function redirect(location: string): Handler {
  return (_req, res) => {
    res.writeHead(302, { location })
    res.end()
  }
}

describe('probeHelloIdScim with an injected fetch', () => {
  const throwing =
    (error: unknown): ScimProbeFetch =>
    async () => {
      throw error
    }

  it.each<[string, unknown, Record<string, unknown>]>([
    [
      'DNS failure',
      new TypeError('fetch failed', {
        cause: Object.assign(new Error('getaddrinfo'), { code: 'ENOTFOUND' }),
      }),
      { kind: 'unreachable', reason: 'dns' },
    ],
    [
      'happy-eyeballs refusal',
      new TypeError('fetch failed', {
        cause: new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]),
      }),
      { kind: 'unreachable', reason: 'refused' },
    ],
    [
      'reset',
      new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } }),
      { kind: 'unreachable', reason: 'reset' },
    ],
    [
      'unverifiable leaf',
      new TypeError('fetch failed', { cause: { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' } }),
      { kind: 'tls', causeCode: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' },
    ],
    [
      'CA not trusted',
      new TypeError('fetch failed', { cause: { code: 'SELF_SIGNED_CERT_IN_CHAIN' } }),
      { kind: 'tls', causeCode: 'SELF_SIGNED_CERT_IN_CHAIN' },
    ],
    [
      'an error quoting the Authorization header',
      new TypeError(`Headers.append: "Bearer ${CANARY_SECRET}" is an invalid header value.`),
      { kind: 'other', reason: 'exception' },
    ],
    ['a thrown string', `boom Bearer ${CANARY_SECRET}`, { kind: 'other', reason: 'exception' }],
  ])('%s', async (_label, thrown, details) => {
    const error = await probeFailure({
      url: 'https://acme.helloid.com/scim',
      secret: CANARY_SECRET,
      fetch: throwing(thrown),
    })
    expect(error.details).toMatchObject(details)
  })

  it('refuses unusable input without calling fetch or echoing the secret', async () => {
    let calls = 0
    const counting: ScimProbeFetch = async () => {
      calls += 1
      throw new Error('must not be called')
    }
    for (const [url, secret, field] of [
      ['https://acme.helloid.com/scim', `${CANARY_SECRET}\r\nX-Evil: 1`, 'secret'],
      ['https://acme.helloid.com/scim', '', 'secret'],
      ['http://acme.helloid.com/scim', CANARY_SECRET, 'url'],
      ['https://acme.helloid.com/scim?x=1', CANARY_SECRET, 'url'],
      ['https://acme.helloid.com/scim?', CANARY_SECRET, 'url'],
      ['not a url', CANARY_SECRET, 'url'],
    ] as const) {
      const error = await probeFailure({ url, secret, fetch: counting })
      expect(error.code).toBe('INVALID_INPUT')
      expect(error.details).toMatchObject({ field })
    }
    expect(calls).toBe(0)
  })

  it('gives every kind its own message', async () => {
    const statuses: [number, string][] = [
      [401, ''],
      [404, ''],
      [200, '<html>'],
      [500, ''],
      [418, ''],
    ]
    const messages = new Map<string, string>()
    for (const [status, body] of statuses) {
      const fake: ScimProbeFetch = async () => ({
        status,
        headers: { get: () => null },
        text: async () => body,
      })
      const error = await probeFailure({
        url: 'https://acme.helloid.com',
        secret: CANARY_SECRET,
        fetch: fake,
      })
      messages.set(String(error.details.kind), error.message)
    }
    messages.set(
      'tls',
      (
        await probeFailure({
          url: 'https://acme.helloid.com',
          secret: CANARY_SECRET,
          fetch: throwing(new TypeError('fetch failed', { cause: { code: 'CERT_HAS_EXPIRED' } })),
        })
      ).message,
    )
    messages.set(
      'unreachable',
      (
        await probeFailure({
          url: 'https://acme.helloid.com',
          secret: CANARY_SECRET,
          fetch: throwing(new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } })),
        })
      ).message,
    )
    expect([...messages.keys()].sort()).toEqual([...scimProbeKinds].sort())
    expect(new Set(messages.values()).size).toBe(scimProbeKinds.length)
  })
})

describe('classifyValidateCredentialsError', () => {
  const unavailable = 'SystemForCrossDomainIdentityManagementCredentialValidationUnavailable'
  const failure = 'SystemForCrossDomainIdentityManagementCredentialValidationFailure'

  it.each<[string, string, ScimProbeKind, Record<string, unknown>]>([
    [
      'cannot connect',
      `Error code: ${unavailable}. Details: We are not able to connect to your application while attempting to validate our authorization.`,
      'unreachable',
      { entraCode: unavailable, reason: 'unavailable' },
    ],
    [
      'HTTP/404',
      `${unavailable}: An HTTP/404 Not Found response was returned rather than the expected HTTP/200 OK response.`,
      'not-found',
      { status: 404, field: 'url' },
    ],
    [
      'credentials rejected',
      `${failure}: The credentials are not valid.`,
      'unauthorized',
      { entraCode: failure },
    ],
    [
      'HTTP/401',
      `${unavailable}: An HTTP/401 Unauthorized response was returned rather than the expected HTTP/200 OK response.`,
      'unauthorized',
      { status: 401, field: 'secret' },
    ],
    ['HTTP/403', 'The server answered HTTP/403 Forbidden', 'unauthorized', { status: 403 }],
    [
      'certificate',
      `${unavailable}: The remote certificate is invalid according to the validation procedure.`,
      'tls',
      { entraCode: unavailable },
    ],
    ['secure channel', 'Could not establish trust relationship for the SSL/TLS secure channel.', 'tls', {}],
    [
      'HTTP/500',
      `${unavailable}: An HTTP/500 Internal Server Error response was returned.`,
      'server',
      { status: 500 },
    ],
    ['HTTP 503 with a space', 'The target returned HTTP 503.', 'server', { status: 503 }],
    [
      'name not resolved',
      'The remote name could not be resolved: acme.helloid.com',
      'unreachable',
      { reason: 'dns' },
    ],
    ['timed out', `${unavailable}: The operation has timed out.`, 'unreachable', { reason: 'timeout' }],
    [
      'unexpected body',
      `${unavailable}: The response was not a valid SCIM ListResponse.`,
      'not-scim',
      { field: 'url' },
    ],
    ['only the code', unavailable, 'unreachable', { reason: 'unavailable' }],
    ['something else', 'CredentialsMissing: Please configure provisioning', 'other', { reason: 'entra' }],
    ['empty', '', 'other', {}],
  ])('%s → %s', (_label, text, kind, details) => {
    const error = classifyValidateCredentialsError(text)
    expect(error.details).toMatchObject({ kind, source: 'entra', ...details })
    expect(error.message.length).toBeGreaterThan(30)
  })

  it('uses the probe’s words for the same kind', async () => {
    const fake: ScimProbeFetch = async () => ({
      status: 404,
      headers: { get: () => null },
      text: async () => '',
    })
    const probe = await probeHelloIdScim({
      url: 'https://acme.helloid.com',
      secret: CANARY_SECRET,
      fetch: fake,
    })
    const entra = classifyValidateCredentialsError('An HTTP/404 Not Found response was returned')
    expect(!probe.ok && probe.error.message).toBe(entra.message)
  })

  it('maps unexplained Graph errors to GRAPH_ERROR and never copies the text', () => {
    const error = classifyValidateCredentialsError(`weird failure Bearer ${CANARY_SECRET}`)
    expect(error.code).toBe('GRAPH_ERROR')
    expectNoSecret(fail(error))
    expect(JSON.stringify(error)).not.toContain('weird failure')
  })
})
