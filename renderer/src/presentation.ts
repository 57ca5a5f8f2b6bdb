const EMAIL = /\b([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*(#EXT#)?@([A-Za-z0-9-])[A-Za-z0-9.-]*\.([A-Za-z]{2,})\b/g
const GUID =
  /\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-([0-9a-fA-F]{8})([0-9a-fA-F]{4})\b/g
const URL = /\b(https?:\/\/)([A-Za-z0-9.-]+)(:\d+)?(\/[^\s)]*)?/g

/**
 * Masks what a customer would not want on a shared screen: e-mail addresses and UPNs, tenant and object
 * ids, and URLs (a HelloID host is named after the customer, and its path identifies the connection).
 * Enough is kept to recognise an item: the first letters of an address, the last four characters of an
 * id, the first letter of a URL's host and the domain it belongs to.
 */
export function maskSensitive(text: string): string {
  return text
    .replace(
      URL,
      (_m, scheme: string, host: string, _port: string | undefined, path: string | undefined) =>
        `${scheme}${maskHost(host)}${path ? '/…' : ''}`,
    )
    .replace(
      EMAIL,
      (_m, first: string, _ext: string | undefined, domainFirst: string, tld: string) =>
        `${first}•••@${domainFirst}•••.${tld}`,
    )
    .replace(GUID, (_m, _mid: string, last: string) => `••••••••-…-${last}`)
}

/** A person's display name on a shared screen: initials only ("Adele Vance" → "A••• V•••"). */
export function maskName(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${word.charAt(0)}•••`)
    .join(' ')
}

/** "contoso.helloid.com" → "c•••.helloid.com": the customer's own label goes, the domain it is under stays. */
function maskHost(host: string): string {
  const [first = '', ...rest] = host.split('.')
  const masked = `${first.charAt(0)}•••`
  return rest.length >= 2 ? [masked, ...rest].join('.') : masked
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
