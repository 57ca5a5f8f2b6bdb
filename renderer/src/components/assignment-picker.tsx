import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components'
import { useEffect, useRef, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import type { DirectoryHit, DirectorySearchResult, SetupState } from '../../../shared/contract'
import { useAppStoreShallow } from '../store/root'
import { DialogCloseButton, DialogFrame } from './dialog-frame'
import { Sensitive, SensitiveName } from './sensitive'
import { StatusSpinner } from './status-spinner'

/** One user or group the person picked, with what the picker shows and warns about. */
export interface PickedPrincipal {
  kind: 'user' | 'group'
  /** What apply looks up: a user's UPN (or id when it has none), a group's object id. */
  ref: string
  displayName: string
  userPrincipalName: string | null
  mail: string | null
  memberUsers: number | null
  memberGroups: number | null
}

type Licence = DirectorySearchResult['groupLicence']

/** A warning the picker shows for a user or group. */
export type PickWarning =
  | { kind: 'nestedGroups'; count: number }
  | { kind: 'noLicence' }
  | { kind: 'licenceUnknown' }
  | { kind: 'noMail' }

/** Waits this long after the last keystroke before searching, so typing a name costs one search. */
export const SEARCH_DELAY_MS = 300
/**
 * Searches start from this many characters: Entra has no documented minimum, but one letter matches a
 * large part of a tenant and costs a round trip per keystroke; the suggestions stay until then.
 */
export const MIN_SEARCH = 2

/**
 * What the person should know before assigning this principal:
 * - a group holding groups: Entra provisions only the direct members of an assigned group ("can't read
 *   or provision users in nested groups",
 *   https://learn.microsoft.com/en-us/entra/identity/app-provisioning/how-provisioning-works#assignment-based-scoping);
 * - a group without Entra ID P1/P2, which group assignment needs
 *   (https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/assign-user-or-group-access-portal);
 * - a user without `mail`: HelloID's default mapping sends `mail` as the work e-mail, so it arrives empty.
 */
export function warningsFor(pick: Omit<PickedPrincipal, 'ref'>, licence: Licence): PickWarning[] {
  if (pick.kind === 'user') return pick.mail ? [] : [{ kind: 'noMail' }]
  const warnings: PickWarning[] = []
  if (licence === 'no') warnings.push({ kind: 'noLicence' })
  if (licence === 'unknown') warnings.push({ kind: 'licenceUnknown' })
  if (pick.memberGroups !== null && pick.memberGroups > 0)
    warnings.push({ kind: 'nestedGroups', count: pick.memberGroups })
  return warnings
}

/** The principal a search hit stands for; users by UPN, groups by object id (names may repeat). */
export function pickOf(hit: DirectoryHit): PickedPrincipal {
  return {
    kind: hit.kind,
    ref: hit.kind === 'user' ? (hit.userPrincipalName ?? hit.id) : hit.id,
    displayName: hit.displayName,
    userPrincipalName: hit.userPrincipalName,
    mail: hit.mail,
    memberUsers: hit.memberUsers,
    memberGroups: hit.memberGroups,
  }
}

/** What the picker searches for to suggest groups before anything is typed. */
export const SUGGESTED_GROUP_TEXT = 'HelloID'

/**
 * The likely picks before anything is typed: groups named for HelloID (the usual way to scope
 * provisioning), then the signed-in account itself (a first test with one's own account).
 */
export function suggestionsFrom(
  groupHits: readonly DirectoryHit[],
  accountHits: readonly DirectoryHit[],
  username: string | null,
): DirectoryHit[] {
  const groups = groupHits.filter(
    (hit) =>
      hit.kind === 'group' && hit.displayName.toLowerCase().includes(SUGGESTED_GROUP_TEXT.toLowerCase()),
  )
  const wanted = username?.toLowerCase() ?? null
  const account = accountHits.find(
    (hit) => hit.kind === 'user' && wanted !== null && hit.userPrincipalName?.toLowerCase() === wanted,
  )
  return account ? [...groups, account] : groups
}

/**
 * The suggestions that fit what is typed so far, shown while the search for it runs, so the list does not
 * empty and refill at the second letter: a word of the name, or the user name, starts with the text.
 */
export function suggestionsMatching(suggested: readonly DirectoryHit[], typed: string): DirectoryHit[] {
  const wanted = typed.trim().toLowerCase()
  if (wanted === '') return [...suggested]
  return suggested.filter(
    (hit) =>
      hit.displayName.toLowerCase().startsWith(wanted) ||
      hit.displayName
        .toLowerCase()
        .split(/\s+/)
        .some((word) => word.startsWith(wanted)) ||
      (hit.userPrincipalName?.toLowerCase().startsWith(wanted) ?? false),
  )
}

/** The group licence as the checks found it, before any search said so. */
function licenceFromChecks(setup: SetupState | null): Licence {
  const check = setup?.checks.find((c) => c.id === 'licence')
  if (!check) return 'unknown'
  if (check.status === 'pass') return 'yes'
  return setup?.hasPremium === false ? 'no' : 'unknown'
}

const useStyles = makeStyles({
  picker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  who: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '12rem' },
  warnings: { flexBasis: '100%', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // A result of the text typed before, until the search for the new text answers: greyed (still readable,
  // 4.5:1 and more) in a dashed frame, its Add disabled.
  stale: {
    color: tokens.colorNeutralForeground3,
    borderTopStyle: 'dashed',
    borderRightStyle: 'dashed',
    borderBottomStyle: 'dashed',
    borderLeftStyle: 'dashed',
  },
})

/** The id of the words that say why results on screen cannot be added yet (the Add buttons point at them). */
export const STALE_REASON_ID = 'assignment-stale-reason'

/** A principal's name and, under it, a user's user name or a group's member count. */
function Who({ pick }: { pick: Omit<PickedPrincipal, 'ref'> }): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  return (
    <span className={styles.who}>
      <Text weight="semibold">
        <SensitiveName name={pick.displayName} />
      </Text>
      <Text size={200}>
        {pick.kind === 'user' ? (
          <Sensitive text={pick.userPrincipalName ?? ''} />
        ) : pick.memberUsers === null ? (
          t('picker.group')
        ) : (
          t('picker.members', { count: pick.memberUsers })
        )}
      </Text>
    </span>
  )
}

/** What the person should know before assigning this principal (nothing when all is well). */
function PickWarnings({
  pick,
  licence,
}: {
  pick: Omit<PickedPrincipal, 'ref'>
  licence: Licence
}): JSX.Element | null {
  const styles = useStyles()
  const { t } = useTranslation()
  const warnings = warningsFor(pick, licence)
  if (warnings.length === 0) return null
  return (
    <span className={styles.warnings}>
      {warnings.map((w) => (
        <Text key={w.kind} size={200} data-warning={w.kind}>
          ⚠{' '}
          {w.kind === 'nestedGroups'
            ? t('picker.warn.nestedGroups', { count: w.count })
            : w.kind === 'noLicence'
              ? t('picker.warn.noLicence')
              : w.kind === 'licenceUnknown'
                ? t('picker.warn.licenceUnknown')
                : t('picker.warn.noMail')}
        </Text>
      ))}
    </span>
  )
}

/** The picker's two lists of principals to add: what the search found, and the suggestions. */
const hitLists = {
  results: {
    id: 'assignment-results',
    label: 'picker.results',
    item: 'assignment-hit',
    add: 'assignment-add',
  },
  suggestions: {
    id: 'assignment-suggestions',
    label: 'picker.suggested',
    item: 'assignment-suggestion',
    add: 'assignment-suggest-add',
  },
} as const

/**
 * Search results or suggestions, each with Add. Stale results (found for what was typed before) cannot be
 * added: the list is about to change under the pointer of someone who clicks fast, and the one they meant
 * may not be among the new results. Their Add stays focusable, says why (STALE_REASON_ID) and adds nothing.
 */
export function HitList({
  which,
  list,
  stale = false,
  disabled,
  isPicked,
  onAdd,
  licence,
}: {
  which: keyof typeof hitLists
  list: readonly DirectoryHit[]
  stale?: boolean
  disabled: boolean
  isPicked: (hit: DirectoryHit) => boolean
  onAdd: (hit: DirectoryHit) => void
  licence: Licence
}): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const { id, label, item, add } = hitLists[which]
  return (
    <ul
      className={styles.list}
      id={id}
      aria-label={t(label)}
      aria-busy={stale || undefined}
      data-testid={id}
      data-stale={stale || undefined}
    >
      {list.map((hit, index) => (
        <li
          key={`${hit.kind}-${hit.id}`}
          className={mergeClasses(styles.item, stale && styles.stale)}
          data-testid={item}
          data-kind={hit.kind}
        >
          <Badge appearance="outline">{hit.kind === 'user' ? t('picker.user') : t('picker.group')}</Badge>
          <Who pick={hit} />
          <Button
            size="small"
            disabled={disabled || isPicked(hit)}
            disabledFocusable={stale && !disabled && !isPicked(hit)}
            aria-describedby={stale ? STALE_REASON_ID : undefined}
            onClick={() => onAdd(hit)}
            data-testid={`${add}-${index}`}
          >
            {isPicked(hit) ? t('picker.added') : t('picker.add')}
          </Button>
          <PickWarnings pick={hit} licence={licence} />
        </li>
      ))}
    </ul>
  )
}

/**
 * The picker's live status line: reading the suggestions, searching (and, while results of the previous text
 * are on screen, that they are), no suggestions, no results, or why the search failed.
 */
export function SearchStatus({
  typing,
  suggestionsRead,
  noSuggestions,
  state,
  stale,
  noResults,
  problem,
}: {
  /** Enough is typed to search. */
  typing: boolean
  suggestionsRead: boolean
  noSuggestions: boolean
  state: SearchState
  /** Results of the text typed before are on screen. */
  stale: boolean
  noResults: boolean
  problem: string
}): JSX.Element {
  const { t } = useTranslation()
  return (
    <div aria-live="polite" data-testid="assignment-status">
      {!typing && !suggestionsRead && (
        <StatusSpinner label={t('picker.suggestionsLoading')} testId="assignment-suggestions-loading" />
      )}
      {!typing && suggestionsRead && noSuggestions && (
        <Text size={200} data-testid="assignment-no-suggestions">
          {t('picker.noSuggestions')}
        </Text>
      )}
      {state === 'searching' && (
        <StatusSpinner
          label={stale ? t('picker.searchingStale') : t('picker.searching')}
          labelId={stale ? STALE_REASON_ID : undefined}
          testId="assignment-searching"
        />
      )}
      {state === 'done' && noResults && (
        <MessageBar intent="info" data-testid="assignment-no-results">
          <MessageBarBody>
            <MessageBarTitle>{t('picker.noResultsTitle')}</MessageBarTitle>
            {t('picker.noResults')}
          </MessageBarBody>
        </MessageBar>
      )}
      {state === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('picker.failed')} <Sensitive text={problem} />
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  )
}

type SearchState = 'idle' | 'searching' | 'done' | 'failed'

/**
 * Finds users and groups as the person types (Graph `$search`, debounced) and keeps the chosen ones:
 * member counts for groups, and a warning for a group with nested groups, for groups without Entra ID
 * P1/P2 and for users without an e-mail address. Names and addresses are masked in presentation mode.
 */
export function AssignmentPicker({
  value,
  onChange,
  disabled = false,
}: {
  value: PickedPrincipal[]
  onChange: (next: PickedPrincipal[]) => void
  disabled?: boolean
}): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const { api, presentation, setup, username } = useAppStoreShallow((s) => ({
    api: s.api,
    presentation: s.presentation,
    setup: s.setup,
    username: s.session?.account?.username ?? null,
  }))
  const [suggested, setSuggested] = useState<DirectoryHit[]>([])
  // The suggestions take a few Graph round trips (seconds on a real tenant): the page says it is reading them.
  const [suggestionsRead, setSuggestionsRead] = useState(false)
  const [text, setText] = useState('')
  // The results on screen and the text they were found for.
  const [found, setFound] = useState<{ hits: DirectoryHit[]; text: string }>({ hits: [], text: '' })
  const hits = found.hits
  const [searchedLicence, setLicence] = useState<Licence | null>(null)
  const licence = searchedLicence ?? licenceFromChecks(setup)
  const [state, setState] = useState<SearchState>('idle')
  const [problem, setProblem] = useState('')
  // Only the newest search may show its answer; an older one can come back later.
  const latest = useRef(0)
  const typed = text.trim()
  const searching = typed.length >= MIN_SEARCH
  const stale = hits.length > 0 && found.text !== typed

  useEffect(() => {
    const wanted = text.trim()
    const ticket = ++latest.current
    if (wanted.length < MIN_SEARCH) {
      setFound({ hits: [], text: '' })
      setState('idle')
      return undefined
    }
    // The last answer stays on screen (greyed, and not addable) until this one replaces it, so the list never
    // blinks empty.
    setState('searching')
    const timer = setTimeout(() => {
      void api.searchDirectory({ text: wanted }).then((result) => {
        if (ticket !== latest.current) return
        if (result.ok) {
          setFound({ hits: result.value.hits, text: wanted })
          setLicence(result.value.groupLicence)
          setState('done')
        } else {
          setFound({ hits: [], text: '' })
          setProblem(result.error.message)
          setState('failed')
        }
      })
    }, SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [api, text])

  // Read once when the picker opens: a common case then needs no typing. Read-only, like a search.
  useEffect(() => {
    let current = true
    setSuggestionsRead(false)
    void Promise.all([
      api.searchDirectory({ text: SUGGESTED_GROUP_TEXT }),
      username ? api.searchDirectory({ text: username }) : Promise.resolve(null),
    ]).then(([groups, account]) => {
      if (!current) return
      setSuggested(
        suggestionsFrom(groups.ok ? groups.value.hits : [], account?.ok ? account.value.hits : [], username),
      )
      setSuggestionsRead(true)
      if (groups.ok) setLicence((known) => known ?? groups.value.groupLicence)
    })
    return () => {
      current = false
    }
  }, [api, username])

  const isPicked = (hit: DirectoryHit): boolean =>
    value.some((p) => p.kind === hit.kind && p.ref === pickOf(hit).ref)
  const listProps = {
    disabled,
    licence,
    isPicked,
    onAdd: (hit: DirectoryHit) => onChange([...value, pickOf(hit)]),
  }

  // While the first search for the typed text runs, the suggestions that fit it stay in its place.
  const stillSuggested = searching ? suggestionsMatching(suggested, typed) : suggested
  const showSuggestions =
    stillSuggested.length > 0 && (!searching || (hits.length === 0 && state === 'searching'))

  return (
    <div className={styles.picker} data-testid="assignment-picker">
      <Field label={t('picker.label')} hint={t('picker.hint')}>
        {/* On a shared screen the typed name is hidden like a password. */}
        <Input
          value={text}
          type={presentation ? 'password' : 'search'}
          autoComplete="off"
          disabled={disabled}
          onChange={(_, d) => setText(d.value)}
          data-testid="assignment-search"
          // Points at the results only while they are on the page (axe: aria-controls must name an element).
          aria-controls={hits.length > 0 ? 'assignment-results' : undefined}
        />
      </Field>
      <SearchStatus
        typing={searching}
        suggestionsRead={suggestionsRead}
        noSuggestions={suggested.length === 0}
        state={state}
        stale={stale}
        noResults={hits.length === 0}
        problem={problem}
      />
      {searching && hits.length > 0 && <HitList {...listProps} which="results" list={hits} stale={stale} />}
      {showSuggestions && (
        <>
          <Text weight="semibold">{t('picker.suggested')}</Text>
          <HitList {...listProps} which="suggestions" list={stillSuggested} />
        </>
      )}
      <Text weight="semibold">{t('picker.chosen', { count: value.length })}</Text>
      {value.length === 0 ? (
        <MessageBar intent="warning" data-testid="assignment-none">
          <MessageBarBody>
            <MessageBarTitle>{t('picker.noneTitle')}</MessageBarTitle>
            {t('picker.none')}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <ul className={styles.list} data-testid="assignment-picked">
          {value.map((pick, index) => (
            <li key={`${pick.kind}-${pick.ref}`} className={styles.item} data-kind={pick.kind}>
              <Badge appearance="filled">{pick.kind === 'user' ? t('picker.user') : t('picker.group')}</Badge>
              <Who pick={pick} />
              <Button
                size="small"
                appearance="subtle"
                disabled={disabled}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
                data-testid={`assignment-remove-${index}`}
              >
                {t('picker.remove')}
              </Button>
              <PickWarnings pick={pick} licence={licence} />
            </li>
          ))}
        </ul>
      )}
      <NobodyAssignedQuestion />
    </div>
  )
}

/**
 * Asked when "Make these changes" is pressed with nobody chosen: nothing would reach HelloID, so the
 * person says so on purpose (a rerun for a new secret, or assigning later in Entra) or goes back to choose.
 * Going back is the focused answer, so Enter never applies by accident.
 */
function NobodyAssignedQuestion(): JSX.Element | null {
  const { t } = useTranslation()
  const { asked, applySetup, dismiss } = useAppStoreShallow((s) => ({
    asked: s.applyConfirmation === 'nobody-assigned',
    applySetup: s.applySetup,
    dismiss: s.dismissApplyConfirmation,
  }))
  return (
    <DialogFrame
      open={asked}
      onOpenChange={(open) => {
        if (!open) dismiss()
      }}
      modalType="alert"
      title={t('picker.nobody.title')}
      testId="nobody-assigned"
      actions={
        <>
          <DialogCloseButton appearance="primary" autoFocus testId="nobody-assigned-back">
            {t('picker.nobody.back')}
          </DialogCloseButton>
          <DialogCloseButton
            onClick={() => void applySetup({ nobodyAssignedConfirmed: true })}
            testId="nobody-assigned-apply"
          >
            {t('picker.nobody.apply')}
          </DialogCloseButton>
        </>
      }
    >
      <Text as="p">{t('picker.nobody.body')}</Text>
      <Text as="p">{t('picker.nobody.later')}</Text>
    </DialogFrame>
  )
}
