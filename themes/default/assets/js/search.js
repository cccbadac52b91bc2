/* SiteGen default theme: site search, in the browser, with no server.
   The build writes search-index.js (src/SiteGen/Search/SearchIndex.cs describes its
   layout); it is loaded with a <script> tag the first time the search opens, so it works
   from file:// too and pages stay light. tokens() below follows SearchText.cs rule by
   rule: lower-case, fold accents by one table, superscript digits as ^, words of letters
   and digits, parts and joined forms of hyphenated words, non-ASCII math symbols as words.
   A query finds sections with every word in them, as typed, as the start of a longer
   word (derivat), or one or two letters off (sofplus); "quoted words" must follow one
   another. Titles and headings weigh more than a passing mention. */
(function () {
  "use strict";

  // ---- Text, as SearchText.cs reads it ------------------------------------------------

  var ACCENTED = "àáâãäåāăąçćčďđèéêëēėęěğìíîïīįıłñńňòóôõöøōőŕřśšşťţùúûüūůűųýÿźżžþ";
  var PLAIN = "aaaaaaaaacccddeeeeeeeegiiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzzt";
  var SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  var SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
  var IGNORED_SYMBOLS = "−×÷±⋅∕∗∘";
  var WORD = /[\p{L}\p{Nd}]/u;
  var MARK = /[\p{Mn}\p{Me}]/u;
  var SYMBOL = /\p{Sm}/u;

  function fold(ch) {
    if (MARK.test(ch)) return "";
    var c = ch.toLowerCase();
    if (c.length > 1) c = [...c][0]; // one character for one, as Rune.ToLowerInvariant maps (İ → i)
    if (c === "ς") return "σ";
    if (c === "ß") return "ss";
    if (c === "æ") return "ae";
    if (c === "œ") return "oe";
    var at = ACCENTED.indexOf(c);
    if (at >= 0) return PLAIN[at];
    if ((at = SUPERSCRIPTS.indexOf(c)) >= 0) return "^" + at;
    if ((at = SUBSCRIPTS.indexOf(c)) >= 0) return "_" + at;
    return c;
  }

  function normalize(text) {
    var out = "", previousMark = "";
    for (var ch of text) {
      var piece = fold(ch);
      var mark = piece.length === 2 && (piece[0] === "^" || piece[0] === "_") && piece[1] >= "0" && piece[1] <= "9" ? piece[0] : "";
      out += mark && mark === previousMark ? piece.slice(1) : piece;
      previousMark = mark;
    }
    return out;
  }

  function isSymbol(ch) {
    var code = ch.codePointAt(0);
    return code > 0x7f && SYMBOL.test(ch) && !(code >= 0x2190 && code <= 0x21ff) && IGNORED_SYMBOLS.indexOf(ch) < 0;
  }

  /** The words of a text: each {parts, joined} (joined is null for a word of one part). */
  function tokens(text) {
    var chars = [...normalize(text)];
    var words = [], parts = [], part = "", joined = "";
    function endPart() { if (part) { parts.push(part); part = ""; } }
    function endWord() {
      endPart();
      if (parts.length) words.push({ parts: parts, joined: parts.length > 1 ? joined : null });
      parts = []; joined = "";
    }
    var digit = function (c) { return c !== undefined && c >= "0" && c <= "9"; };
    for (var i = 0; i < chars.length; i++) {
      var c = chars[i], next = chars[i + 1];
      if (WORD.test(c)) { part += c; joined += c; }
      else if ((c === "'" || c === "’") && part && next !== undefined && WORD.test(next)) { /* don't → dont */ }
      else if ((c === "." || c === ",") && part && digit(chars[i - 1]) && digit(next)) { part += c; joined += c; }
      else if ((c === "-" || c === "‐" || c === "^" || c === "_") && part && next !== undefined && WORD.test(next)) {
        endPart(); joined += c === "‐" ? "-" : c;
      } else {
        endWord();
        if (isSymbol(c)) words.push({ parts: [c], joined: null });
      }
    }
    endWord();
    return words;
  }

  /** Every term of a text, as SearchText.Terms gives them. */
  function terms(text) {
    var all = [];
    tokens(text).forEach(function (w) { all.push.apply(all, w.parts); if (w.joined) all.push(w.joined); });
    return all;
  }

  // ---- The index ----------------------------------------------------------------------

  var ALPHABET = "#$%&'()*+-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";
  var BASE = 45;
  var SPACE = -2, BANG = -3; // separators in the id lists of field m, as DIGIT reads them
  var DIGIT = new Int16Array(128).fill(-1);
  for (var d = 0; d < ALPHABET.length; d++) DIGIT[ALPHABET.charCodeAt(d)] = d;
  DIGIT[32] = SPACE; DIGIT[33] = BANG;

  // A word the text writes as this code unit has its id listed in field x (WordCode.cs).
  var ESCAPE = 0xe000, FIRST_ESCAPED = 0x10000;

  function lines(text) { return text ? text.split("\n") : []; }

  /** The ids of an IdCode string, as an array. */
  function decode(text) {
    var out = [], value = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charCodeAt(i)];
      if (digit >= BASE) value = value * BASE + digit - BASE;
      else { out.push(value * BASE + digit); value = 0; }
    }
    return out;
  }

  /*
   * The index is read in place: a section's words are code units of one string (field s), so
   * preparing it walks only the lengths (a few numbers a section), and a query decodes only the
   * lists of the terms it matches. All of it runs once, cold, before the first results.
   */

  /** The index as a query reads it: where each page's title and each section's heading and text lie in the text. */
  function prepare(raw) {
    var layout = layOut(raw.l), count = layout.sections, pageCount = layout.pages, anchors = new Array(count).fill(null);
    for (var k = 0; k + 1 < raw.a.length; k += 2) anchors[raw.a[k]] = raw.a[k + 1];
    return {
      text: raw.s, escaped: escapes(raw.s, raw.x), terms: lines(raw.t), termLines: raw.t, surface: raw.w.split("\n"), holders: raw.k.split(" "),
      wordTerms: raw.m, parts: null, partStart: null, joins: null, joinStart: null,
      page: layout.page.subarray(0, count), headStart: layout.headStart.subarray(0, count), bodyStart: layout.bodyStart.subarray(0, count),
      bodyEnd: layout.bodyEnd.subarray(0, count), anchors: anchors,
      regionStart: layout.regionStart.subarray(0, layout.regions), regionOwner: layout.regionOwner.subarray(0, layout.regions),
      titleStart: layout.titleStart.subarray(0, pageCount), titleEnd: layout.titleEnd.subarray(0, pageCount),
      firstOfPage: layout.first.subarray(0, pageCount), urls: pageCount ? raw.u.split("\n") : [],
      averageLength: count ? layout.total / count : 1,
    };
  }

  /**
   * Field l read in one pass (a small function of its own, which the engine compiles quickly):
   * per page its title's length and number of sections, then each section's heading and text
   * lengths. Each number takes a character at least, so its length bounds every array. The text
   * divides into regions, in order: each page's title, then each section's heading and text; a
   * region's owner is -1 - page for a title, 2 * section for a heading and 2 * section + 1 for a text.
   */
  function layOut(lengths) {
    var bound = lengths.length;
    var titleStart = new Int32Array(bound), titleEnd = new Int32Array(bound), first = new Int32Array(bound);
    var page = new Int32Array(bound), headStart = new Int32Array(bound), bodyStart = new Int32Array(bound), bodyEnd = new Int32Array(bound);
    var regionStart = new Int32Array(bound), regionOwner = new Int32Array(bound);
    var field = 0, left = 0, value = 0, at = 0, total = 0, p = -1, s = 0, r = 0;
    for (var i = 0; i < bound; i++) {
      var digit = DIGIT[lengths.charCodeAt(i)];
      if (digit >= BASE) { value = value * BASE + digit - BASE; continue; }
      value = value * BASE + digit;
      if (field === 0) { // a page's title
        p++;
        regionStart[r] = at; regionOwner[r++] = -1 - p;
        titleStart[p] = at; at += value; titleEnd[p] = at;
        field = 1;
      } else if (field === 1) { // its number of sections
        first[p] = s;
        left = value;
        field = left > 0 ? 2 : 0;
      } else if (field === 2) { // a section's heading
        page[s] = p;
        regionStart[r] = at; regionOwner[r++] = 2 * s;
        headStart[s] = at; at += value;
        field = 3;
      } else { // its text
        regionStart[r] = at; regionOwner[r++] = 2 * s + 1;
        bodyStart[s] = at; at += value; bodyEnd[s] = at;
        total += value;
        s++;
        field = --left > 0 ? 2 : 0;
      }
      value = 0;
    }
    return {
      pages: p + 1, sections: s, regions: r, total: total, titleStart: titleStart, titleEnd: titleEnd, first: first,
      page: page, headStart: headStart, bodyStart: bodyStart, bodyEnd: bodyEnd, regionStart: regionStart, regionOwner: regionOwner,
    };
  }

  /** The ids of the words the text writes as ESCAPE, by position; null when there are none. */
  function escapes(text, listed) {
    if (!listed) return null;
    var ids = decode(listed), escaped = new Map(), at = -1;
    for (var i = 0; i < ids.length; i++) {
      at = text.indexOf(String.fromCharCode(ESCAPE), at + 1);
      escaped.set(at, FIRST_ESCAPED + ids[i]);
    }
    return escaped;
  }

  /** The id of the word at a position of the text. */
  function wordAt(index, p) {
    var w = index.text.charCodeAt(p);
    return w === ESCAPE ? index.escaped.get(p) : w;
  }

  /** Each word's parts and joined forms (field m), which phrases walk: decoded on the first phrase. */
  function readWordTerms(index) {
    if (index.parts) return;
    var text = index.wordTerms, wordCount = index.surface.length;
    var partStart = new Int32Array(wordCount + 1), joinStart = new Int32Array(wordCount + 1);
    var parts = new Int32Array(text.length), joins = new Int32Array(text.length);
    var partCount = 0, joinCount = 0, w = 0, value = 0, joined = false;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charCodeAt(i)];
      if (digit >= BASE) value = value * BASE + digit - BASE;
      else if (digit >= 0) {
        if (joined) joins[joinCount++] = value * BASE + digit;
        else parts[partCount++] = value * BASE + digit;
        value = 0;
      } else if (digit === SPACE) { w++; partStart[w] = partCount; joinStart[w] = joinCount; joined = false; }
      else joined = true;
    }
    partStart[wordCount] = partCount; joinStart[wordCount] = joinCount;
    index.parts = parts.subarray(0, partCount); index.partStart = partStart;
    index.joins = joins.subarray(0, joinCount); index.joinStart = joinStart;
  }

  // ---- Matching terms -----------------------------------------------------------------

  function lowerBound(list, key) {
    var lo = 0, hi = list.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (list[mid] < key) lo = mid + 1; else hi = mid; }
    return lo;
  }

  var rowA = new Int32Array(64), rowB = new Int32Array(64), rowC = new Int32Array(64);

  /** Optimal string alignment distance (a swap of two letters is one typo), or max + 1 once it must exceed max. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    if (b.length + 1 > rowA.length) { rowA = new Int32Array(b.length + 1); rowB = new Int32Array(b.length + 1); rowC = new Int32Array(b.length + 1); }
    var before = rowA, previous = rowB, current = rowC, i, j;
    for (j = 0; j <= b.length; j++) previous[j] = j;
    for (i = 1; i <= a.length; i++) {
      current[0] = i;
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        var v = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, before[j - 2] + 1);
        current[j] = v;
        if (v < best) best = v;
      }
      if (best > max) return max + 1;
      var spare = before; before = previous; previous = current; current = spare;
    }
    return previous[b.length];
  }

  var LETTERS = /^\p{L}+$/u;

  /** Typos allowed in a word of this length: none under 4 letters, 1 up to 7, then 2. */
  function typos(length) { return length < 4 ? 0 : length < 8 ? 1 : 2; }

  /**
   * The lines (terms) that may be within max typos of a letters-only query: of a length within
   * max of its own and holding one of 2 * max + 1 pieces the query is cut into. Each typo (a
   * letter changed, added, dropped, or two swapped) breaks at most two pieces, so one of them
   * survives whole in any term close enough; the rest are left for distance() to judge.
   */
  function typoCandidates(query, max) {
    var count = 2 * max + 1, pieces = [];
    for (var i = 0; i < count; i++) pieces.push(query.slice(Math.floor(i * query.length / count), Math.floor((i + 1) * query.length / count)));
    var shortest = Math.max(1, query.length - max), longest = query.length + max;
    return new RegExp("^(?=.{" + shortest + "," + longest + "}$).*(?:" + pieces.join("|") + ").*", "gm");
  }

  /**
   * How well each index term matches a query term, as a Map of term id to a weight: 1 as
   * typed; 0.5 to 0.9 as the start of a longer term (more for a longer start); 0.45 or
   * 0.3 one or two typos off (letters only: 2 and 3 are not a typo of each other).
   */
  function matchTerm(index, query, prefix, exact) {
    var terms = index.terms, found = new Map(), at = lowerBound(terms, query);
    if (terms[at] === query) found.set(at, 1);
    if (prefix && query.length >= 2) {
      for (var i = at; i < terms.length && terms[i].startsWith(query); i++)
        if (terms[i] !== query) found.set(i, 0.5 + 0.4 * query.length / terms[i].length);
    }
    var max = exact ? 0 : typos(query.length);
    if (max > 0 && LETTERS.test(query)) {
      // Only terms near the query's length that hold one of its pieces can be close enough: the
      // engine's regular expression finds those in the terms' one string, a line each.
      var near = typoCandidates(query, max), line;
      while ((line = near.exec(index.termLines))) {
        var t = lowerBound(terms, line[0]);
        if (found.has(t)) continue;
        var d = distance(query, line[0], max);
        if (d <= max) found.set(t, d === 1 ? 0.45 : 0.3);
      }
    }
    return found;
  }

  /** A term-id-indexed copy of a term's matches, for the phrase walk's inner loop. */
  function denseWeights(index, termWeights) {
    var dense = new Float32Array(index.terms.length);
    termWeights.forEach(function (weight, term) { dense[term] = weight; });
    return dense;
  }

  /**
   * A word's weight for a query term: its best part or joined form (field k lists the words that
   * hold each term); words lists the words it is not 0 for.
   */
  function wordWeights(index, termWeights, words) {
    if (termWeights.size === 0) return null;
    var weights = new Float32Array(index.surface.length), holders = index.holders;
    termWeights.forEach(function (weight, term) {
      var held = decode(holders[term]);
      for (var i = 0; i < held.length; i++) {
        var w = held[i];
        if (weights[w] === 0) words.push(w);
        if (weight > weights[w]) weights[w] = weight;
      }
    });
    return weights;
  }

  // ---- Queries ------------------------------------------------------------------------

  /**
   * The query's clauses: a word is one term; "quoted words" and a hyphenated or scripted
   * word (leaky-relu, x^2) are a phrase of parts that must follow one another. The last
   * term of the query, still being typed, also matches as a prefix; so do other terms.
   */
  function parseQuery(text) {
    var clauses = [], pattern = /"([^"]*)"?|[^\s"]+/g, m;
    while ((m = pattern.exec(text))) {
      var quoted = m[1] !== undefined;
      var words = tokens(quoted ? m[1] : m[0]);
      if (quoted) {
        var parts = [];
        words.forEach(function (w) { parts.push.apply(parts, w.parts); });
        if (parts.length === 1) clauses.push({ terms: parts, exact: true });
        else if (parts.length > 1) clauses.push({ terms: parts, phrase: true, exact: true });
      } else {
        words.forEach(function (w) {
          if (w.parts.length === 1) clauses.push({ terms: w.parts });
          else clauses.push({ terms: w.parts, phrase: true, joined: w.joined });
        });
      }
    }
    return clauses.slice(0, 8);
  }

  /** Each clause's word weights, one per term of it; a clause nothing matches makes the query find nothing. */
  function weigh(index, clauses) {
    for (var c = 0; c < clauses.length; c++) {
      var clause = clauses[c];
      clause.maps = clause.terms.map(function (term, i) {
        var last = i === clause.terms.length - 1;
        return matchTerm(index, term, !clause.exact && (!clause.phrase || last), clause.exact);
      });
      // The words to find: a phrase is found where its first word is (and walked from there).
      clause.words = [];
      clause.weights = clause.maps.map(function (map, i) { return wordWeights(index, map, i === 0 || !clause.phrase ? clause.words : []); });
      if (clause.phrase) readWordTerms(index);
      if (clause.phrase) clause.dense = clause.maps.map(function (map) { return denseWeights(index, map); });
      if (clause.weights.some(function (w) { return w === null; })) return false;
      if (clause.joined) {
        var joined = lowerBound(index.terms, clause.joined);
        clause.joinedTerm = index.terms[joined] === clause.joined ? joined : -1;
      }
    }
    return true;
  }

  function hasJoined(index, w, term) {
    for (var k = index.joinStart[w]; k < index.joinStart[w + 1]; k++) if (index.joins[k] === term) return true;
    return false;
  }

  /**
   * Where a phrase clause occurs in the words [from, to) of the text: its best weight, and the positions of the
   * words that hold it set in marks (when given). Matched over the words' parts, so
   * leaky-relu, "leaky relu" and Leaky ReLU are the same phrase; a word whose joined form is
   * the query's (x^2 for x^2) weighs more than the parts apart.
   */
  function findPhrase(index, clause, from, to, marks) {
    var n = clause.terms.length, text = index.text, k, p, w;
    // Most sections lack one of the words: say so before walking their parts.
    for (k = 0; k < n; k++) {
      var weights = clause.weights[k];
      for (p = from; p < to; p++) if (weights[(w = text.charCodeAt(p)) === ESCAPE ? index.escaped.get(p) : w]) break;
      if (p === to) return 0;
    }
    var best = 0;
    for (p = from; p < to; p++) {
      var weight = phraseAt(index, clause, p, from, to, marks);
      if (weight > best) best = weight;
    }
    return best;
  }

  /**
   * The phrase's best weight starting at the word at p (0 if it does not start there). The
   * words' parts are walked in place: a phrase may start at any part of the word and run on
   * into the next words, up to position to (words without parts, such as a dash, are stepped over).
   */
  function phraseAt(index, clause, p, from, to, marks) {
    var n = clause.terms.length, partStart = index.partStart, parts = index.parts, dense = clause.dense, best = 0, k;
    var w0 = wordAt(index, p);
    for (var j = partStart[w0]; j < partStart[w0 + 1]; j++) {
      var weight = 1, q = p, at = j, last = p;
      for (k = 0; k < n; k++) {
        while (at >= partStart[wordAt(index, q) + 1]) { if (++q === to) break; at = partStart[wordAt(index, q)]; }
        if (q === to) { weight = 0; break; }
        var v = dense[k][parts[at]];
        if (!(v > 0)) { weight = 0; break; }
        if (v < weight) weight = v;
        last = q; at++;
      }
      if (weight <= 0) continue;
      if (clause.joined) {
        var whole = clause.joinedTerm >= 0 && p === last && hasJoined(index, w0, clause.joinedTerm);
        weight = whole ? weight : weight * 0.85;
      }
      if (weight > best) best = weight;
      if (marks) markPhrase(index, n, p, j, to, from, marks);
    }
    return best;
  }

  /** Marks the words that hold the n parts from part j of the word at p on. */
  function markPhrase(index, n, p, j, to, from, marks) {
    var partStart = index.partStart, q = p, at = j;
    for (var k = 0; k < n; k++) {
      while (at >= partStart[wordAt(index, q) + 1]) { if (++q === to) return; at = partStart[wordAt(index, q)]; }
      marks[q - from] = 1; at++;
    }
  }

  // Up to this many words, each is found with indexOf (the engine's scan, a word at a time);
  // more (a short prefix matches hundreds of numbers) are found in one pass of our own.
  var FEW_WORDS = 32;

  /** Where the words of a list (wanted flags them by id) occur in the text, ascending. */
  function occurrences(index, words, wanted) {
    var text = index.text, found = [], at, w;
    if (words.length <= FEW_WORDS) {
      for (var i = 0; i < words.length; i++) {
        if (words[i] >= FIRST_ESCAPED) continue;
        var unit = String.fromCharCode(words[i]);
        for (at = text.indexOf(unit); at >= 0; at = text.indexOf(unit, at + 1)) found.push(at);
      }
      if (index.escaped) index.escaped.forEach(function (id, at) { if (wanted[id]) found.push(at); });
      return new Int32Array(found).sort();
    }
    for (at = 0; at < text.length; at++) {
      w = text.charCodeAt(at);
      if (wanted[w === ESCAPE ? index.escaped.get(at) : w]) found.push(at);
    }
    return found;
  }

  /**
   * Every clause term's best weight and number of words in each region of the text that holds
   * one of its words, from the places the query's words occur (none elsewhere). Each term gets
   * {best, count, regions}: regions lists the regions it occurs in, in order. A phrase has only
   * its first term's, with starts, the positions of its words, where the phrase's walk may start.
   */
  function locate(index, clauses) {
    var regionCount = index.regionStart.length, words = [], wanted = new Uint8Array(index.surface.length), c, k, w;
    for (c = 0; c < clauses.length; c++)
      for (k = 0; k < clauses[c].words.length; k++) if (!wanted[w = clauses[c].words[k]]) { wanted[w] = 1; words.push(w); }
    var places = occurrences(index, words, wanted);
    for (c = 0; c < clauses.length; c++) {
      clauses[c].located = [];
      for (k = 0; k < (clauses[c].phrase ? 1 : clauses[c].weights.length); k++) {
        var term = { best: new Float64Array(regionCount), count: new Int32Array(regionCount), regions: [], starts: clauses[c].phrase && k === 0 ? [] : null };
        tally(index, places, clauses[c].weights[k], term.best, term.count, term.regions, term.starts);
        clauses[c].located.push(term);
      }
    }
  }

  /**
   * The region position at lies in, the last to start at or before it, looking on from region r
   * (which starts at or before it): in steps that double, then halve, so that a few places far
   * apart cost a few steps each, not a walk over every region between them.
   */
  function regionAt(regionStart, at, r) {
    var lo = r, step = 1, count = regionStart.length;
    while (lo + step < count && regionStart[lo + step] <= at) { lo += step; step *= 2; }
    var hi = Math.min(count, lo + step);
    while (hi - lo > 1) {
      var mid = (lo + hi) >> 1;
      if (regionStart[mid] <= at) lo = mid; else hi = mid;
    }
    return lo;
  }

  /** One term's part of locate(): a small loop of its own, which the engine compiles quickly. */
  function tally(index, places, weights, best, count, regions, starts) {
    var text = index.text, regionStart = index.regionStart, r = 0;
    for (var i = 0; i < places.length; i++) {
      var at = places[i], w = text.charCodeAt(at);
      var v = weights[w === ESCAPE ? index.escaped.get(at) : w];
      if (!(v > 0)) continue;
      r = regionAt(regionStart, at, r);
      if (count[r]++ === 0) regions.push(r);
      if (v > best[r]) best[r] = v;
      if (starts !== null) starts.push(at);
    }
  }

  /**
   * A clause's weight in each page's title and each section's heading and text, and how many
   * words of each text carry it; with the sections and pages it is found in. A phrase is walked
   * only from the places of its first word.
   */
  function clauseWeights(index, clause) {
    var count = index.page.length, found = {
      title: new Float64Array(index.urls.length), head: new Float64Array(count), body: new Float64Array(count), tf: new Int32Array(count),
      sections: [], pages: [],
    };
    var first = clause.located[0], regionStart = index.regionStart, start = 0;
    for (var i = 0; i < first.regions.length; i++) {
      var r = first.regions[i], weight = first.best[r], tf = first.count[r];
      if (clause.phrase) {
        var from = regionStart[r], to = r + 1 < regionStart.length ? regionStart[r + 1] : index.text.length;
        while (start < first.starts.length && first.starts[start] < from) start++;
        for (weight = 0; start < first.starts.length && first.starts[start] < to; start++) {
          var at = phraseAt(index, clause, first.starts[start], from, to, null);
          if (at > weight) weight = at;
        }
        if (!(weight > 0)) continue;
        tf = 1;
      }
      var owner = index.regionOwner[r];
      if (owner < 0) { found.title[-1 - owner] = weight; found.pages.push(-1 - owner); }
      else if (owner % 2 === 0) { found.head[owner >> 1] = weight; found.sections.push(owner >> 1); }
      else { found.body[owner >> 1] = weight; found.tf[owner >> 1] = tf; found.sections.push(owner >> 1); }
    }
    return found;
  }

  var TITLE = 4, HEADING = 3;

  /**
   * The sections that match every clause, best first. Each clause adds, times its rarity
   * (idf: matched in fewer sections, it says more), a BM25 weight of its words in the text,
   * HEADING when the section's heading holds it, and TITLE when the page's title does (half
   * for the page's later sections), all scaled by how well it matched (as typed 1, a prefix
   * or a typo less). A page shows at most three sections.
   */
  function search(index, text, limit) {
    var clauses = parseQuery(text);
    if (clauses.length === 0 || !weigh(index, clauses)) return { clauses: clauses, results: [], total: 0 };
    var count = index.page.length, n = clauses.length, df = new Int32Array(n), c, i, s;
    locate(index, clauses);
    // Which sections each clause is found in (its page's title counts for all of them).
    var weighed = [], marked = [];
    for (c = 0; c < n; c++) {
      var found = clauseWeights(index, clauses[c]), marks = new Uint8Array(count), list = [];
      for (i = 0; i < found.sections.length; i++) if (!marks[s = found.sections[i]]) { marks[s] = 1; list.push(s); }
      for (i = 0; i < found.pages.length; i++) {
        var p = found.pages[i], end = p + 1 < index.firstOfPage.length ? index.firstOfPage[p + 1] : count;
        for (s = index.firstOfPage[p]; s < end; s++) if (!marks[s]) { marks[s] = 1; list.push(s); }
      }
      df[c] = list.length;
      weighed.push(found);
      marked.push({ marks: marks, list: list });
    }
    // The sections every clause is found in, from the clause found in the fewest.
    var fewest = 0;
    for (c = 1; c < n; c++) if (df[c] < df[fewest]) fewest = c;
    var idf = Array.from(df, function (d) { return Math.log(1 + (count - d + 0.5) / (d + 0.5)); });
    var candidates = marked[fewest].list, sections = new Int32Array(candidates.length), scores = new Float64Array(candidates.length), total = 0;
    for (i = 0; i < candidates.length; i++) {
      s = candidates[i];
      var ok = true;
      for (c = 0; c < n && ok; c++) ok = marked[c].marks[s] === 1;
      if (ok) { sections[total] = s; scores[total++] = score(index, weighed, idf, s); }
    }
    // Only the best few are sorted in full: more when a page's fourth section and on are passed over.
    for (var want = 4 * limit; ; want *= 4) {
      var ranked = best(sections, scores, total, want), perPage = new Map(), results = [];
      for (i = 0; i < ranked.length && results.length < limit; i++) {
        var pageNumber = index.page[ranked[i].section], shownOfPage = perPage.get(pageNumber) || 0;
        if (shownOfPage >= 3) continue;
        perPage.set(pageNumber, shownOfPage + 1);
        results.push(ranked[i]);
      }
      if (results.length === limit || ranked.length === total) return { clauses: clauses, results: results, total: total };
    }
  }

  /**
   * The first want or more of the sections ranked best first (higher score, then earlier section),
   * all of those scoring at least the want-th best score: the scores sort as numbers, in the
   * engine, and only those sections are sorted by the two keys.
   */
  function best(sections, scores, total, want) {
    var threshold = -Infinity, top = [];
    if (total > want) threshold = scores.slice(0, total).sort()[total - want];
    for (var i = 0; i < total; i++) if (scores[i] >= threshold) top.push({ section: sections[i], score: scores[i] });
    return top.sort(function (a, b) { return b.score - a.score || a.section - b.section; });
  }

  /** A section's score: each clause's weight in it, times the clause's idf, summed in clause order. */
  function score(index, weighed, idf, s) {
    var pageNumber = index.page[s], length = index.bodyEnd[s] - index.bodyStart[s], total = 0;
    for (var c = 0; c < weighed.length; c++) {
      var found = weighed[c], tf = found.tf[s];
      var bm25 = tf === 0 ? 0 : tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / index.averageLength));
      var own = found.body[s] * bm25 + found.head[s] * HEADING + found.title[pageNumber] * (index.firstOfPage[pageNumber] === s ? TITLE : TITLE / 2);
      total += idf[c] * own;
    }
    return total;
  }

  // ---- Showing results ----------------------------------------------------------------

  /** Which positions of the words [from, to) to highlight: words any clause matches. */
  function marksFor(index, clauses, from, to) {
    var marks = new Uint8Array(Math.max(0, to - from));
    clauses.forEach(function (clause) {
      if (clause.phrase) { findPhrase(index, clause, from, to, marks); return; }
      var weights = clause.weights[0];
      for (var p = from; p < to; p++) if (weights[wordAt(index, p)] > 0) marks[p - from] = 1;
    });
    return marks;
  }

  /** Appends the words [from, to) to an element, marked words in <mark>. */
  // A matched word's punctuation ("(softplus)," "gradient:") stays outside its mark; a word of
  // symbols alone (∇) is marked whole.
  var EDGES = /^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u;

  function appendWords(index, element, from, to, marks, offset) {
    var plain = "";
    for (var p = from; p < to; p++) {
      var word = index.surface[wordAt(index, p)], space = p > from ? " " : "";
      if (marks && marks[p - offset]) {
        var edges = EDGES.exec(word), core = edges[2] ? edges[2] : word;
        var before = edges[2] ? edges[1] : "", after = edges[2] ? edges[3] : "";
        if (plain || space || before) element.appendChild(document.createTextNode(plain + space + before));
        plain = after;
        var mark = document.createElement("mark");
        mark.textContent = core;
        element.appendChild(mark);
      } else plain += space + word;
    }
    if (plain) element.appendChild(document.createTextNode(plain));
  }

  var SNIPPET_WORDS = 28;

  /** A window of the section's text around its first match, with ellipses where it is cut. */
  function snippet(index, clauses, s, element) {
    var from = index.bodyStart[s], to = index.bodyEnd[s];
    var marks = marksFor(index, clauses, from, to);
    var first = marks.indexOf(1);
    var start = first < 0 ? from : Math.max(from, from + first - 8);
    var end = Math.min(to, start + SNIPPET_WORDS);
    start = Math.max(from, Math.min(start, end - SNIPPET_WORDS));
    if (start > from) element.appendChild(document.createTextNode("… "));
    appendWords(index, element, start, end, marks, from);
    if (end < to) element.appendChild(document.createTextNode(" …"));
  }

  function slug(heading) {
    var out = "";
    for (var i = 0; i < heading.length; i++) {
      var c = heading.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += heading[i];
      else if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
      else if (out && out[out.length - 1] !== "-") out += "-";
    }
    return out.replace(/^-+|-+$/g, "");
  }

  function words(index, from, to) {
    var out = [];
    for (var p = from; p < to; p++) out.push(index.surface[wordAt(index, p)]);
    return out.join(" ");
  }

  /** The section's address from this page: the site root, the page's folder, index.html (for file://), the anchor. */
  function hrefOf(index, root, s) {
    var url = index.urls[index.page[s]], head = index.headStart[s], body = index.bodyStart[s];
    var anchor = index.anchors[s];
    if (anchor === null) anchor = body > head ? slug(words(index, head, body)) : "";
    return root + url + "index.html" + (anchor ? "#" + anchor : "");
  }

  function titleOf(index, pageNumber) {
    var out = [];
    for (var i = index.titleStart[pageNumber]; i < index.titleEnd[pageNumber]; i++) out.push(index.surface[wordAt(index, i)]);
    return out.join(" ");
  }

  // ---- The search box -----------------------------------------------------------------

  var button = document.getElementById("sg-search-button");
  var api = { tokens: tokens, terms: terms, prepare: prepare, search: search };
  window.sitegenSearch = api;
  if (!button) return;

  var root = button.getAttribute("data-root") || "";
  var index = null, loading = null, dialog, input, list, status, opener = null, active = -1, shown = [];
  var LIMIT = 30;

  function load() {
    if (loading) return loading;
    loading = new Promise(function (resolve, reject) {
      if (window.sitegenSearchIndex) { resolve(); return; }
      var script = document.createElement("script");
      script.src = root + "search-index.js";
      script.async = true;
      script.onload = function () { resolve(); };
      script.onerror = function () { reject(new Error("search-index.js did not load")); };
      document.head.appendChild(script);
    }).then(function () {
      index = prepare(window.sitegenSearchIndex);
      api.index = index;
    });
    return loading;
  }

  function element(tag, attributes, text) {
    var el = document.createElement(tag);
    for (var name in attributes) el.setAttribute(name, attributes[name]);
    if (text) el.textContent = text;
    return el;
  }

  function build() {
    dialog = element("dialog", { id: "sg-search", class: "search-dialog", "aria-label": "Search" });
    var form = element("form", { role: "search", class: "search-form", method: "dialog" });
    var label = element("label", { for: "sg-search-input", class: "search-label" }, "Search the site");
    var row = element("div", { class: "search-row" });
    input = element("input", {
      id: "sg-search-input", type: "search", class: "search-input", role: "combobox", autocomplete: "off",
      autocapitalize: "off", spellcheck: "false", "aria-autocomplete": "list", "aria-expanded": "false",
      "aria-controls": "sg-search-results", "aria-describedby": "sg-search-help", enterkeyhint: "go",
      placeholder: "derivative, \"chain rule\", ∇…",
    });
    var close = element("button", { type: "button", class: "search-close" }, "Close");
    row.append(input, close);
    var help = element("p", { id: "sg-search-help", class: "search-help" },
      "Up and down arrows choose a result, Enter opens it, Escape closes. Quote words to find them together.");
    status = element("p", { id: "sg-search-status", class: "search-status", role: "status", "aria-live": "polite" });
    list = element("ul", { id: "sg-search-results", class: "search-results", role: "listbox", "aria-label": "Search results" });
    form.append(label, row, help, status, list);
    dialog.append(form);
    document.body.appendChild(dialog);

    form.addEventListener("submit", function (event) { event.preventDefault(); go(active >= 0 ? active : 0); });
    close.addEventListener("click", closeSearch);
    dialog.addEventListener("close", restoreFocus);
    // A click on the backdrop (outside the form) closes, as on most sites.
    dialog.addEventListener("click", function (event) { if (event.target === dialog) closeSearch(); });
    input.addEventListener("input", update);
    input.addEventListener("keydown", keys);
    list.addEventListener("click", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) go(Number(option.getAttribute("data-index")));
    });
  }

  function keys(event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!shown.length) return;
      var step = event.key === "ArrowDown" ? 1 : -1;
      select(active < 0 ? (step > 0 ? 0 : shown.length - 1) : (active + step + shown.length) % shown.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      go(active >= 0 ? active : 0);
    } else if (event.key === "Escape") {
      // A search field would only clear itself on Escape; here Escape closes, keeping the query.
      event.preventDefault();
      closeSearch();
    }
  }

  function select(i) {
    var options = list.children;
    if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
    active = i;
    if (i < 0) { input.removeAttribute("aria-activedescendant"); return; }
    options[i].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", options[i].id);
    options[i].scrollIntoView({ block: "nearest" });
  }

  function go(i) {
    if (!shown[i]) return;
    var href = shown[i];
    opener = null;
    dialog.close();
    window.location.href = href;
  }

  var pending = 0;

  function update() {
    var query = input.value;
    var ticket = ++pending;
    if (!query.trim()) { render(null, query); return; }
    if (!index) status.textContent = "Loading the search index…";
    load().then(function () { if (ticket === pending) render(search(index, query, LIMIT), query); },
      function () { status.textContent = "The search index could not be loaded."; });
  }

  function render(found, query) {
    list.textContent = "";
    shown = [];
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (!found) {
      list.removeAttribute("data-query");
      status.textContent = "";
      input.setAttribute("aria-expanded", "false");
      return;
    }
    found.results.forEach(function (result, i) {
      var s = result.section, pageNumber = index.page[s], head = index.headStart[s], body = index.bodyStart[s];
      var option = element("li", { id: "sg-search-result-" + i, role: "option", "aria-selected": "false", class: "search-result", "data-index": String(i) });
      var page = element("span", { class: "search-result-page" }, titleOf(index, pageNumber));
      var heading = element("span", { class: "search-result-heading" });
      if (body > head) appendWords(index, heading, head, body, marksFor(index, found.clauses, head, body), head);
      else heading.textContent = titleOf(index, pageNumber);
      var text = element("span", { class: "search-result-text" });
      snippet(index, found.clauses, s, text);
      option.append(page, heading, text);
      list.appendChild(option);
      shown.push(hrefOf(index, root, s));
    });
    input.setAttribute("aria-expanded", shown.length ? "true" : "false");
    // The query these results answer: typing runs ahead of searching.
    list.setAttribute("data-query", query);
    var total = found.total || 0;
    status.textContent = total === 0 ? "No results for " + query.trim()
      : total > shown.length ? shown.length + " of " + total + " results" : total === 1 ? "1 result" : total + " results";
  }

  function openSearch(query) {
    if (!dialog) build();
    if (dialog.open) { input.focus(); return; }
    opener = document.activeElement;
    dialog.showModal();
    if (typeof query === "string") input.value = query;
    input.focus();
    input.select();
    load().catch(function () { status.textContent = "The search index could not be loaded."; });
    if (input.value) update();
  }

  function closeSearch() { if (dialog && dialog.open) dialog.close(); }

  function restoreFocus() {
    var back = opener && document.contains(opener) ? opener : button;
    opener = null;
    if (back && back.focus) back.focus();
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
  }

  button.addEventListener("click", function () { openSearch(); });
  // A pointer over the button or the keyboard's focus on it says a search is coming: the index
  // starts loading then, a moment before the click, instead of on every page view.
  var prefetch = function () { load().catch(function () { /* reported when the search opens */ }); };
  button.addEventListener("pointerenter", prefetch, { once: true });
  button.addEventListener("focus", prefetch, { once: true });
  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.altKey) return;
    var slash = event.key === "/" && !event.ctrlKey && !event.metaKey;
    var k = (event.key === "k" || event.key === "K") && (event.ctrlKey || event.metaKey);
    if ((slash && !typing(event.target)) || k) {
      event.preventDefault();
      openSearch();
    }
  });
  button.hidden = false;

  // search.html?q=… or any page with ?q= opens the search with that query.
  var fromUrl = new URLSearchParams(window.location.search).get("q");
  if (fromUrl) openSearch(fromUrl);
})();
