/*
 * The page's first script, kept tiny: the static shell in index.html paints first, then the wizard's
 * bundle loads and runs. Without this yield the bundle would run before the first paint and the window
 * would stay blank meanwhile. The timer covers a window that is still hidden, where animation frames
 * wait until it is shown.
 */
let started = false
const start = (): void => {
  if (started) return
  started = true
  void import('./main')
}
requestAnimationFrame(() => setTimeout(start, 0))
setTimeout(start, 100)
