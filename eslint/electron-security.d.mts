import type { Linter } from 'eslint'

export declare const securePreferences: Record<string, boolean>
export declare const electronSecurity: Linter.Config[]
