import type { Linter } from 'eslint'

export interface Layer {
  path: string
  mayImport: string[]
  packages: string[] | 'node' | 'electron-glue' | 'any'
  builtins: boolean
  why: string
}

export declare const layers: Layer[]
export declare function layerOf(path: string): Layer | null
export declare const boundaries: Linter.Config[]
