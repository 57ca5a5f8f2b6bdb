import { clouds } from '../../shared/clouds'

const EMAIL = /\b([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*(#EXT#)?@([A-Za-z0-9-])[A-Za-z0-9.-]*\.([A-Za-z]{2,})\b/g
const GUID =
  /\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-([0-9a-fA-F]{8})([0-9a-fA-F]{4})\b/g
// The same id written without dashes, as Entra writes the tenant's id inside a provisioning job's id
// (`<template>.<tenant id without dashes>.<guid>`).
const DASHLESS_GUID = /\b[0-9a-fA-F]{28}([0-9a-fA-F]{4})\b/g
// The host ends at a letter or digit: a sentence's full stop after it is not part of it.
const URL_PATTERN = /\b(https?:\/\/)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)(:\d+)?(\/[^\s)]*)?/g

/**
 * Masks what a customer would not want on a shared screen: e-mail addresses and UPNs, tenant and object
 * ids, and URLs (a HelloID host is named after the customer, and its path identifies the connection).
 * Enough is kept to recognise an item: the first letters of an address, the last four characters of an
 * id, the service a URL's host belongs to (see {@link maskHost}); a URL's path always goes.
 */
export function maskSensitive(text: string): string {
  return text
    .replace(
      URL_PATTERN,
      (_m, scheme: string, host: string, _port: string | undefined, path: string | undefined) =>
        `${scheme}${maskHost(host)}${path ? '/…' : ''}`,
    )
    .replace(
      EMAIL,
      (_m, first: string, _ext: string | undefined, domainFirst: string, tld: string) =>
        `${first}•••@${domainFirst}•••.${tld}`,
    )
    .replace(GUID, (_m, _mid: string, last: string) => `••••••••-…-${last}`)
    .replace(DASHLESS_GUID, (_m, last: string) => `••••…${last}`)
}

/** A person's display name on a shared screen: initials only ("Adele Vance" → "A••• V•••"). */
export function maskName(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${word.charAt(0)}•••`)
    .join(' ')
}

// A bare host name ("contoso.onmicrosoft.com"): labels of letters, digits and hyphens, a letter-only ending.
const BARE_HOST = /^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$/

/**
 * An identifier a service named (a tenant's domain, an id, an address, a name): what presentation mode keeps
 * of its shape, a bare host as {@link maskHost} keeps it, and anything else as initials.
 */
export function maskIdentifier(value: string): string {
  const masked = maskSensitive(value)
  if (masked !== value) return masked
  return BARE_HOST.test(value) ? maskHost(value) : maskName(value)
}

/**
 * Public hosts of Microsoft and HelloID that name no customer: shown as they are, so a sentence still says
 * where it points (a tenant in such a URL is in its path, which is masked).
 */
const publicHosts = new Set([
  ...Object.values(clouds).flatMap((cloud) =>
    [cloud.authorityHost, cloud.graphHost, cloud.portal].map((url) => new URL(url).hostname),
  ),
  'login.microsoft.com',
  'entra.microsoft.com',
  'learn.microsoft.com',
  'myapps.microsoft.com',
  'aka.ms',
  'helloid.com',
  'www.helloid.com',
  'docs.helloid.com',
])

/** Domains whose first label is the customer's own name (a HelloID portal, a tenant's initial domain). */
const customerNamedDomains = ['helloid.com', 'onmicrosoft.com', 'onmicrosoft.us', 'partner.onmschina.cn']

/**
 * A host on a shared screen. A public Microsoft or HelloID host stays as it is; a host named after the
 * customer keeps only the service it is under ("contoso.helloid.com" → "•••.helloid.com",
 * "contoso.eu.helloid.com" → "•••.eu.helloid.com"); any other host (the customer's own domain, an
 * address) keeps only its top-level domain ("iam.contoso.com" → "•••.com", "10.0.0.5" → "•••"). No letter
 * of the customer's label is kept: a first letter and a service together narrow a customer down.
 */
export function maskHost(host: string): string {
  const name = host.toLowerCase()
  if (publicHosts.has(name)) return name
  const domain = customerNamedDomains.find((d) => name.endsWith(`.${d}`))
  if (domain) {
    const labels = name.slice(0, -domain.length - 1).split('.')
    // Only a region ("eu") may stand between the customer's label and the service.
    const region = labels.length === 2 && /^[a-z]{2}$/.test(labels[1] ?? '') ? `${labels[1]}.` : ''
    return `•••.${region}${domain}`
  }
  const tld = /\.([a-z]{2,})$/.exec(name)?.[1]
  return tld ? `•••.${tld}` : '•••'
}

/**
 * Replaces the names the assistant knows it shows (the signed-in person, the customer's label, the groups
 * chosen, the user troubleshot) with their initials wherever they stand in a sentence; a pattern cannot
 * tell a name from other words, so only known names are masked. Longer names first ("HelloID Users"
 * before "HelloID").
 */
export function maskKnownNames(text: string, names: readonly string[]): string {
  return [...new Set(names.map((name) => name.trim()).filter((name) => name.length >= 2))]
    .sort((a, b) => b.length - a.length)
    .reduce((masked, name) => masked.split(name).join(maskName(name)), text)
}
