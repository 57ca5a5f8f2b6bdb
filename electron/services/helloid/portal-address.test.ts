import { describe, expect, it } from 'vitest'

import { isAllowedExternalUrl } from '../external-links'
import { validateHelloIdUrl } from './input-validation'
import { validateHelloIdPortal } from './portal-address'

describe('the HelloID portal address', () => {
  it('opens without a question exactly where the HelloID URL check asks none', () => {
    for (const url of [
      'https://contoso.helloid.com',
      'https://contoso.eu.helloid.com/scim/abc',
      'https://helloid.com',
      'https://xn--cntso-bua.helloid.com',
      'https://contoso.helloid.example',
      'https://helloid.com.evil.example',
    ]) {
      const checked = validateHelloIdUrl(url)
      const portal = validateHelloIdPortal(url)
      if (!checked.ok || !portal.ok) throw new Error(`${url} should pass the format check`)
      expect(portal.value.unrecognisedHost, url).toBe(checked.value.unrecognisedHost)
      expect(isAllowedExternalUrl(portal.value.url), url).toBe(checked.value.unrecognisedHost === null)
    }
  })

  it('keeps the portal, not the SCIM path someone pasted', () => {
    const portal = validateHelloIdPortal('https://contoso.helloid.com/scim/0123/')
    expect(portal.ok && portal.value.url).toBe('https://contoso.helloid.com/')
  })
})
