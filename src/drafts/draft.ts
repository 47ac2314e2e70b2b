/**
 * A draft of what an article adds to the knowledge base: its quotations and reported
 * speech with their speakers, the actors and issues it mentions (linked to the known ones,
 * new ones proposed), its date expressions resolved, PLOVER types where the wording
 * supports one, and where it disagrees with what is known. Nothing is written: every
 * `record` is a body the write API takes as it is, its evidence the exact spans of the
 * article (with offsets), for an analyst to review and commit (`POST /batch`).
 *
 * compromise finds sentences and people's names, chrono-node date expressions
 * (drafts/dates.ts); the knowledge base's names, aliases, surnames and initials link what
 * is known (drafts/knowledge.ts). Nothing reaches the network.
 */
import nlp from 'compromise';
import type { Connection } from '../db/client.js';
import { type DateValue, dateBounds } from '../domain/dates.js';
import { findQuotations } from '../domain/quotations.js';
import type { PloverType, Stance } from '../domain/vocabulary.js';
import { slugify } from '../writes/service.js';
import { type FoundDate, type Reference, findDates } from './dates.js';
import { type Knowledge, type Mention, fold, loadKnowledge } from './knowledge.js';

type Json = Record<string, unknown>;
interface Span {
  source_id: string;
  exact: string;
  start: number;
  end: number;
}

export interface Draft {
  source_id: string;
  actors: { match: string | null; record: Json | null; aliases?: { name: string; evidence: Span[] }[]; confidence: number }[];
  issues: { match: string | null; record: Json | null; confidence: number }[];
  statements: { record: Json; confidence: number }[];
  dates: { record: Json; confidence: number }[];
  proposals: { match: string | null; record: Json | null; confidence: number }[];
  conflicts: { record: Json; confidence: number }[];
}

/** The longest span and the most spans a record may cite, as the write API takes them. */
const MAX_SPAN = 20_000;
const MAX_SPANS = 100;
/** The longest stretch of text compromise reads at once (its cost grows faster than the text). */
const CHUNK = 3000;
const SPEECH = /\b(said|says|say|told|tells|warned|warns|stressed|insisted|insists|added|adds|noted|urged|urges|called on|argued|acknowledged|acknowledges|reiterated|repeated|announced|declared|vowed|threatened|proposed|offered|rejected|dismissed|demanded|agreed|expressed|believes|hoped|hopes|complained|accused|criticized|suggested|explained|admitted|confirmed|denied|predicted|replied|responded|asked|described|welcomed|praised|according to)\b/i;
const SPEECH_ALL = new RegExp(SPEECH.source, 'gi');
const PRONOUN = /\b(he|she|He|She)\b/;
/** A title printed right before a name: capitalized words, "of" and "for" between them ("Secretary of State"). */
const TITLE_BEFORE = /((?:[A-Z][\w.]*\s+(?:(?:of|for|the)\s+)*){1,6})$/;
/** Words that make a title (ranks and forms of address do not). */
const TITLE_WORDS = /^(Minister|Secretary|President|Premier|Chancellor|Ambassador|Spokesman|Spokeswoman|Director|Chairman|Chief|Head|Envoy|Adviser|Advisor|Commissioner|Governor|Senator|Speaker)$/;
/** Other words titles are made of ("Deputy Foreign Minister", "Assistant Secretary of State"). */
const TITLE_PARTS = /^(Foreign|Defense|Defence|Deputy|State|Prime|Vice|Assistant|Under|Interior|Finance|Trade|Justice|Energy|Security|National|General|Affairs|European|Eurasian|Senior|First|Acting|Executive|Press|Prosecutor|Attorney)$/;
/** Words before a title that say whose it is, not what it is. */
const ADJECTIVES = /^(U\.S\.|US|American|Russian|British|French|German|Iranian|Chinese|NATO|EU|Then|Former|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|of|for|the)$/;
/** What follows a name that is the subject of its clause: a verb, perhaps after an apposition. */
const SUBJECT_AFTER = /^\s*(?:,[^,]{0,80},\s*)?(?:has |had |also |then |later )?(?:said|says|told|tells|warned|added|replied|dismissed|insisted|stressed|urged|called|argued|met|spoke|rejected|agreed|expressed|announced|[a-z]+ed)\b/;
/** Verbs a speaker may follow ("said Rice"); after the others a name is whom they spoke to ("told NATO ambassadors"). */
const INVERTS = /^(said|says|added|adds|replied|responded|noted|explained|insisted|continued|stressed|according to)$/i;
/** Titles printed before a name, left out of the name itself ("Lieutenant General Henry Obering"). */
const TITLES = /^(?:(?:Mr|Mrs|Ms|Dr|Lt|Lieutenant|Gen|General|Col|Colonel|Maj|Major|Adm|Admiral|Deputy|Assistant|Vice|Foreign|Defense|Defence|Prime|Minister|Secretary|President|Chancellor|Ambassador|Spokesman|Spokeswoman|Correspondent|Senator|Sen|Rep|Representative|Chairman|Director|Commander)\.?\s+)+/;

/** PLOVER event types by the speech verb. */
const PLOVER_VERBS: [PloverType, RegExp][] = [
  ['THREATEN', /^(warn|threaten)/i],
  ['REQUEST', /^(urge|demand|call|ask)/i],
  ['REJECT', /^(reject|denie|refuse|dismiss)/i],
  ['AGREE', /^agree/i],
  ['ACCUSE', /^(accuse|criticiz|complain)/i],
  ['CONCEDE', /^(acknowledg|admit)/i],
  ['COOPERATE', /^(offer|propose|suggest)/i],
];
/** PLOVER event types by the words of what was said, the first that matches winning. */
const PLOVER_WORDS: [PloverType, RegExp][] = [
  ['THREATEN', /\b(threaten(s|ed|ing)?|ultimatum|retaliat\w*|neutraliz\w*|abandon|withdraw|pull out)\b/i],
  ['REQUEST', /\b(urg(e|es|ed|ing)|demand(s|ed)?|call(s|ed)? (on|for)|ask(s|ed)?|appeal(s|ed)?|press(es|ed)? for|insist(s|ed)? that)\b/i],
  ['REJECT', /\b(reject(s|ed)?|refus(e|es|ed)|dismiss(es|ed)?|(will|would|could|does|did|do|can) not (accept|agree|support|freeze|budge|change|allow)|will not|won't|wouldn't|did not budge|not (be )?needed|does not have|inadequate|oppos(e|es|ed))\b/i],
  ['SANCTION', /\b(sanction(s|ed)?|suspend(s|ed)?|expel(led)?|embargo)\b/i],
  ['ACCUSE', /\b(accus(e|es|ed)|criticiz(e|es|ed)|condemn(s|ed)?|blam(e|es|ed)|concern about|complain(s|ed)?)\b/i],
  ['AGREE', /\b(agree(s|d)?|accept(s|ed)?|agreement|consensus)\b/i],
  ['CONCEDE', /\b(conced(e|es|ed)|concession(s)?|acknowledg(e|es|ed)|compromise|ready to|prepared to)\b/i],
  ['COOPERATE', /\b(cooperat\w*|work(ing)? together|joint(ly)?|experts)\b/i],
  ['SUPPORT', /\b(support(s|ed)?|prais(e|es|ed)|welcom(e|es|ed)|back(s|ed)?|endors(e|es|ed)|confidence|reassur\w*)\b/i],
  ['CONSULT', /\b(talks|meet(s|ing)?|met|discuss(es|ed|ion)?|consult\w*|negotiat\w*|visit(s|ed)?)\b/i],
];
const STANCE_WORDS: [Stance, RegExp][] = [
  ['opposes', /\b(oppos\w*|reject\w*|threat\w*|against|refus\w*|will not|won't|concern\w*)\b/i],
  ['supports', /\b(support\w*|agree\w*|welcom\w*|back\w*|favou?r\w*|prepared to|ready to)\b/i],
];
const DATE_KIND_WORDS: [string, RegExp][] = [
  ['deadline', /\b(deadline|by|before|until|expires?|due)\b/i],
  ['expiry', /\bexpir\w*/i],
  ['signing', /\bsign(ed|ing)?\b/i],
  ['decree', /\bdecree\w*/i],
  ['summit', /\bsummit\w*/i],
  ['visit', /\bvisit\w*/i],
  ['election', /\belection\w*/i],
  ['briefing', /\bbrief\w*/i],
  ['meeting', /\b(talks|meet\w*|met|session|conference|negotiat\w*)\b/i],
  ['anniversary', /\b(anniversary|years? (of|since|ago))\b/i],
  ['announcement', /.*/],
];

interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

/** Paragraphs (blank-line separated) and their sentences, with offsets into the body. */
function segment(body: string): { paragraphs: { start: number; end: number }[]; sentences: Sentence[]; people: { start: number; end: number; text: string }[] } {
  const paragraphs: { start: number; end: number }[] = [];
  let at = 0;
  for (const m of body.matchAll(/\n[ \t]*\n/g)) {
    if (m.index > at) paragraphs.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (at < body.length) paragraphs.push({ start: at, end: body.length });
  const sentences: Sentence[] = [];
  const people: { start: number; end: number; text: string }[] = [];
  paragraphs.forEach((p, index) => {
    // A long paragraph (or a text with no paragraphs) is read in pieces that end at a sentence.
    for (let from = p.start; from < p.end; ) {
      let to = Math.min(p.end, from + CHUNK);
      if (to < p.end) {
        const stop = body.lastIndexOf('. ', to);
        to = stop > from + CHUNK / 3 ? stop + 1 : to;
      }
      // A line break inside a paragraph is a hard wrap (wire copy), not the end of a sentence: read as a space (same offsets).
      const piece = body.slice(from, to).replace(/(?<![\n.!?:"”])\r?\n(?![\n\r])/g, (m) => ' '.repeat(m.length));
      const doc = nlp(piece);
      for (const s of doc.sentences().json({ offset: true }) as { offset: { start: number; length: number } }[]) {
        sentences.push({ start: from + s.offset.start, end: from + s.offset.start + s.offset.length, paragraph: index });
      }
      for (const person of doc.people().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
        const text = person.text.replace(/['’]s$/, '').replace(/[.,;:]$/, '');
        people.push({ start: from + person.offset.start, end: from + person.offset.start + text.length, text });
      }
      from = to;
    }
  });
  return { paragraphs, sentences, people };
}

const clipText = (s: string, max = 1000) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const capitalized = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** Drafts the article of source `sourceId`; undefined when there is no such source. */
export function draftSource(connection: Connection, sourceId: string): Draft | undefined {
  const source = connection
    .prepare('SELECT id, body, date_value, date_precision, reference_value, reference_precision FROM sources WHERE id = ?')
    .get(sourceId) as { id: string; body: string; date_value: string | null; date_precision: string | null; reference_value: string | null; reference_precision: string | null } | undefined;
  if (!source) return undefined;
  const knowledge = loadKnowledge(connection);
  const reference: Reference | null = source.reference_value
    ? { value: source.reference_value, precision: source.reference_precision as Reference['precision'], describe: `${source.reference_value}, the reference date of ${source.id}` }
    : source.date_value
      ? { value: source.date_value, precision: source.date_precision as Reference['precision'], describe: `${source.date_value}, the date of ${source.id}` }
      : null;
  return draftText(knowledge, source.id, source.body, reference);
}

/** The draft of `body`, the article of source `sourceId`, against what `knowledge` holds. */
export function draftText(knowledge: Knowledge, sourceId: string, body: string, reference: Reference | null): Draft {
  const span = (start: number, end: number): Span => {
    start = Math.max(0, start);
    end = Math.min(body.length, end);
    while (start < end && /\s/.test(body[start]!)) start++;
    while (end > start && /\s/.test(body[end - 1]!)) end--;
    // A span is at most what the write API takes (20,000 characters): a longer quotation is cited by its start.
    end = Math.min(end, start + MAX_SPAN);
    return { source_id: sourceId, exact: body.slice(start, end), start, end };
  };
  const { paragraphs, sentences, people } = segment(body);
  // The body with every quotation blanked: attribution is looked for outside the quotes.
  const quotations = findQuotations(body);
  const inQuote = new Uint8Array(body.length + 1);
  for (const q of quotations) inQuote.fill(1, q.start, q.end);
  const quoted = (offset: number) => inQuote[offset] === 1;
  const pieces: string[] = [];
  let last = 0;
  for (const q of quotations) {
    pieces.push(body.slice(last, q.start), ' '.repeat(q.end - q.start));
    last = q.end;
  }
  pieces.push(body.slice(last));
  const masked = pieces.join('');
  const sentenceAt = (offset: number) => {
    // Sentences are in order: the last that starts at or before the offset, if it reaches it.
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const s = sentences[lo];
    return s && offset >= s.start && offset < s.end ? s : undefined;
  };
  const known = knowledge.actorMentions(body);
  const issueMentions = knowledge.issueMentions(body);
  const dates = reference ? findDates(body, reference) : findDates(body, { value: '1970', precision: 'year', describe: 'no date (the source has none)' }).filter((d) => !d.relative);

  // People compromise finds that no known name covers: spellings of known people, or new ones.
  // Names compromise does not know ("Konstantin Kosachyov said"): two or three capitalized words right before a speech verb.
  for (const m of body.matchAll(/(?<![\w.])((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=,?\s+(?:said|says|told|added|warned|stressed|noted)\b)/g)) {
    const text = m[1]!.replace(TITLES, '');
    const start = m.index + m[1]!.length - text.length;
    if (text.split(/\s+/).length < 2 || people.some((p) => start < p.end && start + text.length > p.start) || known.some((k) => start < k.end && start + text.length > k.start)) continue;
    people.push({ start, end: start + text.length, text });
  }
  const newPeople = new Map<string, { name: string; id: string; mentions: Mention[] }>();
  const variants = new Map<string, { name: string; evidence: Span[] }[]>();
  const personMentions: Mention[] = [...known];
  for (const p of people) {
    if (known.some((m) => p.start < m.end && p.end > m.start && m.end - m.start >= p.end - p.start)) continue;
    // compromise may stop before the last word of a name with a particle ("Jaap de Hoop" of "Jaap de Hoop Scheffer").
    const more = /^((?:\s+(?:de|van|von|der|da|di|le|la|al|bin|ibn))*\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[\s,.;:'’]|$)/.exec(body.slice(p.end, p.end + 40));
    const extended = more && !/^\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|And|But|In|On|At)\b/.test(more[1]!) ? p.text + more[1]! : p.text;
    const name = extended.replace(TITLES, '');
    if (name.split(/\s+/).length < 2 || !/^[A-Z]/.test(name)) continue;
    const start = p.start + p.text.indexOf(name);
    const mention: Mention = { start, end: start + name.length, text: name, id: '', how: 'name' };
    const variantOf = knowledge.personByName(name);
    if (variantOf) {
      mention.id = variantOf.id;
      if (![variantOf.name, ...variantOf.aliases].some((n) => fold(n) === fold(name))) {
        const list = variants.get(variantOf.id) ?? [];
        const entry = list.find((v) => v.name === name) ?? (list.push({ name, evidence: [] }), list.at(-1)!);
        if (entry.evidence.length < 3) entry.evidence.push(span(mention.start, mention.end));
        variants.set(variantOf.id, list);
      }
    } else {
      let id = slugify(name);
      if (knowledge.actors.has(id)) id = `${id}-2`;
      const seen = newPeople.get(fold(name)) ?? { name, id, mentions: [] };
      seen.mentions.push(mention);
      newPeople.set(fold(name), seen);
      mention.id = id;
    }
    personMentions.push(mention);
  }
  // Later mentions of a new person by surname alone.
  for (const person of newPeople.values()) {
    const surname = person.name.split(/\s+/).at(-1)!;
    for (const m of body.matchAll(new RegExp(`(?<![\\w-])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g'))) {
      if (personMentions.some((x) => m.index >= x.start && m.index < x.end)) continue;
      personMentions.push({ start: m.index, end: m.index + surname.length, text: surname, id: person.id, how: 'surname' });
    }
  }
  personMentions.sort((a, b) => a.start - b.start);
  const newIds = new Set([...newPeople.values()].map((p) => p.id));
  const isPerson = (id: string) => knowledge.actors.get(id)?.kind === 'person' || newIds.has(id);

  /** The person a pronoun at `offset` points back to: the last person named before it. */
  const pronounTarget = (offset: number) => {
    const before = [...personMentions].reverse().filter((m) => m.end <= offset && isPerson(m.id) && offset - m.end < 1500);
    // The one last named as a subject ("Sergei Lavrov told reporters after meeting Rice …" points back to Lavrov), else the last named.
    return before.find((m) => SUBJECT_AFTER.test(body.slice(m.end, m.end + 100))) ?? before[0];
  };
  /** A known person by a title printed before `offset` ("the foreign minister replied"). */
  const titleTarget = (words: string, offset: number) => {
    const t = fold(words);
    const holders = [...knowledge.actors.values()].filter((a) => a.titles.some((title) => fold(title).includes(t) || t.includes(fold(title))));
    const named = holders.filter((h) => personMentions.some((m) => m.id === h.id && m.end <= offset));
    return (named.length ? named : holders.length === 1 ? holders : [])[0];
  };

  /**
   * Who says what is around `at` in `[from, to)`: the speech verb nearest to `at`, and the
   * actor named next to it (before it, or right after it: "said Rice"), or a pronoun or a
   * title pointing back.
   */
  function attribution(from: number, to: number, at: [number, number], masked: string): { id: string; label: string; confidence: number; verb: string; verbAt: number; inverted?: boolean; nameEnd?: number } | undefined {
    const window = masked.slice(from, to);
    let best: { id: string; label: string; confidence: number; verb: string; verbAt: number; distance: number; inverted?: boolean; nameEnd?: number } | undefined;
    for (const v of window.matchAll(SPEECH_ALL)) {
      const verbAt = from + v.index;
      const verbEnd = verbAt + v[0].length;
      const distanceToQuote = verbEnd <= at[0] ? at[0] - verbEnd : verbAt >= at[1] ? verbAt - at[1] : 0;
      // The speaker: the mention ending nearest before the verb (within 120 characters), or the one right after it.
      // Names quoted are not speakers; a name right after the verb is ("said Rice"), else the nearest one before it.
      const candidates = near(unquoted, from - 150, to + 50);
      // In the verb's sentence (by compromise's reading, which knows "U.S." does not end one).
      const verbSentence = sentenceAt(verbAt);
      const sameSentence = (m: Mention) => (verbSentence ? sentenceAt(m.start) === verbSentence : !/[.!?]\s+[A-Z]/.test(body.slice(m.end, verbAt)));
      const before = candidates.filter((m) => m.end <= verbAt && verbAt - m.end <= 160 && m.start >= from && sameSentence(m));
      const after = candidates.filter((m) => m.start >= verbEnd && m.start - verbEnd <= 25 && m.end <= to && /^\s*(the\s+|(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/i.test(body.slice(verbEnd, m.start)));
      const inverted = after[0] && INVERTS.test(v[0]) && (!before.length || verbAt - before.at(-1)!.end > 40 || /["”]\s*,?\s*$/.test(body.slice(Math.max(from, verbAt - 4), verbAt)));
      let chosen: { id: string; label: string; confidence: number; inverted?: boolean; nameEnd?: number } | undefined;
      // A person named just before an apposition ("Jaap de Hoop Scheffer, the NATO secretary general, said") is the speaker, not the body in it.
      const nearest = before.at(-1);
      // …or set off by commas however it reads ("Rice, speaking later at the U.S. Embassy, said").
      const aside = (m: Mention) => /,\s*(the|a|an)\s/i.test(body.slice(m.end, verbAt)) || /^\s*,[^,]{1,100},\s*$/.test(body.slice(m.end, verbAt));
      const asideHolder = nearest && !isPerson(nearest.id) ? [...before].reverse().find((m) => isPerson(m.id) && verbAt - m.end <= 160 && aside(m)) : undefined;
      const pick = inverted ? after[0] : ((asideHolder ?? nearest) ?? after[0]);
      if (pick) chosen = { id: pick.id, label: pick.text, confidence: 0.9, inverted: pick === after[0], nameEnd: pick.end };
      const pre = body.slice(Math.max(from, verbAt - 60), verbAt);
      const pronoun = PRONOUN.exec(body.slice(Math.max(from, verbAt - 12), verbAt));
      if (pronoun && (!pick || pick.end < verbAt - 12)) {
        const target = pronounTarget(verbAt);
        if (target) chosen = { id: target.id, label: target.text, confidence: 0.7 };
      }
      // "the foreign minister replied", "Russia's foreign minister on Tuesday dismissed": a title pointing to its holder.
      const title = /\b(?:the|[A-Z][\w.]*['’]s) ((?:[a-z]+ ){0,3}(?:minister|secretary|president|spokesman|spokeswoman|ambassador|official|chief|head))\b(?:\s+(?:on|late|early)\s+\w+)?\s*,?\s*$/i.exec(pre);
      // A title outranks a name inside it ("Russia's foreign minister": the minister, not Russia) or far before it.
      if (title && (!pick || pick.end < verbAt - title[0].length || (!isPerson(pick.id) && pick.start >= verbAt - title[0].length - 1))) {
        const target = titleTarget(title[1]!, verbAt);
        if (target) chosen = { id: target.id, label: `the ${title[1]}`, confidence: 0.7 };
      }
      // "said the official": the one last named by that word, or the known holder of the title.
      const titleAfter = INVERTS.test(v[0]) ? /^\s*the ((?:[a-z]+ ){0,3}(minister|secretary|president|spokesman|spokeswoman|ambassador|official|diplomat|chief|head))\b/i.exec(body.slice(verbEnd, to)) : null;
      if (titleAfter && !chosen) {
        const word = titleAfter[2]!.toLowerCase();
        const named = [...unquoted].reverse().find((m) => m.end <= verbAt && m.text.toLowerCase().includes(word));
        const target = named ? { id: named.id } : titleTarget(titleAfter[1]!, verbAt);
        if (target) chosen = { id: target.id, label: `the ${titleAfter[1]}`, confidence: 0.7 };
      }
      if (!chosen) continue;
      if (!best || distanceToQuote < best.distance) best = { ...chosen, verb: v[0], verbAt, distance: distanceToQuote };
    }
    return best;
  }

  // Unnamed and group speakers ("diplomats said", "analysts say"), by their name without "(unnamed)".
  let groupForms = [...knowledge.actors.values()]
    .filter((a) => a.kind === 'unnamed' || a.kind === 'group')
    .map((a) => ({ id: a.id, form: a.name.replace(/\s*\(unnamed\)\s*/i, '').replace(/^(a|an|the)\s+/i, '').trim() }))
    .filter((g) => g.form.length >= 4)
    .flatMap((g) => {
      // "Rogue states" are also rogue nations and rogue countries.
      const kinds = /\b(states|nations|countries)$/i.exec(g.form);
      return kinds ? ['states', 'nations', 'countries'].map((w) => ({ id: g.id, form: g.form.replace(/\b(states|nations|countries)$/i, w) })) : [g];
    });
  // A group by the last word of its name, when no other group ends with it ("experts" of "U.S. and Russian experts").
  const lastWords = new Map<string, string[]>();
  for (const g of groupForms) {
    const last = g.form.split(/\s+/).at(-1)!.toLowerCase();
    if (g.form.includes(' ') && last.length >= 6 && /s$/.test(last)) lastWords.set(last, [...new Set([...(lastWords.get(last) ?? []), g.id])]);
  }
  for (const [word, ids] of lastWords) if (ids.length === 1 && !groupForms.some((g) => g.form.toLowerCase() === word)) groupForms.push({ id: ids[0]!, form: word });
  const groupMentions: Mention[] = [];
  for (const g of groupForms) {
    for (const m of body.matchAll(new RegExp(`(?<![\\w-])${g.form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'gi'))) {
      // A group's name outranks a shorter name inside it ("senior U.S. official" over "U.S.").
      if (personMentions.some((x) => m.index < x.end && m.index + m[0].length > x.start && x.end - x.start > m[0].length)) continue;
      groupMentions.push({ start: m.index, end: m.index + m[0].length, text: m[0], id: g.id, how: 'name' });
    }
  }
  const personMentionsAll = [...personMentions.filter((m) => !groupMentions.some((g) => m.start >= g.start && m.end <= g.end)), ...groupMentions].sort((a, b) => a.start - b.start);
  const unquoted = personMentionsAll.filter((m) => !quoted(m.start));

  /** The mentions that start within [from, to), by binary search (mentions are in order). */
  const near = (list: Mention[], from: number, to: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: Mention[] = [];
    for (let i = lo; i < list.length && list[i]!.start < to; i++) out.push(list[i]!);
    return out;
  };

  const statements: { record: Json; confidence: number; range: [number, number]; verb: string }[] = [];
  const used: [number, number][] = [];
  const paragraphOf = (offset: number) => paragraphs.findIndex((p) => offset >= p.start && offset <= p.end);

  // Direct quotations: a quote of four words or more, with its attribution in its paragraph.
  let previous: { speaker: string; label: string; paragraph: number } | undefined;
  const groups: { quotes: typeof quotations; paragraph: number }[] = [];
  for (const q of quotations) {
    const paragraph = paragraphOf(q.start);
    const last = groups.at(-1);
    // Pieces of one quotation: close together in the same paragraph (`"…," said Rice. "…"`), or continuing
    // into the next one (an unclosed quote reopened).
    const gap = last ? masked.slice(last.quotes.at(-1)!.end, q.start) : '';
    // A quotation followed by its own attribution ("…," said Jones) is someone's own, not the rest of the one before.
    const after = masked.slice(q.end + 1, Math.min(q.end + 80, paragraphs[paragraph]!.end)).split(/["“”]/)[0]!;
    const own = SPEECH.test(after) && SPEECH.test(gap);
    const close = last && last.paragraph === paragraph && gap.length <= 120 && (gap.match(SPEECH_ALL)?.length ?? 0) <= 1 && !own && last.quotes.length < MAX_SPANS;
    const continues = last && (close || (last.paragraph === paragraph - 1 && /^\s*["“]/.test(body.slice(paragraphs[paragraph]!.start, q.start + 1)) && !/["”]\s*$/.test(body.slice(last.quotes.at(-1)!.end, paragraphs[last.paragraph]!.end + 1))));
    if (continues && last) {
      last.quotes.push(q);
      last.paragraph = paragraph;
    } else if (q.text.split(/\s+/).length >= 4) groups.push({ quotes: [q], paragraph });
    // A phrase quoted inside someone's reported words ("had gone “a long way”") starts no quotation of its own.
  }
  // A quotation is four words or more in all ("Our concerns remain" joins the words before it); a shorter one alone is a phrase quoted, not a statement.
  for (const group of groups.filter((g) => g.quotes.reduce((n, q) => n + q.text.split(/\s+/).length, 0) >= 4 && g.quotes.some((q) => q.text.split(/\s+/).length >= 4))) {
    const first = group.quotes[0]!;
    const lastQuote = group.quotes.at(-1)!;
    const p0 = paragraphs[paragraphOf(first.start)]!;
    const p1 = paragraphs[paragraphOf(lastQuote.start)]!;
    // Attribution is looked for near the quotation: a hard-wrapped article may be one long paragraph.
    let who = attribution(Math.max(p0.start, first.start - 250), Math.min(p1.end, lastQuote.end + 150), [first.start, lastQuote.end], masked);
    let confidence = who?.confidence ?? 0;
    if (!who && previous && previous.paragraph >= paragraphOf(first.start) - 1) {
      who = { id: previous.speaker, label: previous.label, confidence: 0.5, verb: 'said', verbAt: first.start };
      confidence = 0.5;
    }
    const evidence = group.quotes.map((q) => span(q.start - (/["“]/.test(body[q.start - 1] ?? '') ? 1 : 0), q.end + (/["”]/.test(body[q.end] ?? '') ? 1 : 0)));
    const text = group.quotes.map((q) => q.text.replace(/\s+/g, ' ').replace(/,$/, '.')).join(' […] ');
    const range: [number, number] = [first.start, lastQuote.end];
    used.push([p0.start, p1.end]);
    const sentenceText = body.slice(p0.start, p1.end);
    statements.push({
      record: {
        ...(who ? { speaker_id: who.id, speaker_label: who.label } : { speaker_label: 'Unattributed' }),
        kind: 'direct_quote',
        text: clipText(text, 10_000),
        plover_type: ploverOf(who?.verb ?? '', text),
        evidence,
      },
      confidence: who ? Math.min(0.95, confidence) : 0.3,
      range,
      verb: who?.verb ?? '',
    });
    if (who) previous = { speaker: who.id, label: who.label, paragraph: paragraphOf(lastQuote.start) };
  }

  // Reported speech: a sentence outside the quotations in which a named actor says something.
  const covered = new Uint8Array(body.length + 1);
  for (const st of statements) covered.fill(1, st.range[0], st.range[1]);
  const isCovered = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (covered[i]) return true;
    return false;
  };
  for (const s of sentences) {
    if (isCovered(s.start, s.end)) continue;
    // A headline or a caption (short, with no stop at its end) reports no speech: "Russia warns US over missile shield".
    const words = body.slice(s.start, s.end).trim();
    if (!/[.!?:;"”'’)]$/.test(words) && words.split(/\s+/).length <= 12) continue;
    const text = masked.slice(s.start, s.end);
    if (!SPEECH.test(text)) continue;
    const who = attribution(s.start, s.end, [s.start, s.start], masked);
    if (!who) continue;
    const verbEnd = who.verbAt + who.verb.length;
    // What was said: the words after the verb, without the time and the "that" that lead into them ("said on Saturday that …").
    let clause = body
      .slice(verbEnd, s.end)
      .replace(/^\s*,?\s*(?:(?:on|late|early)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|(?:last|this|earlier this) (?:week|month|year)|recently|earlier|later)\b\s*,?/i, '')
      // "told reporters after the meeting that …": whom and when they were told are not what was said.
      .replace(/^\s*(?:(?:reporters|journalists|the press|parliament|lawmakers|a news conference|(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\b[^.]{0,120}?\bthat\s+)(?=[A-Za-z"“])/, (m) => (/^(told|tells|informed|assured|reminded|warned|warns|cautioned)$/i.test(who.verb) ? '' : m))
      // "… said later in an interview with Rossiya that …": the circumstances before the "that" are not what was said.
      .replace(/^\s*(?:later|earlier|again|also|then|in|at|on|during|after|before|while|when)\b[^.]{0,100}?\bthat\s+/i, '')
      .replace(/^\s*(that|to)\s+/i, '')
      .replace(/^[,:]\s*/, '')
      .trim();
    // "said Rice, ..." or a clause that is only the speaker: the whole sentence is what was said.
    // "According to Lavrov, …": what follows the name is what was said.
    if (who.inverted && /^according to$/i.test(who.verb) && who.nameEnd !== undefined && /^\s*,/.test(body.slice(who.nameEnd, s.end))) clause = body.slice(who.nameEnd, s.end).replace(/^\s*,\s*/, '').trim();
    else if (clause.split(/\s+/).length < 4 || who.inverted) clause = body.slice(s.start, s.end).trim();
    clause = capitalized(clause.replace(/\s+/g, ' ')).replace(/[,;:]$/, '.');
    if (!/[.!?]$/.test(clause)) clause = `${clause}.`;
    statements.push({
      record: { speaker_id: who.id, speaker_label: who.label, kind: 'paraphrase', text: clipText(clause, 10_000), plover_type: ploverOf(who.verb, clause), evidence: [span(s.start, s.end)] },
      confidence: Math.min(0.8, who.confidence - 0.1),
      range: [s.start, s.end],
      verb: who.verb,
    });
  }
  statements.sort((a, b) => a.range[0] - b.range[0]);

  // Each statement's date (the first date expression of its sentences) and issues (those they name).
  for (const st of statements) {
    const from = sentenceAt(st.range[0])?.start ?? st.range[0];
    const to = sentenceAt(Math.max(st.range[0], st.range[1] - 1))?.end ?? st.range[1];
    const dated = dates.find((d) => d.start >= from && d.end <= to);
    if (dated) st.record.date = dated.date;
    const about = [...new Set(issueMentions.filter((m) => m.start >= from && m.end <= to).map((m) => m.id))];
    if (about.length) st.record.issues = about.slice(0, 10).map((issue_id) => ({ issue_id, stance: stanceOf(body.slice(from, to)) }));
    const mentioned = [...new Set(personMentionsAll.filter((m) => m.start >= from && m.end <= to && m.id !== st.record.speaker_id && knowledge.actors.has(m.id)).map((m) => m.id))];
    if (mentioned.length) st.record.actors = mentioned.slice(0, 10).map((actor_id) => ({ actor_id, role: 'mentioned' }));
  }

  // Actors: every known one the article names, and the new people, each with where it is named.
  const actorEntries: Draft['actors'] = [];
  const mentionedKnown = new Map<string, Mention[]>();
  // Every known name counts here, a name inside a group's too ("NATO" of "NATO ambassadors").
  for (const m of [...personMentions, ...groupMentions]) if (knowledge.actors.has(m.id)) mentionedKnown.set(m.id, [...(mentionedKnown.get(m.id) ?? []), m]);
  for (const [id, mentions] of mentionedKnown) {
    const how = mentions.some((m) => m.how === 'name') ? 0.95 : 0.8;
    actorEntries.push({ match: id, record: null, ...(variants.has(id) ? { aliases: variants.get(id)! } : {}), confidence: how });
  }
  for (const [id, list] of variants) if (!mentionedKnown.has(id)) actorEntries.push({ match: id, record: null, aliases: list, confidence: 0.7 });
  for (const person of newPeople.values()) {
    const evidence = person.mentions.slice(0, 3).map((m) => span(m.start, m.end));
    actorEntries.push({
      match: null,
      // Named as printed; a later spelling of the same person would be an alias.
      record: { id: person.id, name: person.name, kind: 'person', evidence },
      confidence: statements.some((s) => s.record.speaker_id === person.id) ? 0.7 : 0.5,
    });
  }

  const issueEntries: Draft['issues'] = [];
  const byIssue = new Map<string, Mention[]>();
  for (const m of issueMentions) byIssue.set(m.id, [...(byIssue.get(m.id) ?? []), m]);
  for (const [id, mentions] of byIssue) issueEntries.push({ match: id, record: null, confidence: mentions.some((m) => m.how === 'name') ? 0.9 : 0.7 });

  // A title printed before a known person that their roles do not hold: a contested claim, never an overwrite.
  const conflictEntries: Draft['conflicts'] = [];
  const disputed = new Set<string>();
  for (const m of personMentions) {
    const actor = knowledge.actors.get(m.id);
    if (!actor || actor.kind !== 'person' || actor.roles.length === 0) continue;
    // Within the name's sentence: a word of three letters or more ending with a full stop ends the one before.
    const printed = TITLE_BEFORE.exec(body.slice(Math.max(0, m.start - 80), m.start))?.[1]?.replace(/\s+/g, ' ').trim().split(/(?<=\b[A-Za-z]{3,}[.!?])\s+/).at(-1);
    if (!printed) continue;
    const words = printed.split(' ').filter((w) => !ADJECTIVES.test(w));
    const title = words.join(' ');
    // Only the words of titles: anything else before a surname is a first name ("Foreign Minister Sergey Lavrov").
    if (!words.some((w) => TITLE_WORDS.test(w)) || !words.every((w) => TITLE_WORDS.test(w) || TITLE_PARTS.test(w))) continue;
    // Consistent when every word printed is a word of a known title ("Secretary" of "Secretary of State").
    const consistent = actor.roles.some((r) => words.every((w) => fold(r.title).split(' ').includes(fold(w))));
    if (consistent || disputed.has(`${actor.id}|${fold(title)}`)) continue;
    disputed.add(`${actor.id}|${fold(title)}`);
    const role = actor.roles[0]!;
    const at = body.lastIndexOf(printed, m.start);
    conflictEntries.push({
      record: {
        subject: { type: 'actor', id: actor.id },
        property: 'title',
        summary: `${sourceId} calls ${actor.name} "${title}"; the knowledge base has "${role.title}".`,
        kind: 'between_sources',
        versions: [
          { value: role.title, evidence: role.evidence.slice(0, 2).map(({ source_id, start, end, exact }) => ({ source_id, start, end, exact })) },
          { value: title, evidence: [span(at === -1 ? m.start : at, m.end)] },
        ],
      },
      confidence: 0.5,
    });
  }

  // One date a happening: the same sentence printed again (a text that repeats itself) adds its evidence to the first.
  const dateEntries: Draft['dates'] = [];
  const sameDate = new Map<string, { record: Json }>();
  for (const d of dates) {
    const entry = dateEntry(d, body, sentenceAt, span, issueMentions, personMentionsAll, knowledge);
    const date = entry.record.date as DateValue;
    const key = `${entry.record.label}|${date.value}|${date.precision}|${date.text}`;
    const seen = sameDate.get(key);
    if (seen) {
      const evidence = seen.record.evidence as Span[];
      if (evidence.length < MAX_SPANS && !evidence.some((e) => e.start === (entry.record.evidence as Span[])[0]!.start)) evidence.push(...(entry.record.evidence as Span[]));
      continue;
    }
    sameDate.set(key, entry);
    dateEntries.push(entry);
  }

  // A happening the knowledge base dates to another day: the one known happening of the same kind
  // that most resembles it (two actors and an issue in common at least, and no tie), both dated
  // to the day, when no happening of that kind is known on the article's day. A proposed
  // contested claim, with both datings and their evidence, never a change of the known date.
  const words = (text: string) => new Set(fold(text).split(' ').filter((w) => w.length >= 4));
  for (const entry of dateEntries) {
    const record = entry.record as { kind: string; label: string; date: DateValue; actors?: { actor_id: string }[]; issues?: { issue_id: string }[]; evidence: Span[] };
    if (record.kind === 'announcement' || record.date.precision !== 'day' || !record.actors?.length || !record.issues?.length) continue;
    const mine = dateBounds(record.date.value, record.date.precision);
    const sameKind = knowledge.dates.filter((k) => k.kind === record.kind && k.evidence.length > 0);
    if (sameKind.some((k) => {
      const theirs = dateBounds(k.date.value, k.date.precision);
      return mine.start <= theirs.end && theirs.start <= mine.end;
    })) continue;
    const label = words(record.label);
    const scored = sameKind
      .filter((k) => k.date.precision === 'day')
      .map((k) => {
        const actors = record.actors!.filter((a) => k.actors.includes(a.actor_id)).length;
        const issues = record.issues!.filter((i) => k.issues.includes(i.issue_id)).length;
        return { k, actors, issues, score: actors + issues + [...words(k.label)].filter((w) => label.has(w)).length };
      })
      .filter((c) => c.actors >= 2 && c.issues >= 1)
      .sort((a, b) => b.score - a.score);
    const best = scored[0];
    if (!best || (scored[1] && scored[1].score === best.score) || disputed.has(`date|${best.k.id}`)) continue;
    disputed.add(`date|${best.k.id}`);
    const known = best.k;
    conflictEntries.push({
      record: {
        subject: { type: 'date', id: known.id },
        property: 'date',
        summary: `${sourceId} dates "${known.label}" ${record.date.value}; the knowledge base has ${known.date.value}.`,
        kind: 'between_sources',
        versions: [
          { value: known.date.value, date: known.date, evidence: known.evidence.slice(0, 2) },
          { value: record.date.value, date: record.date, evidence: record.evidence },
        ],
      },
      confidence: 0.3,
    });
  }

  return {
    source_id: sourceId,
    actors: actorEntries,
    issues: issueEntries,
    statements: statements.map(({ record, confidence }) => ({ record, confidence: round(confidence) })),
    dates: dateEntries,
    proposals: [],
    conflicts: conflictEntries.filter((c) => (c.record.versions as { evidence: unknown[] }[]).every((v) => v.evidence.length > 0)),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The PLOVER type the speech verb says ("warned", "urged", "rejected"), else the one its words say. */
function ploverOf(verb: string, text: string): PloverType | null {
  for (const [type, words] of PLOVER_VERBS) if (words.test(verb)) return type;
  for (const [type, words] of PLOVER_WORDS) if (words.test(text)) return type;
  return null;
}

function stanceOf(text: string): Stance {
  for (const [stance, words] of STANCE_WORDS) if (words.test(text)) return stance;
  return 'neutral';
}

function dateEntry(
  d: FoundDate,
  body: string,
  sentenceAt: (offset: number) => Sentence | undefined,
  span: (start: number, end: number) => Span,
  issues: Mention[],
  actors: Mention[],
  knowledge: Knowledge,
): { record: Json; confidence: number } {
  const sentence = sentenceAt(d.start) ?? { start: d.start, end: d.end, paragraph: 0 };
  const text = body.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim();
  const kind = DATE_KIND_WORDS.find(([, words]) => words.test(text))![0];
  const inside = (m: Mention) => m.start >= sentence.start && m.end <= sentence.end;
  const about = [...new Set(issues.filter(inside).map((m) => m.id))].slice(0, 10);
  const who = [...new Set(actors.filter(inside).map((m) => m.id))].filter((id) => knowledge.actors.has(id)).slice(0, 10);
  // The evidence: the sentence, or a stretch of it around the expression when the sentence is long.
  const from = sentence.end - sentence.start > 300 ? Math.max(sentence.start, d.start - 120) : sentence.start;
  const to = sentence.end - sentence.start > 300 ? Math.min(sentence.end, d.end + 120) : sentence.end;
  const date: DateValue = d.date;
  return {
    record: {
      kind,
      label: clipText(text, 1000),
      date,
      ...(who.length ? { actors: who.map((actor_id) => ({ actor_id })) } : {}),
      ...(about.length ? { issues: about.map((issue_id) => ({ issue_id })) } : {}),
      evidence: [span(from, to)],
    },
    confidence: d.relative ? 0.7 : 0.85,
  };
}

export { loadKnowledge };
