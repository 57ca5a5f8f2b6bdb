const EMAIL = /\b([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*(#EXT#)?@([A-Za-z0-9-])[A-Za-z0-9.-]*\.([A-Za-z]{2,})\b/g
const GUID =
  /\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-([0-9a-fA-F]{8})([0-9a-fA-F]{4})\b/g
const URL_PATH = /\b(https?:\/\/[^/\s]+)\/[^\s)]+/g

/**
 * Masks what a customer would not want on a shared screen: e-mail addresses and UPNs, tenant and object
 * ids, and the paths of URLs (the HelloID URL's path identifies the connection). Enough is kept to
 * recognise an item: the first letters of an address, the last four characters of an id, a URL's host.
 */
export function maskSensitive(text: string): string {
  return text
    .replace(URL_PATH, '$1/…')
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
