import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { profileIdFor } from '../electron/services/auth/customer-sessions'
import { withoutCredentials } from '../electron/services/setup/plan'
import type { RunningSimulator } from '../simulator/index'
import { startTestSimulator } from '../tests/simulator/helpers'
import { runCliCaptured } from '../tests/support/cli'
import { englishIn } from '../tests/support/dutch'
import { cliLanguage, parseCliArgs, UsageError } from './args'
import { exitCodes } from './exit-codes'

const SECRET_LIKE = 'Zq8S3CR3Tpasted-by-mistake'

const cli = runCliCaptured

const usageMessage = (argv: string[]): string => {
  try {
    parseCliArgs(argv)
  } catch (error) {
    if (error instanceof UsageError) return error.message
    throw error
  }
  return ''
}

describe('command line: --tenant', () => {
  it.each([
    ['contoso', /no dot/],
    ['https://contoso.onmicrosoft.com', /web address/],
    ['admin@contoso.onmicrosoft.com', /account/],
    ['72f988bf-86f1-41af-91ab', /not a whole one/],
    ['contoso .com', /space/],
    ['contoso..com', /not a valid domain/],
  ])('refuses %j and says why', (tenant, why) => {
    const message = usageMessage(['preflight', '--tenant', tenant])
    expect(message).toMatch(/^--tenant: /)
    expect(message).toMatch(why)
  })

  it.each(['contoso.onmicrosoft.com', 'contoso.com', '72f988bf-86f1-41af-91ab-2d7cd011db47'])(
    'accepts %j',
    (t) => {
      expect(parseCliArgs(['preflight', '--tenant', t]).tenant).toBe(t)
    },
  )
})

describe('command line: a refused command line speaks the person’s language', () => {
  // No locale of the machine running the tests leaks in: each run names its own.
  const locale = (lang: string) => ({ LANG: lang, LC_ALL: '', LC_MESSAGES: '' })

  it('--language nl words the refusal in Dutch, even when it comes after the mistake', async () => {
    const run = await cli(['preflight', '--tenant', 'contoso', '--language', 'nl'], locale('C.UTF-8'))
    expect(run.code).toBe(exitCodes.usage)
    expect(run.stderr).toContain('--tenant: Er staat geen punt in, dus het is geen volledige domeinnaam.')
    expect(englishIn(run.stderr)).toEqual([])
    const unknownOption = await cli(['status', '--frobnicate', '--language=nl'], locale('C.UTF-8'))
    expect(unknownOption.stderr).toContain('Onbekende optie --frobnicate.')
  })

  it('--help speaks it too: every command and exit code, and no English left in the Dutch help', async () => {
    const dutch = await cli(['--help', '--language', 'nl'], locale('C.UTF-8'))
    expect(dutch.code).toBe(exitCodes.ok)
    expect(dutch.stdout).toMatch(/^Gebruik: helloid-entra-setup <opdracht> \[opties\]/)
    expect(dutch.stdout).toMatch(/^ {2}6 {2}de inrichtingstaak heeft aandacht nodig/m)
    expect(dutch.stdout).toMatch(/^ {2}app-registration /m)
    expect(englishIn(dutch.stdout)).toEqual([])
    const english = await cli(['-h'], locale('en_GB.UTF-8'))
    expect(english.stdout).toMatch(/^ {2}2 {2}bad command line$/m)
  })

  it('without --language, the terminal’s locale decides; an unknown --language is refused in it', async () => {
    const dutch = await cli(['frobnicate'], locale('nl_NL.UTF-8'))
    expect(dutch.code).toBe(exitCodes.usage)
    expect(dutch.stderr).toContain('Noem een opdracht: preflight,')
    const english = await cli(['status', '--language', 'fr'], locale('en_US.UTF-8'))
    expect(english.code).toBe(exitCodes.usage)
    expect(english.stderr).toContain('--language: choose from en, nl')
    expect(cliLanguage([], { LC_ALL: 'nl_BE.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('nl')
    expect(cliLanguage(['--language', 'en'], { LANG: 'nl_NL.UTF-8' })).toBe('en')
    expect(cliLanguage([], { LANG: 'nlx' })).toBe('en')
  })
})

describe('command line: nothing pasted is repeated', () => {
  it.each([
    [['apply', SECRET_LIKE]],
    [['apply', `-${SECRET_LIKE}`]],
    [['apply', `--${SECRET_LIKE}=x`]],
    [['apply', '--tenant', `-${SECRET_LIKE}`]],
    [['apply', '--json', `--scim-url=${SECRET_LIKE}`, '--yes', SECRET_LIKE]],
  ])('%j exits 2 without echoing the stray value', async (argv) => {
    const r = await cli(argv)
    expect(r.code).toBe(2)
    expect(r.stdout + r.stderr).not.toContain(SECRET_LIKE)
  })
})

describe('command line: a failure points at a log that exists', () => {
  let sim: RunningSimulator
  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 'cli-log' })
  })
  afterAll(() => sim.stop())

  it('prints the path of its log file, which holds the failure, redacted', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cli-log-'))
    const r = await cli([
      'preflight',
      '--simulator',
      sim.urls.graph,
      '--data-dir',
      dataDir,
      '--simulator-account',
      'personal',
    ])
    expect(r.code).toBe(3)
    const logPath = join(dataDir, 'logs', 'cli.log')
    expect(r.stderr).toContain(`Log: ${logPath}`)
    expect(existsSync(logPath)).toBe(true)
    expect(readFileSync(logPath, 'utf8')).toContain('PERSONAL_ACCOUNT')
    expect(r.stderr).not.toMatch(/in the log(?! at | file )/i)
  })

  it('never prints a password given inside the HelloID URL', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cli-log-'))
    process.env.HELLOID_TEST_SECRET_VAR = 'x'.repeat(40)
    try {
      const r = await cli([
        'plan',
        '--simulator',
        sim.urls.graph,
        '--data-dir',
        dataDir,
        '--json',
        '--scim-url',
        'https://admin:hunter2@contoso.helloid.com/scim/abc',
        '--secret-env',
        'HELLOID_TEST_SECRET_VAR',
      ])
      expect(r.code).toBe(1)
      expect(r.stdout).toContain('contoso.helloid.com')
      expect(r.stdout + r.stderr).not.toContain('hunter2')
    } finally {
      delete process.env.HELLOID_TEST_SECRET_VAR
    }
  })
})

describe('what the CLI shows and where it keeps things', () => {
  it('shows a URL without its user:password part', () => {
    expect(withoutCredentials('https://admin:hunter2@x.helloid.com/scim/a')).toBe(
      'https://x.helloid.com/scim/a',
    )
    expect(withoutCredentials('https://x.helloid.com/scim/a@b')).toBe('https://x.helloid.com/scim/a@b')
    expect(withoutCredentials('https://:p@x.helloid.com')).toBe('https://x.helloid.com')
  })

  it('gives different customers different profile ids, even without Latin letters', () => {
    const labels = [
      '営業部',
      '総務部',
      'Ελλάδα',
      'Россия',
      '🙂',
      '!!!',
      'Contoso Ltd',
      'Contoso_Ltd',
      'contoso-ltd',
    ]
    const ids = labels.map(profileIdFor)
    expect(new Set(ids).size).toBe(labels.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9_-]+$/)
    expect(profileIdFor('default')).toBe('default')
    expect(profileIdFor('  Contoso Ltd ')).toBe(profileIdFor('contoso ltd'))
  })
})
