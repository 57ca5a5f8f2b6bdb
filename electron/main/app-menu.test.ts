import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'

import { languageCodes } from '../../shared/i18n/catalog'
import { createEventBus } from '../services/events'
import { applicationMenuTemplate, keepApplicationMenuWorded } from './app-menu'

/** Every item of a menu template, submenus included, depth first. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])
}

const platforms = ['darwin', 'win32', 'linux'] as const

describe('the application menu', () => {
  it.each(platforms.flatMap((p) => languageCodes.map((l) => [p, l] as const)))(
    'words every item itself on %s in %s (none falls back to Electron’s English)',
    (platform, language) => {
      const all = items(applicationMenuTemplate(platform, language))
      const unworded = all.filter((item) => item.type !== 'separator' && !item.label?.trim())
      expect(unworded).toEqual([])
      expect(all.filter((item) => item.label?.includes('{{'))).toEqual([])
    },
  )

  it.each(platforms)('says everything in Dutch on a Dutch page (%s)', (platform) => {
    const english = items(applicationMenuTemplate(platform, 'en')).filter((i) => i.type !== 'separator')
    const dutch = items(applicationMenuTemplate(platform, 'nl')).filter((i) => i.type !== 'separator')
    expect(dutch.map((i) => i.role)).toEqual(english.map((i) => i.role))
    const same = dutch.filter((item, index) => item.label === english[index]?.label)
    expect(same.map((i) => i.label)).toEqual([])
    expect(dutch.map((i) => i.label)).toContain('Kopiëren')
  })

  it.each(platforms)(
    'keeps the clipboard and zoom roles, and offers no reload or developer tools (%s)',
    (platform) => {
      const roles = items(applicationMenuTemplate(platform, 'en')).map((i) => i.role)
      expect(roles).toEqual(
        expect.arrayContaining([
          'undo',
          'redo',
          'cut',
          'copy',
          'paste',
          'selectAll',
          'zoomIn',
          'zoomOut',
          'quit',
        ]),
      )
      for (const risky of ['reload', 'forceReload', 'toggleDevTools'] as const)
        expect(roles).not.toContain(risky)
    },
  )

  it('names the app in the macOS app menu, in the page’s language', () => {
    const [appMenu] = applicationMenuTemplate('darwin', 'nl')
    const labels = items(appMenu ? [appMenu] : []).map((i) => i.label)
    expect(labels).toContain('Over HelloID Entra-assistent')
    expect(labels).toContain('HelloID Entra-assistent afsluiten')
  })
})

describe('keeping the menu in the page’s language', () => {
  it('sets it at once, again on each switch, not for a repeat, and stops when unsubscribed', () => {
    const bus = createEventBus()
    const set: string[] = []
    const topLabels = (template: MenuItemConstructorOptions[]): void => {
      set.push(template.map((menu) => menu.label).join(' '))
    }
    const stop = keepApplicationMenuWorded(bus, topLabels, 'win32', 'en')
    const english = 'File Edit View Window'
    const dutch = 'Bestand Bewerken Beeld Venster'
    expect(set).toEqual([english])
    bus.publish('languageChanged', { language: 'nl' })
    bus.publish('languageChanged', { language: 'nl' })
    expect(set).toEqual([english, dutch])
    bus.publish('languageChanged', { language: 'en' })
    expect(set).toEqual([english, dutch, english])
    stop()
    bus.publish('languageChanged', { language: 'nl' })
    expect(set).toHaveLength(3)
  })
})
