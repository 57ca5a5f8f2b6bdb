/** What the HelloID stand-in has received: users, groups and the current connection secret. */
export type ScimResource = Record<string, unknown> & { id: string }

export class ScimStore {
  /** HelloID customer slug, part of the SCIM base path (wrong path = 404). */
  readonly slug: string
  /** Connection id in the base path; "New Secret" mints a new one, invalidating the old URL. */
  connectionId: string
  /** Bearer secret; null until someone presses "New Secret". */
  secret: string | null = null
  readonly users = new Map<string, ScimResource>()
  readonly groups = new Map<string, ScimResource>()

  constructor(slug: string, connectionId: string) {
    this.slug = slug
    this.connectionId = connectionId
  }

  basePath(): string {
    return `/scim/${this.slug}/${this.connectionId}`
  }
}
