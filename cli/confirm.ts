import { createInterface } from 'node:readline/promises'

/** Asks yes/no on a terminal; without a terminal the answer is no (scripts must pass --yes). */
export async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false
  const rl = createInterface({ input: process.stdin, output: process.stderr })
  try {
    const answer = await rl.question(`${question} [y/N] `)
    // "j"/"ja" too: the question may be asked in Dutch.
    return /^(y(es)?|ja?)$/i.test(answer.trim())
  } finally {
    rl.close()
  }
}
