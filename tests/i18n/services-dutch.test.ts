import { describe, expect, it } from 'vitest'

import { dispatchOperation } from '../../electron/hosts/dispatch'
import type { HandlerTable } from '../../electron/hosts/handler-table'
import { resolveClientId } from '../../electron/services/auth/client-id-resolver'
import { GraphApi, graphAnswerWords } from '../../electron/services/graph/graph-api'
import { validateHelloIdSecret, validateHelloIdUrl } from '../../electron/services/helloid/input-validation'
import {
  classifyValidateCredentialsError,
  probeHelloIdScim,
  type ScimProbeFailureDetails,
  type ScimProbeResponse,
} from '../../electron/services/helloid/scim-probe'
import { parseOnDemandResponse } from '../../electron/services/setup/troubleshoot'
import { silentLogger } from '../../electron/services/log/logger'
import { addCustomerInputSchema, signInInputSchema, type Message } from '../../shared/contract'
import { errorParts, issueWords, msg, wordsIn } from '../../shared/i18n/message'
import { nl } from '../../shared/i18n/nl'
import { maskName, maskSensitive } from '../../renderer/src/presentation'
import {
  provisioningActionWords,
  provisioningResultWords,
  provisioningStepTypeWords,
} from '../../shared/provisioning-words'
import type { AppError } from '../../shared/result'
import { englishIn, inDutch } from '../support/dutch'

/** What the screen shows for a failed connection check: what went wrong, then the next step. */
function connectionWords(error: AppError): Message[] {
  const details = error.details as ScimProbeFailureDetails | undefined
  expect(error.words, 'the error carries catalog words').toBeDefined()
  expect(details?.fixWords, 'the fix is catalog words').toBeDefined()
  return [error.words, details?.fixWords].filter((m): m is Message => m !== undefined)
}

function expectDutchOnly(messages: Message[]): void {
  for (const message of messages) {
    const dutch = inDutch(message)
    // A key Dutch lacks comes back as the key itself.
    expect(dutch, message.code).not.toBe(message.code)
    expect(englishIn(dutch), dutch).toEqual([])
  }
}

const answer = (status: number, body = ''): ScimProbeResponse => ({
  status,
  headers: { get: () => null },
  text: async () => body,
})

describe('services worded in Dutch: no English catalog text on the screen', () => {
  it('a troubleshoot finding (the user is not assigned, Default Access, up to date)', () => {
    const skipped = (reason: string) =>
      parseOnDemandResponse({
        key: JSON.stringify({
          result: 'Skipped',
          details: { errorCode: 'NotEffectivelyEntitled', errorMessage: reason },
        }),
        value: '{}',
      }).explanation
    const notAssigned = skipped('1) This object is not assigned to the application.')
    expect(notAssigned).toEqual({ code: 'troubleshoot.explain.notAssigned' })
    expect(inDutch(notAssigned)).toMatch(/^De gebruiker is niet aan HelloID toegewezen/)
    expectDutchOnly([
      notAssigned,
      skipped('1) This object does not have required entitlement for provisioning.'),
      parseOnDemandResponse({
        key: JSON.stringify({ result: 'Skipped', details: { errorCode: 'RedundantExport' } }),
      }).explanation,
    ])
  })

  it('a Test Connection result: Entra refused the secret, and Entra could not reach HelloID', () => {
    const refused = classifyValidateCredentialsError(
      'SystemForCrossDomainIdentityManagementCredentialValidationFailure: The remote server returned an error: (401) Unauthorized.',
    )
    expect(refused.words).toEqual({ code: 'probe.what.unauthorized' })
    expect(inDutch(refused.words as Message)).toBe('HelloID weigerde de Secret.')
    expectDutchOnly(connectionWords(refused))
    expectDutchOnly(
      connectionWords(
        classifyValidateCredentialsError(
          'SystemForCrossDomainIdentityManagementCredentialValidationUnavailable: could not connect.',
        ),
      ),
    )
  })

  it('the HelloID probe from this computer: 401, 404, a web page, a timeout', async () => {
    for (const [response, words] of [
      [answer(401), 'probe.what.unauthorized401'],
      [answer(404), 'probe.what.notFound'],
      [answer(200, '<!doctype html><html></html>'), 'probe.what.webPage'],
    ] as const) {
      const result = await probeHelloIdScim({
        url: 'https://contoso.helloid.com/scim',
        secret: 'a'.repeat(32),
        fetch: async () => response,
      })
      if (result.ok) throw new Error('the probe should fail')
      expect(result.error.words).toEqual({ code: words })
      expectDutchOnly(connectionWords(result.error))
    }
    const slow = await probeHelloIdScim({
      url: 'https://contoso.helloid.com/scim',
      secret: 'a'.repeat(32),
      timeoutMs: 20,
      fetch: (_url, init) =>
        new Promise((_resolve, reject) =>
          init.signal.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    })
    if (slow.ok) throw new Error('the probe should time out')
    expect(inDutch(slow.error.words as Message)).toBe('HelloID antwoordde niet binnen 20 ms.')
  })

  it('input validation: refused values and hints, in Dutch', () => {
    const refusals = [
      validateHelloIdUrl('http://contoso.helloid.com/scim'),
      validateHelloIdUrl('https://contoso.helloid.com/scim?x=1'),
      validateHelloIdUrl('https://contoso.helloid.com/\u200Bscim'),
      validateHelloIdSecret('Bearer abcdefghijklmnopqrstuvwxyz'),
      validateHelloIdSecret('short'),
      validateHelloIdSecret('abcdefgh\u200Bijklmnopqrstuvwxyz'),
    ]
    const words = refusals.map((r) => (r.ok ? undefined : r.error.words))
    expect(words.every(Boolean)).toBe(true)
    expectDutchOnly(words as Message[])
    const hinted = validateHelloIdUrl('https://contoso.example.com:8443/scim/Users')
    if (!hinted.ok) throw new Error('a URL outside helloid.com is allowed, with hints')
    expect(hinted.value.warnings).toHaveLength(3)
    expectDutchOnly(hinted.value.warnings)
    // The host is an identifier: marked so presentation mode masks it.
    expect(hinted.value.warnings[0]?.params).toEqual({ host: { id: 'contoso.example.com' } })
  })

  it('a client id that cannot be used, and a deployment file that cannot be used', () => {
    const fromEnvironment = resolveClientId({
      environment: 'contoso-app',
      deploymentFile: { kind: 'absent' },
    })
    const fromFile = resolveClientId({
      deploymentFile: { kind: 'invalid', path: 'C:\\Apps\\helloid-setup.config.json', problem: 'not-json' },
    })
    const words = [fromEnvironment, fromFile].map((r) => (r.ok ? undefined : r.error.words))
    expect(words[0]?.params).toEqual({ value: { id: 'contoso-app' } })
    expectDutchOnly(words as Message[])
  })

  it('a Graph error: the sentence is Dutch, Graph’s own text rides along marked', async () => {
    const graph = new GraphApi({
      graphBaseUrl: 'https://graph.microsoft.com',
      tokens: async () => ({ ok: true, value: { accessToken: 'x.y.z', tenantId: 't' } }),
      customerTenantId: () => null,
      log: silentLogger,
    })
    // A link to another host is refused before any request.
    const refused = await graph.get('https://evil.example/v1.0/users')
    if (refused.ok) throw new Error('refused')
    expectDutchOnly([errorParts(refused.error).what])
    const answered = graphAnswerWords({
      status: 403,
      graphCode: 'Authorization_RequestDenied',
      graphMessage: 'Insufficient privileges to complete the operation.',
    })
    expect(answered.params?.text).toEqual({ text: 'Insufficient privileges to complete the operation.' })
    expect(inDutch(answered)).toBe(
      'Microsoft Graph antwoordde 403 Authorization_RequestDenied: “Insufficient privileges to complete the operation.”',
    )
    expectDutchOnly([
      graphAnswerWords({ status: 404, graphCode: null, graphMessage: null }),
      graphAnswerWords({ status: 500, graphCode: null, graphMessage: null }, 'problems.graph.lookup'),
      graphAnswerWords(null),
      msg('problems.graph.timeout', { count: 30 }),
    ])
  })

  it('a bad input: the contract’s refusals are catalog words, a request’s refusal names the field', async () => {
    const signIn = signInInputSchema.safeParse({
      customerLabel: ' ',
      tenant: 'not a domain',
      cloudId: 'global',
      method: 'browser',
      scopeSet: 'read',
    })
    if (signIn.success) throw new Error('refused')
    const signInWords = signIn.error.issues.map((issue) => issueWords(issue))
    // The customer's name is optional at sign-in (the tenant's own name is used); adding a customer needs one.
    expect(signInWords.map((w) => w.code).sort()).toEqual(['problems.input.tenant'])
    const customer = addCustomerInputSchema.safeParse({ name: '', cloudId: 'global', tenant: 'x' })
    if (customer.success) throw new Error('refused')
    expectDutchOnly([...signInWords, ...customer.error.issues.map((issue) => issueWords(issue))])

    const table = {} as HandlerTable
    const email = await dispatchOperation(
      table,
      'planSetup',
      { assignments: [], mappings: [], notificationEmail: 'two@a.com three@b.com' },
      silentLogger,
    )
    if (email.ok) throw new Error('refused')
    expect(email.error.words).toEqual({ code: 'problems.input.email' })
    const tooLong = await dispatchOperation(table, 'signIn', { customerLabel: 'x'.repeat(200) }, silentLogger)
    for (const refusal of [email, tooLong]) {
      if (refusal.ok) throw new Error('refused')
      expect(refusal.error.code).toBe('INVALID_INPUT')
      expect(refusal.error.words, 'the refusal has catalog words').toBeDefined()
      expectDutchOnly([errorParts(refusal.error).what, errorParts(refusal.error).action])
    }
  })

  it('a troubleshoot run: Entra’s documented values in Dutch, an undocumented one as Entra’s own text', () => {
    const documented = [
      ...['success', 'warning', 'failure', 'skipped', 'Skipped', 'Failure', 'Success'].map(
        provisioningResultWords,
      ),
      ...['create', 'update', 'delete', 'disable', 'stagedDelete', 'other'].map(provisioningActionWords),
      ...['import', 'scoping', 'matching', 'processing', 'referenceResolution', 'export', 'Import'].map(
        provisioningStepTypeWords,
      ),
    ]
    expect(documented.every((m) => m.code !== 'troubleshoot.entraValue')).toBe(true)
    expectDutchOnly(documented)
    expect(inDutch(provisioningResultWords('Skipped'))).toBe('Overgeslagen')
    expect(inDutch(provisioningActionWords('create'))).toBe('Maken')
    // A value Microsoft adds later is shown as Entra gave it, marked so presentation mode masks it.
    expect(provisioningResultWords('unknownFutureValue')).toEqual({
      code: 'troubleshoot.entraValue',
      params: { text: { text: 'unknownFutureValue' } },
    })
    expect(inDutch(msg('troubleshoot.logs', { count: 1 }))).toBe(
      '1 inrichtingslogboekvermelding voor deze gebruiker.',
    )
    expect(inDutch(msg('troubleshoot.logs', { count: 3 }))).toBe(
      '3 inrichtingslogboekvermeldingen voor deze gebruiker.',
    )
  })

  it('the report’s and the sign-in’s refusals: sign in first, a cloud without provisioning', () => {
    expectDutchOnly([
      msg('problems.report.signInFirst'),
      msg('problems.input.cloud', { cloud: 'US Government (L5, DoD)' }),
    ])
  })

  it('presentation mode: Graph’s own text and the ids around it are marked, so the shared screen masks them', () => {
    const mask = { id: maskSensitive, name: maskName, text: maskSensitive }
    const said = graphAnswerWords({
      status: 403,
      graphCode: 'Authorization_RequestDenied',
      graphMessage: 'adele@contoso.com may not change 8f1b2c3d-1111-2222-3333-444455556666.',
    })
    const shown = wordsIn(nl, said, mask)
    expect(shown).toMatch(/^Microsoft Graph antwoordde 403 Authorization_RequestDenied: “/)
    expect(shown).not.toContain('adele@contoso.com')
    expect(shown).not.toContain('8f1b2c3d')
    const unknown = wordsIn(nl, provisioningResultWords('skipped for adele@contoso.com'), mask)
    expect(unknown).not.toContain('adele@contoso.com')
  })
})
