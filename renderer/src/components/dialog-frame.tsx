import { Button, type ButtonProps } from '@fluentui/react-components'
import {
  cloneElement,
  createContext,
  lazy,
  Suspense,
  useContext,
  useLayoutEffect,
  useState,
  type JSX,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react'

import type { DialogSurfaceFrame } from './dialog-surface'
import { LoadBoundary } from './load-boundary'

/*
 * Fluent's dialog (its surface, motion, portal and focus trap) is a sizeable script that no screen needs
 * until a dialog opens, so it loads with the first one opened (or when the page preloads the later
 * screens): the trigger is a plain button here, and the dialog itself lives in dialog-surface.tsx.
 */
let loadedSurface: typeof DialogSurfaceFrame | null = null
let loadingSurface: Promise<typeof DialogSurfaceFrame> | null = null

/** Loads the dialog's script once (again after a failure). */
export function loadDialogSurface(): Promise<typeof DialogSurfaceFrame> {
  return (loadingSurface ??= import('./dialog-surface').then(
    (module) => (loadedSurface = module.DialogSurfaceFrame),
    (error: unknown) => {
      loadingSurface = null
      throw error
    },
  ))
}

const LazySurface = lazy(async () => ({ default: await loadDialogSurface() }))

/** Closes the enclosing {@link DialogFrame}; what {@link DialogCloseButton} calls. */
const CloseDialog = createContext<() => void>(() => undefined)

/**
 * The assistant's dialog: a trigger that opens it (or `open` from the caller), a title, the content, and the
 * buttons at the foot. `testId` names the surface (`<testId>-dialog`); `alert` dialogs close only through
 * their buttons.
 */
export function DialogFrame(props: {
  trigger?: JSX.Element
  /** Set to open and close the dialog from outside (then `onOpenChange` hears Escape and the close buttons). */
  open?: boolean
  onOpenChange?: (open: boolean) => void
  title: string
  children: ReactNode
  actions: ReactNode
  testId: string
  modalType?: 'modal' | 'alert'
  surfaceClassName?: string
}): JSX.Element {
  const [ownOpen, setOwnOpen] = useState(false)
  const open = props.open ?? ownOpen
  // Once opened it stays mounted, so closing plays Fluent's exit motion like any Fluent dialog.
  const [wanted, setWanted] = useState(open)
  if (open && !wanted) setWanted(true)
  // Focus goes back where it was when the dialog opened (the trigger, usually), as DialogTrigger arranges
  // through Fluent's focus manager, which now loads with the dialog. A layout effect, so the opener is
  // read before the dialog's own effect moves focus into it.
  useLayoutEffect(() => {
    if (!open) return
    const opener = document.activeElement
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [open])
  const setOpen = (next: boolean): void => {
    setOwnOpen(next)
    props.onOpenChange?.(next)
  }
  // The trigger opens the dialog after its own click handler, unless that handler prevented it.
  const own = props.trigger as ReactElement<{ onClick?: (event: MouseEvent) => void }> | undefined
  const trigger =
    own &&
    cloneElement(own, {
      onClick: (event: MouseEvent) => {
        own.props.onClick?.(event)
        if (!event.defaultPrevented) setOpen(true)
      },
    })
  const surface = {
    open,
    onOpenChange: setOpen,
    title: props.title,
    actions: props.actions,
    testId: props.testId,
    modalType: props.modalType ?? 'modal',
    surfaceClassName: props.surfaceClassName,
    children: props.children,
  }
  const Loaded = loadedSurface
  return (
    <>
      {trigger}
      {wanted && (
        <CloseDialog.Provider value={() => setOpen(false)}>
          {Loaded ? (
            <Loaded {...surface} />
          ) : (
            // The dialog's script did not load (files replaced under a running app): say so, offer Reload.
            <LoadBoundary>
              <Suspense fallback={null}>
                <LazySurface {...surface} />
              </Suspense>
            </LoadBoundary>
          )}
        </CloseDialog.Provider>
      )}
    </>
  )
}

/** A button at the foot of a {@link DialogFrame} that closes it (after its own `onClick`, if any). */
export function DialogCloseButton(props: ButtonProps & { testId: string }): JSX.Element {
  const { testId, onClick, ...button } = props
  const close = useContext(CloseDialog)
  return (
    <Button
      {...button}
      data-testid={testId}
      onClick={(event: MouseEvent<HTMLElement>) => {
        ;(onClick as ((event: MouseEvent<HTMLElement>) => void) | undefined)?.(event)
        if (!event.defaultPrevented) close()
      }}
    />
  )
}
