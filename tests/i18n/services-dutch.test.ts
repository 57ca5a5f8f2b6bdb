import { describe, expect, it } from 'vitest'

import { resolveClientId } from '../../electron/services/auth/client-id-resolver'
import { validateHelloIdSecret, validateHelloIdUrl } from '../../electron/services/helloid/input-validation'
import {
  classifyValidateCredentialsError,
  probeHelloIdScim,
  type ScimProbeFailureDetails,
  type ScimProbeResponse,
} from '../../electron/services/helloid/scim-probe'
import { parseOnDemandResponse } from '../../electron/services/setup/troubleshoot'
import type { Message } from '../../shared/contract'
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
})
