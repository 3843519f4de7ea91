/**
 * The event-type taxonomy: small on purpose, so a legend stays readable and colours stay
 * distinguishable. Colours are picked to be readable on both the light and the dark theme.
 */
export const EVENT_TYPES = [
  'summit',
  'visit',
  'ministerial-meeting',
  'bilateral-talks',
  'funeral',
  'death',
  'military',
  'agreement',
  'statement',
  'election',
  'policy',
  'era',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export interface EventTypeInfo {
  readonly label: string;
  readonly color: string;
  readonly description: string;
}

export const TAXONOMY: Readonly<Record<EventType, EventTypeInfo>> = {
  summit: { label: 'Summit', color: '#2563eb', description: 'Meeting of heads of state or government.' },
  visit: { label: 'Visit or trip', color: '#0891b2', description: 'A journey or official visit.' },
  'ministerial-meeting': {
    label: 'Ministerial meeting',
    color: '#7c3aed',
    description: 'Meeting of ministers, e.g. foreign ministers of a bloc.',
  },
  'bilateral-talks': {
    label: 'Bilateral talks',
    color: '#c026d3',
    description: 'Talks between two countries, including 2+2 formats.',
  },
  funeral: { label: 'Funeral', color: '#64748b', description: 'State funeral or memorial.' },
  death: { label: 'Death', color: '#78716c', description: 'Death of a person.' },
  military: {
    label: 'Military parade or weapons unveiling',
    color: '#dc2626',
    description: 'Parades, weapons tests and unveilings, deployments.',
  },
  agreement: { label: 'Agreement', color: '#16a34a', description: 'Treaty, deal or arrangement.' },
  statement: {
    label: 'Statement or briefing',
    color: '#d97706',
    description: 'Public statement, op-ed, press briefing or speech.',
  },
  election: {
    label: 'Election or inauguration',
    color: '#0d9488',
    description: 'Elections and taking office.',
  },
  policy: {
    label: 'Policy or sanction',
    color: '#9333ea',
    description: 'Policy moves, bans, sanctions, disputes.',
  },
  era: { label: 'Era or period', color: '#a16207', description: 'A long period, e.g. a colonial era.' },
};

/** Guards untrusted strings (file data, saved settings) before they are used as a type key. */
export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}
