import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { jobFixSchema, jobHealthStateSchema, setupStateSchema } from '../shared/contract'
import { engineActions, handlingKinds, phases } from '../shared/steps'
import { en } from '../shared/i18n/en'
import { stepStatuses } from '../renderer/src/store/step-status'

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : []
  })
}

function lookup(key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      en,
    )
}

describe('English text', () => {
  it('has every literal key the renderer asks for', () => {
    const missing: string[] = []
    let seen = 0
    for (const file of files('renderer/src')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) {
        const key = match[1] ?? ''
        seen++
        // A plural key is asked for by its stem (`count.users` → `count.users_one` / `_other`).
        const found = typeof lookup(key) === 'string' || typeof lookup(`${key}_other`) === 'string'
        if (!found) missing.push(`${file}: ${key}`)
      }
    }
    expect(missing).toEqual([])
    // The scan really reads the components (guards against a pattern that matches nothing).
    expect(seen).toBeGreaterThan(40)
  })

  it('has the keys the renderer builds from data', () => {
    for (const phase of phases) expect(typeof lookup(`phases.${phase}`), phase).toBe('string')
    for (const kind of handlingKinds) expect(typeof lookup(`handling.${kind}`), kind).toBe('string')
    for (const action of engineActions) expect(typeof lookup(`run.expected.${action}`), action).toBe('string')
    for (const status of stepStatuses) expect(typeof lookup(`stepStatus.${status}`), status).toBe('string')
    for (const phase of setupStateSchema.shape.phase.options) {
      expect(typeof lookup(`automation.phase.${phase}`), phase).toBe('string')
    }
    for (const health of jobHealthStateSchema.options) {
      if (health === 'completed' || health === 'waiting') continue
      expect(typeof lookup(`job.health.${health}`), health).toBe('string')
    }
    for (const fix of jobFixSchema.options) {
      for (const group of ['cause', 'fix', 'fixCli'])
        expect(typeof lookup(`job.${group}.${fix}`), `${group}.${fix}`).toBe('string')
    }
  })
})
