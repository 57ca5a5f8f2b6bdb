/* The English catalog cut in two at build time (scripts/build/split-catalog.ts). */

declare module 'virtual:english/first-screen' {
  export const english: { readonly [section: string]: unknown }
}

declare module 'virtual:english/later' {
  export const english: { readonly [section: string]: unknown }
}
