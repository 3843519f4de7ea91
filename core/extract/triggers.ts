import type { EventType } from '../file-format/taxonomy';

/**
 * Words that report an event, mapped to the taxonomy. The taxonomy is small on purpose; kinds it
 * has no type for (disasters, sport, trials, company results) take the nearest type and keep
 * their kind as a tag, so nothing is lost and the legend stays readable.
 */

export interface Trigger {
  readonly type: EventType;
  /** Finer kind kept as a tag: "disaster", "sport", "trial", "economy", or undefined. */
  readonly kind?: string;
  /** Stem shared by the verb and its noun ("arrive", "arrival"), used to merge repeated mentions. */
  readonly family: string;
}

export interface FoundTrigger extends Trigger {
  readonly text: string;
  readonly index: number;
}

const RULES: readonly (readonly [RegExp, Trigger])[] = [
  [/\bfuneral|memorial service|buried|burial|lying in state\b/gi, { type: 'funeral', family: 'funeral' }],
  [
    /\b(?:died|dies|die|death|passed away|was killed|were killed|assassinated|assassination)\b/gi,
    { type: 'death', family: 'death' },
  ],
  [/\bsummits?\b/gi, { type: 'summit', family: 'summit' }],
  [
    /\b(?:foreign|defen[cs]e|finance|trade|energy|health) ministers\b|\bministerial\b/gi,
    { type: 'ministerial-meeting', family: 'ministerial' },
  ],
  [/\b(?:arrive[sd]?|arriving|arrival)\b/gi, { type: 'visit', family: 'arrive' }],
  [
    /\b(?:visit(?:s|ed|ing)?|trip|tour|travel(?:s|led|ling)?|heads? to|headed to|stopover|state visit|landed|flew to|returns? home|returned)\b/gi,
    { type: 'visit', family: 'visit' },
  ],
  [
    /\b(?:talks|negotiations|met|meets?|meeting|meetings|sit-down|conference call)\b/gi,
    { type: 'bilateral-talks', family: 'meet' },
  ],
  [
    /\b(?:parade|test-fired|test-fires|test-fire|missile|missiles|unveil(?:ed|s|ing)?|drills|military exercises|air ?strikes?|offensive|invaded|invasion|attack(?:ed|s)?|shelling|troops (?:entered|crossed)|coup)\b/gi,
    { type: 'military', family: 'military' },
  ],
  [
    /\b(?:agreed|agreement|signed|signing|signs?|treaty|deal|accord|ceasefire|truce|pact|ratified|ratify|arrangement|merger|acquisition|acquire[sd]?)\b/gi,
    { type: 'agreement', family: 'agree' },
  ],
  [
    /\b(?:elections?|elected|re-elected|vote[sd]?|voting|polls|referendum|ballot|sworn in|inaugurat\w*|took office|take office|runoff|primary|first round|second round|turnout|by-election|campaign(?:ing)?)\b/gi,
    { type: 'election', family: 'election' },
  ],
  [
    /\b(?:resign(?:ed|s|ation)?|stepped down|steps? down|sacked|fired|appointed|named as|ban(?:ned|s)?|sanctions?|tariffs?|law|legislation|bill|decree|policy|imposed|lifted|expelled|motion|approved|passed|adopted|enacted|vetoed|repealed|withdrew|withdrawal|pulled out|nominated|named|declared a state of emergency|state of emergency)\b/gi,
    { type: 'policy', family: 'policy' },
  ],
  [
    /\b(?:trial|verdict|sentenced|sentencing|convicted|acquitted|charged|indicted|ruled|ruling|court|jury|hearing|appeal|arrested|arrest|pleaded|guilty|lawsuit|sued)\b/gi,
    { type: 'policy', kind: 'trial', family: 'trial' },
  ],
  [
    /\b(?:earthquake|quake|floods?|flooding|hurricane|typhoon|cyclone|storm|wildfires?|blaze|eruption|erupted|tsunami|landslide|drought|heatwave|explosion|blast|crash(?:ed)?|derailed|collapsed|struck)\b/gi,
    { type: 'statement', kind: 'disaster', family: 'disaster' },
  ],
  [
    /\b(?:strike|strikes|walkout|protests?|demonstrations?|rally|rallies|boycott)\b/gi,
    { type: 'statement', kind: 'protest', family: 'protest' },
  ],
  [
    /\b(?:final|semi-final|victory parade|semifinal|match|championship|cup|tournament|marathon|race|won|beat|defeated|title|olympics|world cup|grand prix|festival|concert|ceremony)\b/gi,
    { type: 'statement', kind: 'sport', family: 'contest' },
  ],
  [
    /\b(?:results|profits?|revenue|earnings|quarterly|shares|stock|dividend|ipo|layoffs|job cuts|bankruptcy|forecast|jobs|trade fair|fair|expo|exhibition|launch(?:ed|es)?|recall)\b/gi,
    { type: 'statement', kind: 'economy', family: 'economy' },
  ],
  [
    /\b(?:colonization|colonisation|colonial|occupation|presidency|reign|era|regime|rule|war|administration)\b/gi,
    { type: 'era', family: 'era' },
  ],
  [
    /\b(?:said|says|saying|announced|announces|announcement|statement|told|briefing|speech|press conference|warned|urged|declared|confirmed|denied|reported|op-ed|opinion piece|wrote|interview|addressed|unveiled|debate|debated)\b/gi,
    { type: 'statement', family: 'say' },
  ],
];

/** Every event word in `sentence` outside `skip` spans (quotations), in reading order. */
export function findTriggers(sentence: string, skip: readonly [number, number][] = []): FoundTrigger[] {
  const found: FoundTrigger[] = [];
  for (const [pattern, trigger] of RULES) {
    for (const m of sentence.matchAll(pattern)) {
      const [from, to] = [m.index, m.index + m[0].length];
      if (skip.some(([a, b]) => from >= a && to <= b)) continue;
      if (found.some((f) => from < f.index + f.text.length && to > f.index)) continue;
      found.push({ ...trigger, text: m[0], index: from });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
