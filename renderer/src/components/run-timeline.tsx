import { makeStyles, ProgressBar, Spinner, Text, tokens } from '@fluentui/react-components'
import { useEffect, useRef, useState, type JSX, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'

import type { SetupState } from '../../../shared/contract'
import type { EngineAction } from '../../../shared/steps'
import { stepLabel } from '../step-label'
import { useAppStore } from '../store/root'
import type { StepStatus } from '../store/step-status'
import { StepStatusIcon } from './step-status-icon'
import { Words } from './words'

const useStyles = makeStyles({
  waiting: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
  },
  item: { display: 'grid', gridTemplateColumns: '20px 1fr auto', gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground3 },
})

type Progress = SetupState['progress'][number]

const statusOf = (p: Progress): StepStatus =>
  p.status === 'failed' ? 'failed' : p.status === 'running' || p.status === 'waiting' ? 'running' : 'done'

/** "42 s" or "3 min 05 s": how long something has taken, in plain words. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  if (seconds < 60) return `${seconds} s`
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`
}

/**
 * How long an action took, or has taken so far: from the host's own times when it reports them, else from
 * when this page first saw it (a host that predates the times).
 */
export function progressElapsed(p: Progress, now: number, seenAt?: number): number | null {
  const start = p.startedAt ? Date.parse(p.startedAt) : seenAt
  if (start === undefined || Number.isNaN(start)) return null
  const end = p.endedAt ? Date.parse(p.endedAt) : now
  return end - start
}

/** Remembers when the page first saw each action, for reports that carry no times. */
function useFirstSeen(progress: readonly Progress[]): Map<EngineAction, number> {
  const seen = useRef(new Map<EngineAction, number>())
  if (progress.length === 0) seen.current.clear()
  for (const p of progress) if (!seen.current.has(p.id)) seen.current.set(p.id, Date.now())
  return seen.current
}

/** A clock that ticks every second while `active`, so elapsed times stay live. */
export function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [active])
  return active ? now : Date.now()
}

/**
 * Apply sits at the foot of a long form that folds away once the run starts, which would leave the window
 * scrolled past the run; so when a run starts on this screen, bring the timeline into view. A finished run
 * met again later stays where the person scrolled.
 */
function useScrollIntoViewWhenStarted(started: boolean): RefObject<HTMLElement | null> {
  const ref = useRef<HTMLElement | null>(null)
  const wasStarted = useRef(started)
  useEffect(() => {
    if (started && !wasStarted.current) {
      const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
      ref.current?.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' })
    }
    wasStarted.current = started
  }, [started])
  return ref
}

/**
 * The run as it happens: each step the engine works on, ticked when Graph confirmed it, what was done in
 * plain words and how long it took; while something runs, a panel says what Entra is doing, for how long
 * so far, and how long that usually takes.
 */
export function RunTimeline(): JSX.Element | null {
  const styles = useStyles()
  const { t } = useTranslation()
  const setup = useAppStore((s) => s.setup)
  const progress = setup?.progress ?? []
  const firstSeen = useFirstSeen(progress)
  const running = progress.find((p) => statusOf(p) === 'running')
  const now = useNow(running !== undefined)
  const sectionRef = useScrollIntoViewWhenStarted(progress.length > 0)
  if (progress.length === 0) return null
  const job = setup?.job ?? null
  const elapsedOf = (p: Progress): string => {
    const ms = progressElapsed(p, now, firstSeen.get(p.id))
    return ms === null ? '' : formatElapsed(ms)
  }

  return (
    <section ref={sectionRef} aria-label={t('run.heading')} data-testid="run-timeline">
      {running && (
        <div className={styles.waiting} role="status" data-testid="run-waiting">
          <Spinner
            size="tiny"
            labelPosition="after"
            label={t('run.working', { step: stepLabel(t, running.step), elapsed: elapsedOf(running) })}
          />
          <Text>
            <Words message={running.message} />
          </Text>
          <Text className={styles.meta} data-testid="run-expected">
            {t(`run.expected.${running.id}`)}
          </Text>
          {running.id === 'initial-cycle' && job && (
            <>
              {job.progress && job.progress.total > 0 && (
                <ProgressBar value={job.progress.completed} max={job.progress.total} />
              )}
              <Text data-testid="run-counts">
                {t('run.counts', {
                  users: t('count.users', { count: job.counts.users }),
                  groups: t('count.groups', { count: job.counts.groups }),
                })}
              </Text>
            </>
          )}
        </div>
      )}
      <ol className={styles.list} data-testid="progress">
        {progress.map((p) => (
          <li key={p.id} className={styles.item} data-status={p.status} data-step={p.step}>
            <StepStatusIcon status={statusOf(p)} />
            <Text>
              <Text weight="semibold">{stepLabel(t, p.step)}</Text> <Text>{t(`steps.${p.step}.title`)}</Text>
              {' — '}
              <Words message={p.message} />
            </Text>
            <Text className={styles.meta}>{elapsedOf(p)}</Text>
          </li>
        ))}
      </ol>
    </section>
  )
}
