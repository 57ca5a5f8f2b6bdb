/** The image types a screenshot pack may hold: what every renderer shows and none can run code. */
export const packImageTypes = ['image/png', 'image/jpeg', 'image/webp'] as const
export type PackImageType = (typeof packImageTypes)[number]

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG = [0xff, 0xd8, 0xff]
const RIFF = [0x52, 0x49, 0x46, 0x46]
const WEBP = [0x57, 0x45, 0x42, 0x50]

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b)
}

/**
 * The image type from the file's first bytes, never from its name: a file called `.png` that holds SVG,
 * HTML or anything else is refused. Each format opens with a fixed signature: PNG with its eight-byte
 * signature, JPEG with the start-of-image marker FF D8 FF, WebP with "RIFF", a four-byte size, then "WEBP".
 */
export function sniffImageType(bytes: Uint8Array): PackImageType | null {
  if (startsWith(bytes, PNG)) return 'image/png'
  if (startsWith(bytes, JPEG)) return 'image/jpeg'
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'image/webp'
  return null
}
