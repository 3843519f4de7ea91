import { DataSet } from 'vis-data/peer';
import {
  Timeline,
  type DataGroupCollectionType,
  type DataItemCollectionType,
  type TimelineOptions,
} from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import '../styles/timeline.css';
import '../styles/timeline-chrome.css';
import '../styles/timeline-bars.css';
import { AXIS_FORMAT, utcMoment } from './axis-format';
import { stackOrder, type buildGroup, type VisItem } from './item-factory';
import { installTypeColors } from './type-colors';

const YEAR_MS = 365.25 * 86_400_000;

/**
 * The vis-timeline instance with the app's options: UTC axis, lanes, zoom limits from ten
 * minutes to 250 years, and item stacking that keeps each lane's count-bar row on top.
 */
export function createTimeline(container: HTMLElement) {
  installTypeColors();
  const items = new DataSet<VisItem>();
  const groups = new DataSet<ReturnType<typeof buildGroup>>();
  const options: TimelineOptions = {
    height: '100%',
    zoomMin: 10 * 60_000,
    zoomMax: 250 * YEAR_MS,
    zoomKey: '',
    preferZoom: true,
    horizontalScroll: false,
    verticalScroll: true,
    stack: true,
    selectable: true,
    multiselect: true, // Ctrl/Cmd+click toggles, Shift+click adds the events between
    // Today's line: a reader sees at once which events lie ahead (planned) and which behind.
    showCurrentTime: true,
    orientation: { axis: 'top', item: 'top' },
    margin: { item: { horizontal: 6, vertical: 6 }, axis: 6 },
    groupOrder: 'order',
    order: stackOrder as unknown as TimelineOptions['order'],
    format: AXIS_FORMAT,
    moment: utcMoment,
    start: new Date(Date.UTC(1900, 0, 1)),
    end: new Date(Date.UTC(2030, 0, 1)),
  };
  // vis types item content as string; a DOM element is also accepted, and is the safe choice.
  const timeline = new Timeline(
    container,
    items as unknown as DataItemCollectionType,
    groups as unknown as DataGroupCollectionType,
    options,
  );
  container.tabIndex = 0;
  // The lane-label column scrolls with the lanes, so it must take focus (axe: scrollable regions
  // need keyboard access); reached by Shift+Tab from outside, it hands focus to the timeline,
  // which stays one Tab stop (selection-nav skips past everything inside it).
  const labels = container.querySelector<HTMLElement>('.vis-panel.vis-left');
  labels?.setAttribute('tabindex', '0');
  labels?.addEventListener('focus', (e) => {
    if (!(e.relatedTarget instanceof Node && container.contains(e.relatedTarget))) container.focus();
  });
  container.setAttribute('role', 'group');
  container.setAttribute('aria-roledescription', 'timeline');
  container.setAttribute(
    'aria-label',
    'Timeline. Arrows or N and P: next and previous event, Home and End: first and last, Enter: details, + and −: zoom, Shift+arrows: pan, Ctrl+0: fit all',
  );
  return { timeline, items, groups };
}
