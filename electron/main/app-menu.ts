import type { MenuItemConstructorOptions } from 'electron'

import type { Language } from '../../shared/i18n/catalog'
import { msg, type MessageKey } from '../../shared/i18n/message'
import type { EventBus } from '../services/events'
import { wordsInLanguage } from '../services/language-words'

/**
 * The application menu in the page's language. Electron's default menu is English and offers Reload and the
 * developer tools; this one keeps only what a person needs from a menu: the clipboard (on macOS its shortcuts
 * work only through Edit menu items), zoom for a shared screen, full screen, and quitting. Every item keeps
 * its standard role, so the system's shortcuts and behaviour stay; only the words are ours.
 * https://www.electronjs.org/docs/latest/tutorial/application-menu
 */
export function applicationMenuTemplate(
  platform: NodeJS.Platform,
  language: Language,
): MenuItemConstructorOptions[] {
  const say = (key: MessageKey): string => wordsInLanguage(language, msg(key))
  const app = say('app.title')
  const named = (key: MessageKey): string => wordsInLanguage(language, msg(key, { app }))
  const separator: MenuItemConstructorOptions = { type: 'separator' }
  const isMac = platform === 'darwin'
  const edit: MenuItemConstructorOptions = {
    label: say('menu.edit'),
    submenu: [
      { role: 'undo', label: say('menu.undo') },
      { role: 'redo', label: say('menu.redo') },
      separator,
      { role: 'cut', label: say('menu.cut') },
      { role: 'copy', label: say('menu.copy') },
      { role: 'paste', label: say('menu.paste') },
      { role: 'selectAll', label: say('menu.selectAll') },
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: say('menu.view'),
    submenu: [
      { role: 'resetZoom', label: say('menu.resetZoom') },
      { role: 'zoomIn', label: say('menu.zoomIn') },
      { role: 'zoomOut', label: say('menu.zoomOut') },
      separator,
      { role: 'togglefullscreen', label: say('menu.fullScreen') },
    ],
  }
  if (isMac) {
    return [
      {
        // macOS shows the bundle's name as this menu's title whatever the label says.
        label: app,
        submenu: [
          { role: 'about', label: named('menu.about') },
          separator,
          { role: 'hide', label: named('menu.hide') },
          { role: 'hideOthers', label: say('menu.hideOthers') },
          { role: 'unhide', label: say('menu.showAll') },
          separator,
          { role: 'quit', label: named('menu.quitApp') },
        ],
      },
      edit,
      view,
      {
        label: say('menu.window'),
        submenu: [
          { role: 'minimize', label: say('menu.minimize') },
          { role: 'zoom', label: say('menu.zoomWindow') },
          separator,
          { role: 'front', label: say('menu.front') },
        ],
      },
    ]
  }
  return [
    { label: say('menu.file'), submenu: [{ role: 'quit', label: say('menu.quit') }] },
    edit,
    view,
    {
      label: say('menu.window'),
      submenu: [
        { role: 'minimize', label: say('menu.minimize') },
        { role: 'close', label: say('menu.close') },
      ],
    },
  ]
}

/**
 * Sets the application menu now, in `language` (the system's, until the page says), and again whenever the
 * page reports a language switch. Returns the unsubscribe function.
 */
export function keepApplicationMenuWorded(
  events: EventBus,
  setMenu: (template: MenuItemConstructorOptions[]) => void,
  platform: NodeJS.Platform,
  language: Language,
): () => void {
  let shown = language
  setMenu(applicationMenuTemplate(platform, shown))
  return events.subscribe((event) => {
    if (event.name !== 'languageChanged') return
    const next = (event.payload as { language: Language }).language
    if (next === shown) return
    shown = next
    setMenu(applicationMenuTemplate(platform, shown))
  })
}
