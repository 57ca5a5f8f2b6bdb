import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components'
import { useEffect, useState, type JSX, type ReactNode } from 'react'

import { useAppStore } from './store/root'

const DARK_QUERY = '(prefers-color-scheme: dark)'

/** Whether the operating system asks for dark colours, kept current when it changes. */
export function useSystemPrefersDark(): boolean {
  const [dark, setDark] = useState(() => globalThis.matchMedia?.(DARK_QUERY).matches ?? false)
  useEffect(() => {
    const query = globalThis.matchMedia?.(DARK_QUERY)
    if (!query) return
    const changed = (event: MediaQueryListEvent): void => setDark(event.matches)
    query.addEventListener('change', changed)
    return () => query.removeEventListener('change', changed)
  }, [])
  return dark
}

/** True when the page is shown dark: the person's choice, else the system's. */
export function useDarkMode(): boolean {
  const theme = useAppStore((s) => s.theme)
  const systemDark = useSystemPrefersDark()
  return theme === 'system' ? systemDark : theme === 'dark'
}

/** Fluent's light or dark theme for the whole page; the body follows so no white edge shows. */
export function ThemedProvider({ children }: { children: ReactNode }): JSX.Element {
  const dark = useDarkMode()
  useEffect(() => {
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light'
  }, [dark])
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      {children}
    </FluentProvider>
  )
}
