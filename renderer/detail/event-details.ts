import { api } from '../api';
import { eventCountries } from '../../core/index/event-index';
import { formatEventDate } from '../../core/time/format-date';
import type { Article, TimelineEvent } from '../../core/file-format/model';
import { categoryInfo } from '../../core/file-format/categories';
import { el } from '../dom';
import { actions, type LoadedTimeline } from '../app-state';
import { countryName } from '../../core/index/country-name';
import { renderSource } from './source-excerpt';

/** The status words a reader needs: "planned" events had not happened when the article was written. */
export const STATUS_LABEL = { reported: 'Reported', planned: 'Planned (announced)' } as const;

const articleMaps = new WeakMap<LoadedTimeline, Map<string, Article>>();

/** Articles by id, built once per loaded file rather than on every selection. */
function articlesOf(doc: LoadedTimeline): Map<string, Article> {
  let map = articleMaps.get(doc);
  if (!map) articleMaps.set(doc, (map = new Map(doc.file.articles.map((a) => [a.id, a]))));
  return map;
}

function section(title: string, children: ReadonlyArray<Node>): HTMLElement {
  return el('section', { className: 'detail-section' }, [
    el('h3', { className: 'detail-heading', textContent: title }),
    ...children,
  ]);
}

function facts(event: TimelineEvent): HTMLElement {
  const rows: Array<[string, string]> = [['Date', formatEventDate(event)]];
  if (event.displayDate) rows.push(['As written', event.displayDate]);
  if (event.place) {
    const country = event.place.country ? countryName(event.place.country) : '';
    // A place that is the country itself is named once, not "Mongolia, Mongolia".
    const same = country.toLowerCase() === event.place.name.trim().toLowerCase();
    rows.push(['Place', country && !same ? `${event.place.name}, ${country}` : event.place.name]);
  }
  if (event.actors.length) rows.push(['Actors', event.actors.join(', ')]);
  const countries = eventCountries(event);
  if (countries.length) rows.push(['Countries', countries.map(countryName).join(', ')]);
  return el(
    'dl',
    { className: 'detail-facts' },
    rows.flatMap(([term, value]) => [el('dt', { textContent: term }), el('dd', { textContent: value })]),
  );
}

/** An event's links (imported text links, media): opened by main after the user confirms. */
function linkList(event: TimelineEvent): HTMLElement[] {
  if (!event.links?.length) return [];
  const items = event.links.map(({ url, label }) => {
    const button = el('button', {
      type: 'button',
      className: 'related-link',
      textContent: label ?? url,
      title: url,
    });
    button.addEventListener('click', () => void api.openExternal({ url }));
    return el('li', {}, [button]);
  });
  return [section(items.length === 1 ? 'Link' : 'Links', [el('ul', { className: 'detail-links' }, items)])];
}

function relatedList(event: TimelineEvent, doc: LoadedTimeline, onFollow: () => void): HTMLElement[] {
  const items = event.related.flatMap((id) => {
    const pos = doc.index.positionById.get(id);
    const other = pos === undefined ? undefined : doc.index.events[pos];
    if (!other) return [];
    const link = el('button', { type: 'button', className: 'related-link', textContent: other.title });
    link.addEventListener('click', () => {
      onFollow();
      actions.select(other.id);
    });
    return [
      el('li', {}, [link, el('span', { className: 'related-date', textContent: formatEventDate(other) })]),
    ];
  });
  return items.length ? [section('Related events', [el('ul', { className: 'related-list' }, items)])] : [];
}

/**
 * Everything known about one event, in reading order: what, when, where, who, then the
 * evidence (date reasoning and quoted sources) and where to go next (related events).
 */
export function renderEventDetails(
  event: TimelineEvent,
  doc: LoadedTimeline,
  onFollow: () => void,
): HTMLElement {
  const info = categoryInfo(event.type, doc.file.categories);
  const swatch = el('span', { className: 'type-swatch' });
  swatch.style.background = info.color;
  const articles = articlesOf(doc);
  const sources = event.sources.map((s) => renderSource(s, articles.get(s.article)));
  return el('article', { className: 'detail' }, [
    el('h2', { className: 'detail-title', tabIndex: -1, textContent: event.title }),
    el('p', { className: 'detail-meta' }, [
      el('span', { className: 'type-chip' }, [swatch, info.label]),
      el('span', {
        className: `status-chip status-${event.status}`,
        textContent: STATUS_LABEL[event.status],
      }),
    ]),
    facts(event),
    ...(event.summary ? [el('p', { className: 'detail-summary', textContent: event.summary })] : []),
    ...(event.dateNote
      ? [
          section('How the date was resolved', [
            el('p', { className: 'detail-note', textContent: event.dateNote }),
          ]),
        ]
      : []),
    ...(sources.length ? [section(sources.length === 1 ? 'Source' : 'Sources', sources)] : []),
    ...linkList(event),
    ...relatedList(event, doc, onFollow),
  ]);
}
